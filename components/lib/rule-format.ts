/** How the rules pages write a rule's period and values. */
import { formatDate } from './format.ts'

/** validFrom/validTo as the pages show them: 2025年6月13日起, 至2025年6月12日, 长期. */
export function rulePeriod(from: string | null, to: string | null): string {
  if (from && to) return `${formatDate(from)}至${formatDate(to)}`
  if (from) return `${formatDate(from)}起`
  if (to) return `至${formatDate(to)}`
  return '不限（通知未规定起止）'
}

const valueNames: Record<string, string> = {
  total: '总计学时', public: '公需科目学时', professional: '专业科目学时', minutes: '每学时分钟数', hours: '学时',
  topics: '每年专题数', passMark: '及格分数', perDay: '每天学时', perOccasion: '每次学时', perCourseware: '每课件学时',
  options: '每年可选项数', times: '年度要求的倍数', years: '年度数', senior: '高级职称学时', intermediate: '中级职称学时',
  junior: '初级职称学时', fromYear: '起算年度',
}

/** A rule's values in words: 总计学时 90、公需科目学时 30. */
export function ruleValues(values: Readonly<Record<string, number>>): string {
  return Object.entries(values).map(([k, v]) => `${valueNames[k] ?? k} ${v}`).join('、')
}
