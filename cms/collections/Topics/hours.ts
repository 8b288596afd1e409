import { pickPeriod, RULES, todayInChina } from '../../../rules/index.ts'

/**
 * Hours a public-subject topic gives, from the rules module (rule `public-topic`:
 * 皖人社秘〔2021〕115号 三；附件2 十八), so the CMS and the calculator agree.
 */
export function topicHours(date: string = todayInChina(new Date())): number {
  const hours = pickPeriod(RULES, 'public-topic', date)?.values?.hours
  if (typeof hours !== 'number') throw new Error('rules: no public-topic hours in force')
  return hours
}

export const defaultTopicHours = topicHours()

export function validateTopicHours(value: unknown): true | string {
  if (value === null || value === undefined) return '请填写学时'
  if (typeof value !== 'number' || !Number.isInteger(value)) return '学时须为整数'
  if (value < 1 || value > 200) return `学时须在 1 到 200 之间（公需科目专题为 ${defaultTopicHours} 学时）`
  return true
}
