import { ruleValue } from './period.ts'
import type { Rule, TitleLevel } from './types.ts'

/** Extra professional study for a title outside one's degree major (省地矿局通知 五（二）). */
export function majorMismatchCheck(level: TitleLevel, completed: number, rule: Rule) {
  const required = ruleValue(rule, level)
  const shortfall = Math.max(0, required - completed)
  return { level, required, completed, shortfall, met: shortfall === 0 }
}
