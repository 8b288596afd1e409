import { evaluateYear } from './check-year.ts'
import { average, averageMeets, averageShortfall, capHours, offsets } from './cycle-average.ts'
import { hundredths } from './hundredths.ts'
import { firstAssessedYear } from './cycle-years.ts'
import { yearEnd } from './dates.ts'
import { LineLog } from './lines.ts'
import { majorMismatchCheck } from './major-mismatch.ts'
import { pickPeriod, requirePeriod, ruleValue } from './period.ts'
import { requirementFor } from './requirement.ts'
import { splitCycle } from './cycle-substitution.ts'
import type { CycleInput, CycleLineParams, CycleMissing, CycleOutcome, CycleResult, CycleYearResult, Hours, Rule, YearResult } from './types.ts'

const zero = (): Hours => ({ total: 0, public: 0, professional: 0 })
const round = (n: number) => Math.round(n * 100) / 100
const hours = (pub: number, pro: number): Hours => ({ total: round(pub + pro), public: round(pub), professional: round(pro) })

type Log = LineLog<CycleLineParams>

/** A year as registered or worked out, before substitution and the cap. */
interface YearRecorded {
  year: number
  from: CycleYearResult['from']
  recorded: Hours
  /** the substitution rule in force for the year (from 2025), if any */
  substitution?: Rule
  detail?: YearResult
}

/** A year after the cycle's split of its surplus professional hours: what it brings to the cycle. */
type YearIn = Omit<YearRecorded, 'substitution'> & { substituted: number; hours: Hours }

/**
 * Multi-year check, on validated input: the tenure-cycle average for a title application
 * (宜人社秘〔2023〕43号 四（三）), or the last three years for 地矿局 internal promotion (五（四）).
 * Each year from 2025 first counts surplus professional hours as public (芜人社秘〔2025〕85号 五（二）),
 * then at most twice the yearly requirement counts toward the cycle (突击), then the average is
 * compared with the requirement. Its lines are data that rules/messages/ words.
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
  const capRule = requirePeriod(rules, 'cycle-cramming', yearEnd(toYear))
  const cap = { public: required.public * ruleValue(capRule, 'times'), professional: required.professional * ruleValue(capRule, 'times') }
  const recorded = assessed.map((year) => yearRecorded(input, year, asOf, rules, purposeRule, log))
  const years = countYears(substituteYears(recorded, required, cap, rules, log), required, cap)

  for (const y of years) {
    if (y.notCounted.total > 0) {
      log.warn(capRule, 'cramming', { year: y.year, public: y.notCounted.public, professional: y.notCounted.professional, capPublic: cap.public, capProfessional: cap.professional })
    }
  }
  for (const y of years) {
    if (y.madeUp.total > 0) log.explain(purposeRule, 'offset', { year: y.year, hours: y.madeUp.total, public: y.madeUp.public, professional: y.madeUp.professional })
  }
  const averageHours = averageOf(years, (y) => y.counted)
  const rawAverage = averageOf(years, (y) => y.hours)
  const reaches = { counted: cycleMeets(years, (y) => y.counted, required), raw: cycleMeets(years, (y) => y.hours, required) }
  const outcome = judge(years, reaches, averageHours, rawAverage, required, { fromYear, toYear, promotion: input.purpose === 'promotion' }, purposeRule, capRule, log)

  const result: CycleResult = {
    purpose: input.purpose, fromYear, toYear, years, excludedYears, required,
    average: averageHours, rawAverage, shortfall: cycleShortfall(years, required),
    met: outcome === 'met', outcome, asOf, rules: [], explanations: log.explanations, warnings: log.warnings,
  }
  if (outcome === 'not-met' || outcome === 'cramming') {
    result.missing = missingHours(years, required, cap, asOf)
    const makeUp = requirePeriod(rules, 'make-up', yearEnd(toYear))
    const m = result.missing
    log.explain(makeUp, 'missing', {
      ...m.hours, openYears: m.openYears.map((o) => o.year), enough: m.enough,
      ...(m.openYears.length > 0 ? { until: m.openYears.at(-1)!.until } : {}),
    })
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

/**
 * A year's hours: worked out from its activities by the yearly rules, or as registered, or 0 when
 * missing; before any substitution, so registered totals and activities go through the same split.
 */
function yearRecorded(input: CycleInput, year: number, asOf: string, rules: readonly Rule[], purposeRule: Rule, log: Log): YearRecorded {
  const record = input.years.find((r) => r.year === year)
  const substitution = pickPeriod(rules, 'substitution', yearEnd(year))
  const base = { year, ...(substitution ? { substitution } : {}) }
  if (!record) {
    log.warn(purposeRule, 'missing-year', { year })
    return { ...base, from: 'missing', recorded: zero() }
  }
  if (record.activities) {
    const r = evaluateYear({ year, activities: record.activities }, asOf, rules)
    for (const applied of r.rules) if (applied.id !== 'substitution') log.use(applied.id)
    return { ...base, from: 'activities', detail: r, recorded: hours(r.public - r.substituted, r.professional + r.substituted) }
  }
  return { ...base, from: 'record', recorded: hours(record.public ?? 0, record.professional ?? 0) }
}

/**
 * From 2025, surplus professional hours count as public (芜人社秘〔2025〕85号 五（二）), split over the
 * cycle as is most favourable to the person (splitCycle; the site's reading, rule `cycle-substitution`).
 */
function substituteYears(years: readonly YearRecorded[], required: Hours, cap: { public: number; professional: number }, rules: readonly Rule[], log: Log): YearIn[] {
  const h = hundredths
  const moves = splitCycle(
    years.map((y) => ({ public: h(y.recorded.public), professional: h(y.recorded.professional), applies: y.substitution !== undefined })),
    { total: h(required.total), public: h(required.public), professional: h(required.professional) },
    { public: h(cap.public), professional: h(cap.professional) },
  )
  return years.map(({ substitution, ...y }, i) => {
    const { free, traded } = moves[i]!
    const moved = (free + traded) / 100
    if (substitution && moved > 0) {
      log.use(substitution.id)
      log.explain(requirePeriod(rules, 'cycle-substitution', yearEnd(y.year)), 'substitution', {
        year: y.year, moved, overCap: free / 100, forCycle: traded / 100,
        professionalRequired: required.professional, capPublic: cap.public, capProfessional: cap.professional,
      })
    }
    return { ...y, substituted: moved, hours: hours(y.recorded.public + moved, y.recorded.professional - moved) }
  })
}

/** Each year up to the cap, and how much of its surplus offsets the other years' shortfalls. */
function countYears(perYear: readonly YearIn[], required: Hours, cap: { public: number; professional: number }): CycleYearResult[] {
  const pub = capHours(perYear.map((y) => y.hours.public), cap.public)
  const pro = capHours(perYear.map((y) => y.hours.professional), cap.professional)
  const pubOffsets = offsets(pub.counted, required.public)
  const proOffsets = offsets(pro.counted, required.professional)
  return perYear.map((y, i) => ({
    ...y,
    counted: hours(pub.counted[i] ?? 0, pro.counted[i] ?? 0),
    madeUp: hours(pubOffsets[i] ?? 0, proOffsets[i] ?? 0),
    notCounted: hours(pub.notCounted[i] ?? 0, pro.notCounted[i] ?? 0),
  }))
}

const kinds = ['total', 'public', 'professional'] as const

/** The average shown (rounded down to hundredths); the comparison is cycleMeets, on exact sums. */
function averageOf(years: readonly CycleYearResult[], of: (y: CycleYearResult) => Hours): Hours {
  const avg = (k: keyof Hours) => average(years.map((y) => of(y)[k]))
  return { total: avg('total'), public: avg('public'), professional: avg('professional') }
}

function cycleMeets(years: readonly CycleYearResult[], of: (y: CycleYearResult) => Hours, required: Hours): boolean {
  return kinds.every((k) => averageMeets(years.map((y) => of(y)[k]), required[k]))
}

/** What the counted average lacks, rounded up to hundredths. */
function cycleShortfall(years: readonly CycleYearResult[], required: Hours): Hours {
  const short = (k: keyof Hours) => averageShortfall(years.map((y) => y.counted[k]), required[k])
  return { total: short('total'), public: short('public'), professional: short('professional') }
}

/**
 * What the cycle still lacks in hours, and which years can still take them on `asOf`: a year
 * stays open until the end of its make-up year (皖人社秘〔2021〕115号 五（四）), up to the cap.
 */
function missingHours(years: readonly CycleYearResult[], required: Hours, cap: { public: number; professional: number }, asOf: string): CycleMissing {
  const n = years.length
  const lacking = (k: 'public' | 'professional') => Math.max(0, n * hundredths(required[k]) - years.reduce((s, y) => s + hundredths(y.counted[k]), 0))
  const pub = lacking('public') / 100
  const pro = lacking('professional') / 100
  const openYears = years
    .filter((y) => asOf <= yearEnd(y.year + 1))
    .map((y) => ({ year: y.year, until: yearEnd(y.year + 1), room: hours(cap.public - y.counted.public, cap.professional - y.counted.professional) }))
  const room = (k: 'public' | 'professional') => openYears.reduce((s, o) => s + hundredths(o.room[k]), 0)
  const enough = room('public') >= lacking('public') && room('professional') >= lacking('professional')
  return { hours: hours(pub, pro), openYears, enough }
}

/** Met, cramming (only the uncapped average meets it), not met, or nothing to assess. */
function judge(
  years: readonly CycleYearResult[], reaches: { counted: boolean; raw: boolean }, averageHours: Hours, rawAverage: Hours, required: Hours,
  span: { fromYear: number; toYear: number; promotion: boolean }, purposeRule: Rule, capRule: Rule, log: Log,
): CycleOutcome {
  if (years.length === 0) {
    log.explain(purposeRule, 'not-applicable', { fromYear: span.fromYear, toYear: span.toYear })
    return 'not-applicable'
  }
  if (reaches.counted) {
    log.explain(purposeRule, 'met', { average: averageHours, required })
    return 'met'
  }
  if (reaches.raw) {
    log.explain(capRule, 'cramming', { rawAverage: rawAverage.total, average: averageHours.total })
    return 'cramming'
  }
  log.explain(purposeRule, 'not-met', { average: averageHours, required, promotion: span.promotion })
  return 'not-met'
}
