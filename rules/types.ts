/** Shared types of the hour rules. No runtime code lives here. */

export const activityTypes = [
  'public-topic',
  'courseware',
  'training',
  'lecture',
  'qualification-exam',
  'degree',
  'other-conversion',
  'professional',
] as const
export type ActivityType = (typeof activityTypes)[number]

export const subjects = ['public', 'professional'] as const
export type Subject = (typeof subjects)[number]

/** One thing a person did that may earn 学时. `date` (YYYY-MM-DD) decides the regime. */
export interface Activity {
  type: ActivityType
  date: string
  /** public or professional; required for courseware, defaults to professional for conversions */
  subject?: Subject
  hours?: number
  days?: number
  count?: number
  /** exam score of a public topic, 0–100; a topic without a score is taken as passed */
  score?: number
  /** title of the public topic, matched against the topics given in the options */
  topic?: string
  note?: string
}

export interface YearInput {
  year: number
  activities: Activity[]
}

export interface Text {
  zh: string
  en: string
}

/** A rule as dated data: the period it applies to and the document it comes from. */
export interface Rule {
  id: string
  /** the concept; several rules with the same key cover different periods */
  key: string
  title: Text
  /** document number, e.g. 皖人社秘〔2025〕109号 */
  source: string
  /** article or item in that document, as the scan shows it */
  article: string
  /** seed file the text was read from */
  seed: string
  /** first date the rule applies to, inclusive; null when the notices give no start */
  validFrom: string | null
  /** last date the rule applies to, inclusive; null while in force */
  validTo: string | null
  /** true where the notices leave room and this is the project's reading (RULES.md) */
  interpretation: boolean
  values: Readonly<Record<string, number>>
  /** what the rule says, for the rules table */
  summary: Text
  /** further places the rule is printed (the same rule in another notice) */
  also?: readonly RuleSource[]
  /** the notice's own words, as the scan of the seed has them (absent where the scan lost them) */
  quote?: string
}

/** One place a rule is printed: document number, article, seed file. */
export interface RuleSource {
  source: string
  article: string
  seed: string
}

export interface AppliedRule {
  id: string
  source: string
  article: string
  interpretation: boolean
}

/** What every result line carries besides its code: the rule it cites. */
export interface LineBase {
  ruleId: string
  /** document and article, e.g. 皖人社秘〔2025〕109号（十） */
  citation: string
  interpretation: boolean
  /** field path of the activity the line is about, e.g. activities[2] */
  path?: string
}

/** One line per code, each with the params its code needs; rules/messages/ words them. */
export type LinesOf<P> = { [C in keyof P]: LineBase & { code: C; params: P[C] } }[keyof P]

type TopicDateParams = { title: string; date: string; bound: string }

type Amounts = { total: number; public: number; professional: number }

/** The params of each line a yearly check writes, by code. Dates are YYYY-MM-DD, hours numbers. */
export interface YearLineParams {
  requirement: { year: number } & Amounts
  'outside-year': { type: ActivityType; date: string; year: number }
  /** an activity two or more years later: 突击 */
  cramming: { type: ActivityType; date: string; year: number }
  'degree-year': { type: ActivityType; obtainedIn: number }
  'study-window': { date: string; year: number }
  'make-up': { date: string; year: number }
  planned: { date: string; asOf: string }
  /** `bound`: the contract's start or end, or the study deadline, that the date falls outside */
  'topic-before-contract': TopicDateParams
  'topic-after-contract': TopicDateParams
  'topic-after-deadline': TopicDateParams
  /** a conversion dated before the first day of its dated rule (`since`) */
  'old-standard-conversion': { type: ActivityType; date: string; since: string }
  /** public courseware before `since`: under the old standard public hours come from the year's topic only */
  'old-standard-public': { date: string; since: string }
  'check-document': { hours: number; source: string; article: string; note?: string }
  /** courseware with stated hours, or `count` courseware at `rate` hours each */
  courseware: { subject: Subject; hours: number; count?: number; rate?: number }
  professional: { subject: Subject; hours: number }
  /** unit-recognised hours on or after `since`, when 109号 has no such category */
  'professional-after-109': { since: string }
  'public-topic': { hours: number; title?: string }
  'exam-failed': { score: number; passMark: number }
  'extra-topic': { year: number; topics: number }
  'highest-option': { type: ActivityType; paths: string[]; hours: number; othersDropped: boolean }
  'not-highest': { type: ActivityType; paths: string[]; hours: number }
  'courseware-on-top': Record<string, never>
  substitution: { moved: number; professionalRequired: number }
  'no-substitution': { year: number }
  met: { year: number } & Amounts
  /** what is still lacking; a zero amount is not mentioned */
  shortfall: { year: number } & Amounts
  /** `topicsOpenUntil` only while the year's topics can still be studied */
  'in-progress': { asOf: string; year: number; makeUpYear: number; topicsOpenUntil?: string }
}

/** The params of each line a multi-year check writes, by code. */
export interface CycleLineParams {
  title: { fromYear: number; toYear: number }
  promotion: { fromYear: number; toYear: number; years: number }
  transfer: { firstYear: number }
  'non-socialised': { fromYear: number }
  'outside-cycle': { year: number; fromYear: number; toYear: number }
  'missing-year': { year: number }
  /**
   * a year from 2025 on: surplus professional hours counted as public, `overCap` of them above the
   * professional cap (lost to the cycle otherwise), `forCycle` more because the cycle lacked public hours
   */
  substitution: { year: number; moved: number; overCap: number; forCycle: number; professionalRequired: number; capPublic: number; capProfessional: number }
  /** a year's surplus over the yearly requirement, offsetting shortfalls of other years */
  offset: { year: number; hours: number; public: number; professional: number }
  'not-applicable': { fromYear: number; toYear: number }
  met: { average: Amounts; required: Amounts }
  /** a warning names the year, its hours above the cap and the cap; the explanation gives both averages */
  cramming: { year: number; public: number; professional: number; capPublic: number; capProfessional: number } | { rawAverage: number; average: number }
  'not-met': { average: Amounts; required: Amounts; promotion: boolean }
  /** hours still needed over the cycle; `openYears` can still take them, each until `until` */
  missing: Amounts & { openYears: number[]; until?: string; enough: boolean }
  'major-mismatch': { met: boolean; required: number; completed: number; shortfall: number }
}

export type YearLine = LinesOf<YearLineParams>
export type CycleLine = LinesOf<CycleLineParams>
/** A line of a result, not yet worded: code, params and the rule it cites. */
export type Line = YearLine | CycleLine

export interface Hours {
  total: number
  public: number
  professional: number
}

export type Placement = 'in-year' | 'study-window' | 'make-up' | 'outside'

export interface ActivityOutcome {
  path: string
  type: ActivityType
  placement: Placement
  regime: 'old' | '109'
  /** hours this activity adds to the year after every rule; 0 when not counted */
  hours: number
  subject: Subject
  counted: boolean
}

export type YearOutcome = 'met' | 'not-met' | 'in-progress'

export interface YearResult extends Hours {
  year: number
  asOf: string
  required: Hours
  shortfall: Hours
  met: boolean
  /** in-progress: not met yet, but the year can still be completed (make-up or study window) */
  outcome: YearOutcome
  /** surplus professional hours counted as public (already included in `public`) */
  substituted: number
  /** the last date on which an activity can still count for this year */
  openUntil: string
  activities: ActivityOutcome[]
  rules: AppliedRule[]
  explanations: YearLine[]
  warnings: YearLine[]
}

/** A public topic as the CMS gives it, used to warn about contract windows and deadlines. */
export interface TopicInfo {
  year: number
  title: string
  provider?: string
  learningUrl?: string
  contractStart?: string
  contractEnd?: string
  studyDeadline?: string
}

export interface CheckOptions {
  /** the day the check is made (YYYY-MM-DD); a future date previews the rules then */
  asOf?: string
  /** the dated rules; defaults to the table in table.ts */
  rules?: readonly Rule[]
  topics?: readonly TopicInfo[]
}

/** What a field was expected to be, where the error code alone does not say. */
export type Expectation =
  | 'json-object' | 'activity' | 'year-record' | 'text' | 'list' | 'list-may-be-empty' | 'year-list' | 'boolean'
  | 'level-hours' | 'purpose' | 'courseware-subject' | 'hours-or-count' | 'hours-or-activities'
  | 'public-topic-subject' | 'professional-subject'

/** The params of each validation error, by code; `got` is the value received. */
export interface ValidationParams {
  required: { expect?: Expectation; allowed?: readonly string[] }
  type: { expect: Expectation }
  number: { got: unknown }
  integer: { got: number }
  range: { min: number; max: number; exclusiveMin: boolean; got: number } | { maxYears: number }
  date: { got: unknown }
  enum: { allowed: readonly string[]; got?: unknown; expect?: Expectation }
  'one-of': { expect: Expectation }
  duplicate: { year: number }
  /** a field the input does not have here (a misspelling, or one that belongs to another activity) */
  unknown: { allowed: readonly string[] }
}

/** One step of a field path: a field name or a list index. */
export type PathPart = string | number

/** A refused field, as data; rules/messages/ words it. */
export type ValidationError = {
  [C in keyof ValidationParams]: {
    /** e.g. activities[2].days; (root) for the input itself */
    path: string
    /** the same path in steps: ['activities', 2, 'days'] */
    at: readonly PathPart[]
    code: C
    params: ValidationParams[C]
  }
}[keyof ValidationParams]

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] }

export const titleLevels = ['senior', 'intermediate', 'junior'] as const
export type TitleLevel = (typeof titleLevels)[number]

/** One year of a multi-year check: hours as registered, or the activities to work them out. */
export interface CycleYearRecord {
  year: number
  public?: number
  professional?: number
  activities?: Activity[]
}

export interface CycleInput {
  /** title: tenure-cycle average for a title application; promotion: 地矿局 internal promotion */
  purpose: 'title' | 'promotion'
  /** first year of the tenure cycle (title only) */
  fromYear?: number
  /** last year of the cycle; for promotion the last of the three years */
  toYear: number
  years: CycleYearRecord[]
  /** year of transfer from outside Anhui: Anhui rules apply from that year */
  transferYear?: number
  /** title from non-socialised review, applying for socialised review: hours count from 2018 */
  nonSocialisedTitle?: boolean
  /** applying for a title outside one's degree major (地矿局): level and hours studied in that major */
  majorMismatch?: { level: TitleLevel; hours: number }
}

export interface CycleYearResult {
  year: number
  from: 'record' | 'activities' | 'missing'
  /** the year's hours as registered or worked out, before surplus professional hours count as public */
  recorded: Hours
  /** surplus professional hours counted as public inside the year (years from 2025 on) */
  substituted: number
  /** after substitution: what the year brings to the cycle */
  hours: Hours
  /** what counts towards the average: `hours` up to twice the yearly requirement */
  counted: Hours
  /** the year's surplus over the yearly requirement that offsets shortfalls of other years */
  madeUp: Hours
  /** hours above twice the yearly requirement (突击): flagged, not counted */
  notCounted: Hours
  /** the yearly check, when the year was given as activities */
  detail?: YearResult
}

/** Open years that can still take hours, and the cycle's total still lacking. */
export interface CycleMissing {
  /** hours still needed over the whole cycle for the average to meet the requirement */
  hours: Hours
  /** assessed years that can still take hours on the day of the check (the year or its make-up year) */
  openYears: { year: number; until: string; room: Hours }[]
  /** whether the open years' room (up to twice the requirement each) is enough */
  enough: boolean
}

export type CycleOutcome = 'met' | 'not-met' | 'cramming' | 'not-applicable'

export interface CycleResult {
  purpose: CycleInput['purpose']
  fromYear: number
  toYear: number
  /** the years assessed under Anhui rules */
  years: CycleYearResult[]
  excludedYears: number[]
  required: Hours
  average: Hours
  /** plain average of the hours entered, cramming included */
  rawAverage: Hours
  /** what the average lacks: max(0, required − average) */
  shortfall: Hours
  /** present when the average does not meet the requirement */
  missing?: CycleMissing
  met: boolean
  outcome: CycleOutcome
  asOf: string
  majorMismatch?: { level: TitleLevel; required: number; completed: number; shortfall: number; met: boolean }
  rules: AppliedRule[]
  explanations: CycleLine[]
  warnings: CycleLine[]
}
