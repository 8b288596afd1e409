/**
 * Hours a public-subject topic gives. 30 is the yearly public-subject requirement
 * (皖人社秘〔2021〕115号 五（四）; 芜人社秘〔2025〕85号 二).
 * TODO(rules): take this from `rules/index.ts` once it exports the topic hours; today the rules
 * module keeps it inside RULES (`requirement.values.public`) with no stable export.
 */
export const defaultTopicHours = 30

export function validateTopicHours(value: unknown): true | string {
  if (value === null || value === undefined) return '请填写学时'
  if (typeof value !== 'number' || !Number.isInteger(value)) return '学时须为整数'
  if (value < 1 || value > 200) return '学时须在 1 到 200 之间（公需科目专题通常为 30 学时）'
  return true
}
