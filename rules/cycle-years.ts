import { ruleValue } from './period.ts'
import type { Rule } from './types.ts'

/**
 * The first year assessed under Anhui's rules: later of the cycle start, the transfer year
 * (皖人社秘〔2021〕115号 附件2 二十) and 2018 for titles from non-socialised review (附件2 二十一).
 */
export function firstAssessedYear(
  fromYear: number,
  opts: { transferYear?: number; nonSocialisedTitle?: boolean },
  rules: { transfer: Rule; nonSocialised: Rule },
): { year: number; reasons: Rule[] } {
  let year = fromYear
  const reasons: Rule[] = []
  if (opts.transferYear !== undefined && opts.transferYear > year) {
    year = opts.transferYear
    reasons.push(rules.transfer)
  }
  const from2018 = ruleValue(rules.nonSocialised, 'fromYear')
  if (opts.nonSocialisedTitle && from2018 > year) {
    year = from2018
    reasons.push(rules.nonSocialised)
  }
  return { year, reasons }
}
