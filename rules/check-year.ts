import { activityHours, isConversionOption } from './conversion.ts'
import { yearEnd, yearOf, yearStart } from './dates.ts'
import { conversionOptions, pickHighest, type ConversionEntry } from './highest-option.ts'
import { LineLog } from './lines.ts'
import { activityPath } from './paths.ts'
import { pickPeriod, requirePeriod, ruleValue } from './period.ts'
import { selectTopic, type TopicEntry } from './public-topic.ts'
import { regimeOf } from './regime.ts'
import { meets, requirementFor, shortfallOf } from './requirement.ts'
import { openUntil, placeActivity, studyDeadline } from './study-window.ts'
import { substitute } from './substitution.ts'
import { findTopic, topicDateProblems } from './topic-date.ts'
import type {
  Activity, ActivityOutcome, Hours, Placement, Rule, Subject, TopicInfo, YearInput, YearLineParams, YearOutcome, YearResult,
} from './types.ts'

/** What every step of one yearly check reads, and the log it writes its lines to. */
interface Year {
  year: number
  asOf: string
  rules: readonly Rule[]
  topics: readonly TopicInfo[]
  log: LineLog<YearLineParams>
}

/** One activity after its own rules: the outcome, and whether a later step decides if it counts. */
interface Assessed {
  outcome: ActivityOutcome
  topic?: TopicEntry
  conversion?: ConversionEntry
}

/**
 * The yearly check, on validated input. Pure: the date of the check and the dated rules are
 * arguments. Policy lives in the small rule modules; this composes them in steps, and its lines
 * are data that rules/messages/ words.
 */
export function evaluateYear(input: YearInput, asOf: string, rules: readonly Rule[], topics: readonly TopicInfo[] = []): YearResult {
  const y: Year = { year: input.year, asOf, rules, topics, log: new LineLog<YearLineParams>() }
  const { required, rule: requirementRule } = requirementFor(y.year, rules)
  y.log.explain(requirementRule, 'requirement', { year: y.year, ...required })

  const assessed = input.activities.map((a, i) => assess(a, activityPath(i), y))
  const outcomes = assessed.map((a) => a.outcome)
  countTopic(assessed.flatMap((a) => (a.topic ? [a.topic] : [])), outcomes, y)
  countConversion(assessed.flatMap((a) => (a.conversion ? [a.conversion] : [])), outcomes, y)

  const sub = substituteHours(outcomes, required, y)
  const got = { total: round(sub.public + sub.professional), public: round(sub.public), professional: round(sub.professional) }
  const until = openUntil(y.year, rules)
  const { met, outcome, shortfall } = verdict(got, required, until, requirementRule, y)

  return {
    year: y.year,
    asOf,
    ...got,
    required,
    shortfall,
    met,
    outcome,
    substituted: round(sub.moved),
    openUntil: until,
    activities: outcomes,
    rules: y.log.applied(rules),
    explanations: y.log.explanations,
    warnings: y.log.warnings,
  }
}

/** An activity's date, placement and rate; topics and conversion options are decided later. */
function assess(a: Activity, path: string, y: Year): Assessed {
  const { placement, rule: placeRule } = placeActivity(a.type, a.date, y.year, y.rules)
  const { regime, rule: regimeRule } = regimeOf(a.date, y.rules)
  const subject: Subject = a.type === 'public-topic' ? 'public' : a.type === 'professional' ? 'professional' : (a.subject ?? 'professional')
  const outcome: ActivityOutcome = { path, type: a.type, placement, regime, hours: 0, subject, counted: false }
  if (!placed(a, path, placement, placeRule, y)) return { outcome }
  if (a.date > y.asOf) y.log.warn(requirePeriod(y.rules, 'planned', a.date), 'planned', { date: a.date, asOf: y.asOf }, path)

  if (a.type === 'public-topic') {
    checkTopicDates(a, path, y)
    return { outcome, topic: { path, activity: a } }
  }
  const rule = pickPeriod(y.rules, a.type, a.date)
  if (!rule) {
    const since = firstDay(y.rules, a.type, a.date)
    // old standard: public hours come only from the year's topic, so public courseware is not steered to professional
    if (a.type === 'courseware' && subject === 'public') y.log.warn(regimeRule, 'old-standard-public', { date: a.date, since }, path)
    else y.log.warn(regimeRule, 'old-standard-conversion', { type: a.type, date: a.date, since }, path)
    return { outcome }
  }
  const hours = activityHours(a, rule)
  y.log.use(rule.id)
  if (isConversionOption(a.type)) {
    if (a.type === 'other-conversion') {
      y.log.warn(rule, 'check-document', { hours, source: rule.source, article: rule.article, ...(a.note ? { note: a.note } : {}) }, path)
    }
    return { outcome, conversion: { path, type: a.type, date: a.date, hours, subject } }
  }
  Object.assign(outcome, { counted: true, hours })
  if (a.type === 'courseware') {
    const byCount = a.hours === undefined ? { count: a.count ?? 0, rate: ruleValue(rule, 'perCourseware') } : {}
    y.log.explain(rule, 'courseware', { subject, hours, ...byCount }, path)
  } else {
    y.log.explain(rule, 'professional', { subject, hours }, path)
  }
  if (rule.id === 'professional-after-109') y.log.warn(rule, 'professional-after-109', { since: rule.validFrom ?? a.date }, path)
  return { outcome }
}

/** Explains where the date places the activity; false when that means it does not count. */
function placed(a: Activity, path: string, placement: Placement, rule: Rule, y: Year): boolean {
  const { year } = y
  if (placement === 'outside') {
    y.log.warn(rule, rule.id === 'cramming' ? 'cramming' : 'outside-year', { type: a.type, date: a.date, year }, path)
    return false
  }
  if (placement === 'make-up' && a.type === 'degree') {
    y.log.warn(pickPeriod(y.rules, 'degree', a.date) ?? rule, 'degree-year', { type: a.type, obtainedIn: yearOf(a.date) }, path)
    return false
  }
  if (placement === 'study-window') y.log.explain(rule, 'study-window', { date: a.date, year }, path)
  if (placement === 'make-up') y.log.explain(rule, 'make-up', { date: a.date, year }, path)
  return true
}

/** The first day of the dated rule for an activity type after `date`: when its conversion begins. */
function firstDay(rules: readonly Rule[], key: string, date: string): string {
  const starts = rules.flatMap((r) => (r.key === key && r.validFrom !== null && r.validFrom > date ? [r.validFrom] : []))
  const first = starts.sort()[0]
  if (first === undefined) throw new Error(`rules table: no period of "${key}" starts after ${date}`)
  return first
}

/** Warns when a topic from the CMS was finished outside its contract window or study deadline. */
function checkTopicDates(a: Activity, path: string, y: Year): void {
  const topic = findTopic(y.topics, y.year, a.topic)
  if (!topic) return
  const contract = requirePeriod(y.rules, 'topic-contract', a.date)
  for (const problem of topicDateProblems(topic, a.date)) {
    const bound = { 'before-contract': topic.contractStart, 'after-contract': topic.contractEnd, 'after-deadline': topic.studyDeadline }[problem]
    y.log.warn(contract, `topic-${problem}` as const, { title: topic.title, date: a.date, bound: bound ?? '' }, path)
  }
}

/** One passed topic a year counts (the earliest); failed exams and further topics are warned about. */
function countTopic(entries: readonly TopicEntry[], outcomes: ActivityOutcome[], y: Year): void {
  if (entries.length === 0) return
  const topicRule = requirePeriod(y.rules, 'public-topic', yearEnd(y.year))
  const examRule = requirePeriod(y.rules, 'public-topic-exam', yearEnd(y.year))
  const oneRule = requirePeriod(y.rules, 'public-topic-one-a-year', yearEnd(y.year))
  const { counted, failed, extra } = selectTopic(entries, examRule)
  if (counted) {
    const hours = activityHours(counted.activity, topicRule)
    countOutcome(outcomes, counted.path, hours)
    const title = counted.activity.topic
    y.log.explain(topicRule, 'public-topic', { hours, ...(title ? { title } : {}) }, counted.path)
  }
  const passMark = ruleValue(examRule, 'passMark')
  for (const f of failed) y.log.warn(examRule, 'exam-failed', { score: f.activity.score ?? 0, passMark }, f.path)
  for (const x of extra) y.log.warn(oneRule, 'extra-topic', { year: y.year, topics: ruleValue(oneRule, 'topics') }, x.path)
}

/** 就高原则: the highest conversion option counts, the others are warned about; courseware adds on top. */
function countConversion(entries: readonly ConversionEntry[], outcomes: ActivityOutcome[], y: Year): void {
  const latest = entries.reduce((d, e) => (e.date > d ? e.date : d), '')
  const { chosen, dropped } = pickHighest(conversionOptions(entries))
  if (!chosen) return
  const highestRule = requirePeriod(y.rules, 'highest-option', latest)
  for (const path of chosen.paths) countOutcome(outcomes, path, entries.find((e) => e.path === path)?.hours ?? 0)
  y.log.explain(highestRule, 'highest-option', { type: chosen.type, paths: chosen.paths, hours: chosen.hours, othersDropped: dropped.length > 0 })
  for (const d of dropped) y.log.warn(highestRule, 'not-highest', { type: d.type, paths: d.paths, hours: d.hours }, d.paths[0])
  const onTop = pickPeriod(y.rules, 'courseware-on-top', latest)
  if (onTop && outcomes.some((o) => o.type === 'courseware' && o.counted)) y.log.explain(onTop, 'courseware-on-top', {})
}

function countOutcome(outcomes: ActivityOutcome[], path: string, hours: number): void {
  const o = outcomes.find((x) => x.path === path)
  if (o) Object.assign(o, { counted: true, hours })
}

/** The counted hours by subject, with surplus professional hours moved to public where the year allows. */
function substituteHours(outcomes: readonly ActivityOutcome[], required: Hours, y: Year): ReturnType<typeof substitute> {
  const counted = outcomes.filter((o) => o.counted)
  const sum = (subject: Subject) => counted.filter((o) => o.subject === subject).reduce((s, o) => s + o.hours, 0)
  const raw = { public: sum('public'), professional: sum('professional') }
  const substitutionRule = pickPeriod(y.rules, 'substitution', yearEnd(y.year))
  const sub = substitute(raw, required, substitutionRule !== undefined)
  if (substitutionRule && sub.moved > 0) {
    y.log.explain(substitutionRule, 'substitution', { moved: sub.moved, professionalRequired: required.professional })
  } else if (!substitutionRule && raw.public < required.public && raw.professional > required.professional) {
    // the standard the year began under says public and professional hours do not substitute
    y.log.explain(requirePeriod(y.rules, 'regime', yearStart(y.year)), 'no-substitution', { year: y.year })
  }
  return sub
}

/** Met, still open (make-up or study window), or not met, with the line that says so. */
function verdict(got: Hours, required: Hours, until: string, requirementRule: Rule, y: Year): { met: boolean; outcome: YearOutcome; shortfall: Hours } {
  const shortfall = shortfallOf(got, required)
  const met = meets(got, required)
  const outcome: YearOutcome = met ? 'met' : y.asOf <= until ? 'in-progress' : 'not-met'
  if (met) {
    y.log.explain(requirementRule, 'met', { year: y.year, ...got })
    return { met, outcome, shortfall }
  }
  y.log.explain(requirementRule, 'shortfall', { year: y.year, ...shortfall })
  if (outcome === 'in-progress') {
    const deadline = studyDeadline(y.year, y.rules)
    const topicsOpenUntil = deadline && y.asOf <= deadline ? { topicsOpenUntil: deadline } : {}
    y.log.explain(requirePeriod(y.rules, 'make-up', y.asOf), 'in-progress', { asOf: y.asOf, year: y.year, makeUpYear: y.year + 1, ...topicsOpenUntil })
  }
  return { met, outcome, shortfall }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
