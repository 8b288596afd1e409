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
}

export interface AppliedRule {
  id: string
  source: string
  article: string
  interpretation: boolean
}

/** One human-readable line of a result, with the rule it cites. */
export interface Line {
  code: string
  zh: string
  en: string
  ruleId: string
  /** document and article, e.g. 皖人社秘〔2025〕109号（十） */
  citation: string
  interpretation: boolean
  /** field path of the activity the line is about, e.g. activities[2] */
  path?: string
}

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
  explanations: Line[]
  warnings: Line[]
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

export interface ValidationError {
  /** e.g. activities[2].days */
  path: string
  code: 'required' | 'type' | 'number' | 'integer' | 'range' | 'date' | 'enum' | 'one-of' | 'duplicate' | 'csv'
  zh: string
  en: string
}

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
  hours: Hours
  /** hours that count towards the average, after make-up and without crammed surplus */
  effective: Hours
  /** hours of this year used to make up the year before */
  madeUpForPrevious: Hours
  /** surplus that counts for no other year (突击) */
  notCounted: Hours
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
  met: boolean
  outcome: CycleOutcome
  majorMismatch?: { level: TitleLevel; required: number; completed: number; shortfall: number; met: boolean }
  rules: AppliedRule[]
  explanations: Line[]
  warnings: Line[]
}
