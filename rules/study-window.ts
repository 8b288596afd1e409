import { yearOf } from './dates.ts'
import { pickPeriod, requirePeriod } from './period.ts'
import type { ActivityType, Placement, Rule } from './types.ts'

/**
 * Where an activity's date falls for an assessment year (RULES.md §5, interpretation):
 * in the year; a public topic within that year's study window; a make-up in the following year;
 * or outside, which is not counted.
 */
export function placeActivity(
  type: ActivityType,
  date: string,
  year: number,
  rules: readonly Rule[],
): { placement: Placement; rule: Rule } {
  const dateYear = yearOf(date)
  if (dateYear === year) return { placement: 'in-year', rule: requirePeriod(rules, 'outside-year', date) }
  if (type === 'public-topic') {
    const window = pickPeriod(rules, `study-window:${year}`, date)
    if (window) return { placement: 'study-window', rule: window }
  }
  if (dateYear === year + 1) return { placement: 'make-up', rule: requirePeriod(rules, 'make-up', date) }
  const key = dateYear > year + 1 ? 'cramming' : 'outside-year'
  return { placement: 'outside', rule: requirePeriod(rules, key, date) }
}

/** The study window's last day for a year's topics, when the notices give one. */
export function studyDeadline(year: number, rules: readonly Rule[]): string | undefined {
  return rules.find((r) => r.key === `study-window:${year}`)?.validTo ?? undefined
}

/** The last date on which anything can still count for the year: the end of the make-up year. */
export function openUntil(year: number, rules: readonly Rule[]): string {
  const deadline = studyDeadline(year, rules)
  const makeUpEnd = `${year + 1}-12-31`
  return deadline && deadline > makeUpEnd ? deadline : makeUpEnd
}
