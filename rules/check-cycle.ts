import { evaluateYear } from './check-year.ts'
import { average, spreadHours } from './cycle-average.ts'
import { firstAssessedYear } from './cycle-years.ts'
import { yearEnd } from './dates.ts'
import { fmt, line } from './lines.ts'
import { majorMismatchCheck } from './major-mismatch.ts'
import { applied, requirePeriod, ruleValue } from './period.ts'
import { meets, requirementFor } from './requirement.ts'
import type { CycleInput, CycleOutcome, CycleResult, CycleYearResult, Hours, Line, Rule } from './types.ts'

const zero = (): Hours => ({ total: 0, public: 0, professional: 0 })

/**
 * Multi-year check, on validated input: the tenure-cycle average for a title application
 * (宜人社秘〔2023〕43号 四（三）), or the last three years for 地矿局 internal promotion (五（四）).
 */
export function evaluateCycle(input: CycleInput, asOf: string, rules: readonly Rule[]): CycleResult {
  const explanations: Line[] = []
  const warnings: Line[] = []
  const used = new Set<string>()
  const explain = (rule: Rule, code: string, zh: string, en: string) => { used.add(rule.id); explanations.push(line(rule, code, zh, en)) }
  const warn = (rule: Rule, code: string, zh: string, en: string) => { used.add(rule.id); warnings.push(line(rule, code, zh, en)) }

  const purposeRule = requirePeriod(rules, input.purpose === 'title' ? 'cycle-title' : 'cycle-promotion', yearEnd(input.toYear))
  const span = input.purpose === 'promotion' ? ruleValue(purposeRule, 'years') : input.toYear - (input.fromYear ?? input.toYear) + 1
  const fromYear = input.toYear - span + 1
  explain(purposeRule, input.purpose,
    input.purpose === 'title'
      ? `职称申报：任职周期${fromYear}—${input.toYear}年，年度学时平均达到规定学时即可，但不得在一个年度内突击完成。`
      : `内部等级晋升：看最近3个年度（${fromYear}—${input.toYear}年）的学时登记，年均未达到规定学时的暂缓晋升。`,
    input.purpose === 'title'
      ? `Title application: over the tenure cycle ${fromYear}–${input.toYear} the yearly average must meet the requirement, without cramming.`
      : `Internal promotion: the last three years (${fromYear}–${input.toYear}); an average below the requirement postpones promotion.`)

  const first = firstAssessedYear(fromYear, input, {
    transfer: requirePeriod(rules, 'transfer', yearEnd(input.toYear)),
    nonSocialised: requirePeriod(rules, 'non-socialised', yearEnd(input.toYear)),
  })
  for (const reason of first.reasons) {
    explain(reason, reason.key, reason.key === 'transfer'
      ? `自省外调入：${first.year}年起按我省规定计算，此前年度不在本次核算之内。`
      : `非社会化评审取得职称：学时自${ruleValue(reason, 'fromYear')}年度开始计算。`,
    reason.key === 'transfer'
      ? `Transferred from outside Anhui: Anhui rules apply from ${first.year}; earlier years are not assessed here.`
      : `Title from non-socialised review: hours count from ${ruleValue(reason, 'fromYear')}.`)
  }

  const assessed: number[] = []
  const excludedYears: number[] = []
  for (let y = fromYear; y <= input.toYear; y++) (y < first.year ? excludedYears : assessed).push(y)
  for (const r of input.years) {
    if (r.year < fromYear || r.year > input.toYear) {
      warn(purposeRule, 'outside-cycle', `${r.year}年度不在${fromYear}—${input.toYear}年内，未计入。`, `${r.year} is outside ${fromYear}–${input.toYear} and not counted.`)
    }
  }

  const required = requirementFor(input.toYear, rules).required
  const perYear = assessed.map((year): { year: number; from: CycleYearResult['from']; hours: Hours } => {
    const record = input.years.find((r) => r.year === year)
    if (!record) {
      warn(purposeRule, 'missing-year', `${year}年度没有学时记录，按0学时计。`, `No record for ${year}; counted as 0 hours.`)
      return { year, from: 'missing', hours: zero() }
    }
    if (record.activities) {
      const r = evaluateYear({ year, activities: record.activities }, asOf, rules)
      for (const id of r.rules.map((x) => x.id)) used.add(id)
      return { year, from: 'activities', hours: { total: r.total, public: r.public, professional: r.professional } }
    }
    const pub = record.public ?? 0
    const pro = record.professional ?? 0
    return { year, from: 'record', hours: { total: pub + pro, public: pub, professional: pro } }
  })

  const spreadPublic = spreadHours(perYear.map((y) => y.hours.public), required.public)
  const spreadProfessional = spreadHours(perYear.map((y) => y.hours.professional), required.professional)
  const years: CycleYearResult[] = perYear.map((y, i) => {
    const effPub = spreadPublic.effective[i] ?? 0
    const effPro = spreadProfessional.effective[i] ?? 0
    const upPub = spreadPublic.madeUp[i] ?? 0
    const upPro = spreadProfessional.madeUp[i] ?? 0
    const leftPub = spreadPublic.leftover[i] ?? 0
    const leftPro = spreadProfessional.leftover[i] ?? 0
    return {
      ...y,
      effective: { total: effPub + effPro, public: effPub, professional: effPro },
      madeUpForPrevious: { total: upPub + upPro, public: upPub, professional: upPro },
      notCounted: { total: leftPub + leftPro, public: leftPub, professional: leftPro },
    }
  })

  const avg = (pick: (h: Hours) => number, of: (y: CycleYearResult) => Hours) => average(years.map((y) => pick(of(y))))
  const averageHours: Hours = { total: avg((h) => h.total, (y) => y.effective), public: avg((h) => h.public, (y) => y.effective), professional: avg((h) => h.professional, (y) => y.effective) }
  const rawAverage: Hours = { total: avg((h) => h.total, (y) => y.hours), public: avg((h) => h.public, (y) => y.hours), professional: avg((h) => h.professional, (y) => y.hours) }

  const makeUpRule = requirePeriod(rules, 'make-up', yearEnd(input.toYear))
  for (const y of years) {
    if (y.madeUpForPrevious.total > 0) {
      explain(makeUpRule, 'make-up', `${y.year}年度多出的${fmt(y.madeUpForPrevious.total)}学时补足${y.year - 1}年度。`, `${fmt(y.madeUpForPrevious.total)} surplus hours of ${y.year} make up ${y.year - 1}.`)
    }
  }

  let outcome: CycleOutcome
  let met = false
  const crammingRule = requirePeriod(rules, 'cramming', yearEnd(input.toYear))
  if (years.length === 0) {
    outcome = 'not-applicable'
    explain(purposeRule, 'not-applicable', `${fromYear}—${input.toYear}年没有按我省规定核算的年度，无法按本省规定核算。`,
      `No year in ${fromYear}–${input.toYear} falls under Anhui’s rules, so there is nothing to assess here.`)
  } else if (meets(averageHours, required)) {
    outcome = 'met'
    met = true
    explain(purposeRule, 'met', `年均${fmt(averageHours.total)}学时（公需${fmt(averageHours.public)}，专业${fmt(averageHours.professional)}），达到规定学时。`,
      `Average ${fmt(averageHours.total)} hours (public ${fmt(averageHours.public)}, professional ${fmt(averageHours.professional)}): requirement met.`)
  } else if (meets(rawAverage, required)) {
    outcome = 'cramming'
    for (const y of years.filter((x) => x.notCounted.total > 0)) {
      warn(crammingRule, 'cramming', `${y.year}年度多出的${fmt(y.notCounted.total)}学时只能补上一年度，不能计入其他年度（不得突击完成）。`,
        `${fmt(y.notCounted.total)} surplus hours of ${y.year} can only make up the year before, not other years (no cramming).`)
    }
    explain(crammingRule, 'cramming', `按填写的学时年均${fmt(rawAverage.total)}学时，但其中有突击完成的学时；不计突击部分，年均只有${fmt(averageHours.total)}学时，未达到规定。`,
      `The plain average is ${fmt(rawAverage.total)} hours, but it relies on crammed hours; without them the average is ${fmt(averageHours.total)}, below the requirement.`)
  } else {
    outcome = 'not-met'
    explain(purposeRule, 'not-met',
      `年均${fmt(averageHours.total)}学时（公需${fmt(averageHours.public)}，专业${fmt(averageHours.professional)}），未达到规定学时${input.purpose === 'promotion' ? '，暂缓晋升' : ''}。`,
      `Average ${fmt(averageHours.total)} hours (public ${fmt(averageHours.public)}, professional ${fmt(averageHours.professional)}): requirement not met${input.purpose === 'promotion' ? '; promotion is postponed' : ''}.`)
  }

  const result: CycleResult = {
    purpose: input.purpose, fromYear, toYear: input.toYear, years, excludedYears, required,
    average: averageHours, rawAverage, met, outcome, rules: [], explanations, warnings,
  }
  if (input.majorMismatch) {
    const rule = requirePeriod(rules, 'major-mismatch', yearEnd(input.toYear))
    const m = majorMismatchCheck(input.majorMismatch.level, input.majorMismatch.hours, rule)
    result.majorMismatch = m
    explain(rule, 'major-mismatch', m.met
      ? `跨专业申报：已完成所申报专业的专业科目学习${fmt(m.completed)}学时，达到${m.required}学时。`
      : `跨专业申报：所申报专业的专业科目学习须完成${m.required}学时，已完成${fmt(m.completed)}学时，还差${fmt(m.shortfall)}学时。`,
    m.met
      ? `Outside the degree major: ${fmt(m.completed)} hours of study in the applied major meet the ${m.required} required.`
      : `Outside the degree major: ${m.required} hours of study in the applied major are required; ${fmt(m.completed)} done, ${fmt(m.shortfall)} short.`)
    if (!m.met) {
      result.met = false
      if (result.outcome === 'met') result.outcome = 'not-met'
    }
  }
  result.rules = rules.filter((r) => used.has(r.id)).map(applied)
  return result
}
