import { evaluateYear } from './check-year.ts'
import { average, spreadHours } from './cycle-average.ts'
import { firstAssessedYear } from './cycle-years.ts'
import { yearEnd } from './dates.ts'
import { LineLog } from './lines.ts'
import { majorMismatchCheck } from './major-mismatch.ts'
import { requirePeriod, ruleValue } from './period.ts'
import { meets, requirementFor } from './requirement.ts'
import type { CycleInput, CycleLineParams, CycleOutcome, CycleResult, CycleYearResult, Hours, Rule } from './types.ts'

const zero = (): Hours => ({ total: 0, public: 0, professional: 0 })
const hours = (pub: number, pro: number): Hours => ({ total: pub + pro, public: pub, professional: pro })

type Log = LineLog<CycleLineParams>

/**
 * Multi-year check, on validated input: the tenure-cycle average for a title application
 * (宜人社秘〔2023〕43号 四（三）), or the last three years for 地矿局 internal promotion (五（四）).
 * Its lines are data that rules/messages/ words.
 */
export function evaluateCycle(input: CycleInput, asOf: string, rules: readonly Rule[]): CycleResult {
  const log: Log = new LineLog<CycleLineParams>()
  const { toYear } = input
  const purposeRule = requirePeriod(rules, input.purpose === 'title' ? 'cycle-title' : 'cycle-promotion', yearEnd(toYear))
  const span = input.purpose === 'promotion' ? ruleValue(purposeRule, 'years') : toYear - (input.fromYear ?? toYear) + 1
  const fromYear = toYear - span + 1
  if (input.purpose === 'title') log.explain(purposeRule, 'title', { fromYear, toYear })
  else log.explain(purposeRule, 'promotion', { fromYear, toYear, years: span })

  const { assessed, excludedYears } = assessedYears(input, fromYear, rules, log)
  for (const r of input.years) {
    if (r.year < fromYear || r.year > toYear) log.warn(purposeRule, 'outside-cycle', { year: r.year, fromYear, toYear })
  }
  const required = requirementFor(toYear, rules).required
  const years = spread(assessed.map((year) => yearHours(input, year, asOf, rules, purposeRule, log)), required)
  const averageHours = averageOf(years, (y) => y.effective)
  const rawAverage = averageOf(years, (y) => y.hours)

  const makeUpRule = requirePeriod(rules, 'make-up', yearEnd(toYear))
  for (const y of years) {
    if (y.madeUpForPrevious.total > 0) log.explain(makeUpRule, 'make-up', { year: y.year, madeUpYear: y.year - 1, hours: y.madeUpForPrevious.total })
  }
  const outcome = judge(years, averageHours, rawAverage, required, { fromYear, toYear, promotion: input.purpose === 'promotion' }, purposeRule, rules, log)

  const result: CycleResult = {
    purpose: input.purpose, fromYear, toYear, years, excludedYears, required,
    average: averageHours, rawAverage, met: outcome === 'met', outcome, rules: [], explanations: log.explanations, warnings: log.warnings,
  }
  if (input.majorMismatch) {
    const rule = requirePeriod(rules, 'major-mismatch', yearEnd(toYear))
    const m = majorMismatchCheck(input.majorMismatch.level, input.majorMismatch.hours, rule)
    result.majorMismatch = m
    log.explain(rule, 'major-mismatch', { met: m.met, required: m.required, completed: m.completed, shortfall: m.shortfall })
    if (!m.met) {
      result.met = false
      if (result.outcome === 'met') result.outcome = 'not-met'
    }
  }
  result.rules = log.applied(rules)
  return result
}

/** The cycle's years under Anhui rules (after a transfer, or from 2018 for a non-socialised title). */
function assessedYears(input: CycleInput, fromYear: number, rules: readonly Rule[], log: Log): { assessed: number[]; excludedYears: number[] } {
  const first = firstAssessedYear(fromYear, input, {
    transfer: requirePeriod(rules, 'transfer', yearEnd(input.toYear)),
    nonSocialised: requirePeriod(rules, 'non-socialised', yearEnd(input.toYear)),
  })
  for (const reason of first.reasons) {
    if (reason.key === 'transfer') log.explain(reason, 'transfer', { firstYear: first.year })
    else log.explain(reason, 'non-socialised', { fromYear: ruleValue(reason, 'fromYear') })
  }
  const assessed: number[] = []
  const excludedYears: number[] = []
  for (let y = fromYear; y <= input.toYear; y++) (y < first.year ? excludedYears : assessed).push(y)
  return { assessed, excludedYears }
}

/** A year's hours: as registered, worked out from its activities, or 0 when missing. */
function yearHours(input: CycleInput, year: number, asOf: string, rules: readonly Rule[], purposeRule: Rule, log: Log): { year: number; from: CycleYearResult['from']; hours: Hours } {
  const record = input.years.find((r) => r.year === year)
  if (!record) {
    log.warn(purposeRule, 'missing-year', { year })
    return { year, from: 'missing', hours: zero() }
  }
  if (record.activities) {
    const r = evaluateYear({ year, activities: record.activities }, asOf, rules)
    for (const applied of r.rules) log.use(applied.id)
    return { year, from: 'activities', hours: { total: r.total, public: r.public, professional: r.professional } }
  }
  return { year, from: 'record', hours: hours(record.public ?? 0, record.professional ?? 0) }
}

/** Make-up for the year before, and the surplus that counts for no year. */
function spread(perYear: { year: number; from: CycleYearResult['from']; hours: Hours }[], required: Hours): CycleYearResult[] {
  const pub = spreadHours(perYear.map((y) => y.hours.public), required.public)
  const pro = spreadHours(perYear.map((y) => y.hours.professional), required.professional)
  return perYear.map((y, i) => ({
    ...y,
    effective: hours(pub.effective[i] ?? 0, pro.effective[i] ?? 0),
    madeUpForPrevious: hours(pub.madeUp[i] ?? 0, pro.madeUp[i] ?? 0),
    notCounted: hours(pub.leftover[i] ?? 0, pro.leftover[i] ?? 0),
  }))
}

function averageOf(years: readonly CycleYearResult[], of: (y: CycleYearResult) => Hours): Hours {
  const avg = (pick: (h: Hours) => number) => average(years.map((y) => pick(of(y))))
  return { total: avg((h) => h.total), public: avg((h) => h.public), professional: avg((h) => h.professional) }
}

/** Met, cramming (only the plain average meets it), not met, or nothing to assess. */
function judge(
  years: readonly CycleYearResult[], averageHours: Hours, rawAverage: Hours, required: Hours,
  span: { fromYear: number; toYear: number; promotion: boolean }, purposeRule: Rule, rules: readonly Rule[], log: Log,
): CycleOutcome {
  const crammingRule = requirePeriod(rules, 'cramming', yearEnd(span.toYear))
  if (years.length === 0) {
    log.explain(purposeRule, 'not-applicable', { fromYear: span.fromYear, toYear: span.toYear })
    return 'not-applicable'
  }
  if (meets(averageHours, required)) {
    log.explain(purposeRule, 'met', { average: averageHours })
    return 'met'
  }
  if (meets(rawAverage, required)) {
    for (const y of years.filter((x) => x.notCounted.total > 0)) log.warn(crammingRule, 'cramming', { year: y.year, hours: y.notCounted.total })
    log.explain(crammingRule, 'cramming', { rawAverage: rawAverage.total, average: averageHours.total })
    return 'cramming'
  }
  log.explain(purposeRule, 'not-met', { average: averageHours, promotion: span.promotion })
  return 'not-met'
}
