import { requirePeriod } from './period.ts'
import type { Rule } from './types.ts'

export type Regime = 'old' | '109'

/** Which standard an activity falls under, by the date it qualified (芜人社秘〔2025〕85号 五（一）). */
export function regimeOf(date: string, rules: readonly Rule[]): { regime: Regime; rule: Rule } {
  const rule = requirePeriod(rules, 'regime', date)
  return { regime: rule.id === 'regime-old' ? 'old' : '109', rule }
}
