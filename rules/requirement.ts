import { yearEnd } from './dates.ts'
import { minus } from './hundredths.ts'
import { requirePeriod, ruleValue } from './period.ts'
import type { Hours, Rule } from './types.ts'

/** The yearly requirement for an assessment year, looked up by the year's last day. */
export function requirementFor(year: number, rules: readonly Rule[]): { required: Hours; rule: Rule } {
  const rule = requirePeriod(rules, 'requirement', yearEnd(year))
  return {
    required: {
      total: ruleValue(rule, 'total'),
      public: ruleValue(rule, 'public'),
      professional: ruleValue(rule, 'professional'),
    },
    rule,
  }
}

/** What `got` lacks, exact to the hundredth (hours are entered to two decimals). */
export function shortfallOf(got: Hours, required: Hours): Hours {
  return {
    total: Math.max(0, minus(required.total, got.total)),
    public: Math.max(0, minus(required.public, got.public)),
    professional: Math.max(0, minus(required.professional, got.professional)),
  }
}

export function meets(got: Hours, required: Hours): boolean {
  const s = shortfallOf(got, required)
  return s.total === 0 && s.public === 0 && s.professional === 0
}
