import { isRealDate } from './dates.ts'
import { activityTypes, subjects } from './types.ts'
import type { Activity, ActivityType, Validated, ValidationError, YearInput } from './types.ts'

export const MIN_YEAR = 2001
export const MAX_YEAR = 2099

const labels: Record<string, [zh: string, en: string]> = {
  year: ['年度', 'year'],
  activities: ['活动列表', 'activities'],
  type: ['活动类型', 'activity type'],
  date: ['日期', 'date'],
  hours: ['学时', 'hours'],
  days: ['天数', 'days'],
  count: ['数量', 'count'],
  subject: ['科目', 'subject'],
  score: ['考试成绩', 'exam score'],
  topic: ['专题名称', 'topic title'],
  note: ['备注', 'note'],
}

function label(path: string): [string, string] {
  const field = /([a-zA-Z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? path
  return labels[field] ?? [field, field]
}

/** Collects errors for one input; every message names the field path. */
export class Issues {
  readonly list: ValidationError[] = []
  add(path: string, code: ValidationError['code'], zh: string, en: string): void {
    const [lz, le] = label(path)
    this.list.push({ path, code, zh: `${path}（${lz}）：${zh}`, en: `${path} (${le}): ${en}` })
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface NumberSpec {
  integer: boolean
  min: number
  max: number
  /** true when the minimum itself is not allowed (hours must be more than 0) */
  exclusiveMin?: boolean
}

/** A number within bounds, or undefined with an error. Strings like "12" are not numbers here. */
export function readNumber(value: unknown, path: string, spec: NumberSpec, issues: Issues): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(path, 'number', `须为数字，收到 ${JSON.stringify(value)}`, `must be a number, got ${JSON.stringify(value)}`)
    return undefined
  }
  if (spec.integer && !Number.isInteger(value)) {
    issues.add(path, 'integer', `须为整数，收到 ${value}`, `must be a whole number, got ${value}`)
    return undefined
  }
  const tooLow = spec.exclusiveMin ? value <= spec.min : value < spec.min
  if (tooLow || value > spec.max) {
    const zhRange = spec.exclusiveMin ? `大于 ${spec.min} 且不超过 ${spec.max}` : `在 ${spec.min} 至 ${spec.max} 之间`
    const enRange = spec.exclusiveMin ? `more than ${spec.min} and at most ${spec.max}` : `between ${spec.min} and ${spec.max}`
    issues.add(path, 'range', `须${zhRange}，收到 ${value}`, `must be ${enRange}, got ${value}`)
    return undefined
  }
  return value
}

export function readYear(value: unknown, path: string, issues: Issues): number | undefined {
  if (value === undefined) {
    issues.add(path, 'required', '必须填写', 'is required')
    return undefined
  }
  return readNumber(value, path, { integer: true, min: MIN_YEAR, max: MAX_YEAR }, issues)
}

export function readDate(value: unknown, path: string, issues: Issues): string | undefined {
  if (value === undefined || value === '') {
    issues.add(path, 'required', '必须填写', 'is required')
    return undefined
  }
  if (typeof value !== 'string' || !isRealDate(value)) {
    issues.add(path, 'date', `须为真实存在的日期，格式 YYYY-MM-DD，收到 ${JSON.stringify(value)}`,
      `must be a real date as YYYY-MM-DD, got ${JSON.stringify(value)}`)
    return undefined
  }
  return value
}

function readEnum<T extends string>(value: unknown, path: string, allowed: readonly T[], issues: Issues): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  issues.add(path, 'enum', `须为以下之一：${allowed.join('、')}，收到 ${JSON.stringify(value)}`,
    `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
  return undefined
}

function readText(value: unknown, path: string, issues: Issues): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    issues.add(path, 'type', '须为文字', 'must be text')
    return undefined
  }
  return value
}

const HOURS: NumberSpec = { integer: false, min: 0, max: 1000, exclusiveMin: true }
const DAYS: NumberSpec = { integer: true, min: 1, max: 366 }
const COUNT: NumberSpec = { integer: true, min: 1, max: 1000 }
const SCORE: NumberSpec = { integer: false, min: 0, max: 100 }

function required(raw: Record<string, unknown>, field: string, path: string, spec: NumberSpec, issues: Issues): number | undefined {
  if (raw[field] === undefined) {
    issues.add(`${path}.${field}`, 'required', '必须填写', 'is required')
    return undefined
  }
  return readNumber(raw[field], `${path}.${field}`, spec, issues)
}

function optional(raw: Record<string, unknown>, field: string, path: string, spec: NumberSpec, issues: Issues): number | undefined {
  return raw[field] === undefined ? undefined : readNumber(raw[field], `${path}.${field}`, spec, issues)
}

/** One activity, or undefined with the errors added. */
export function readActivity(raw: unknown, path: string, issues: Issues): Activity | undefined {
  if (!isRecord(raw)) {
    issues.add(path, 'type', '须为一个活动对象', 'must be an activity object')
    return undefined
  }
  const before = issues.list.length
  const type = raw.type === undefined
    ? (issues.add(`${path}.type`, 'required', '必须填写', 'is required'), undefined)
    : readEnum<ActivityType>(raw.type, `${path}.type`, activityTypes, issues)
  const date = readDate(raw.date, `${path}.date`, issues)
  const subject = raw.subject === undefined ? undefined : readEnum(raw.subject, `${path}.subject`, subjects, issues)
  const note = readText(raw.note, `${path}.note`, issues)
  const topic = readText(raw.topic, `${path}.topic`, issues)
  if (!type) return undefined
  // the quantities are still checked when the date is bad, so every error shows at once
  const activity: Activity = { type, date: date ?? '' }
  if (subject) activity.subject = subject
  if (note !== undefined) activity.note = note
  if (topic !== undefined) activity.topic = topic

  switch (type) {
    case 'public-topic':
      activity.score = optional(raw, 'score', path, SCORE, issues)
      break
    case 'courseware':
      if (raw.subject === undefined) issues.add(`${path}.subject`, 'required', '网络课件须选择申请认定为公需科目或专业科目', 'courseware needs a subject: public or professional')
      if ((raw.hours === undefined) === (raw.count === undefined)) {
        issues.add(`${path}.hours`, 'one-of', '请填写课件标定的学时（hours）或课件个数（count），二者填且只填其一',
          'give either the hours the courseware states (hours) or the number of courseware (count), not both')
      } else {
        activity.hours = optional(raw, 'hours', path, HOURS, issues)
        activity.count = optional(raw, 'count', path, COUNT, issues)
      }
      break
    case 'training':
      activity.days = required(raw, 'days', path, DAYS, issues)
      break
    case 'lecture':
      activity.count = required(raw, 'count', path, COUNT, issues)
      break
    case 'other-conversion':
    case 'professional':
      activity.hours = required(raw, 'hours', path, HOURS, issues)
      break
    case 'qualification-exam':
    case 'degree':
      break
  }
  for (const key of ['hours', 'days', 'count', 'score'] as const) if (activity[key] === undefined) delete activity[key]
  return issues.list.length === before ? activity : undefined
}

export function readActivities(value: unknown, path: string, issues: Issues): Activity[] | undefined {
  if (value === undefined) {
    issues.add(path, 'required', '必须填写（可为空列表）', 'is required (may be an empty list)')
    return undefined
  }
  if (!Array.isArray(value)) {
    issues.add(path, 'type', '须为列表', 'must be a list')
    return undefined
  }
  const out: Activity[] = []
  value.forEach((raw, i) => {
    const a = readActivity(raw, `${path}[${i}]`, issues)
    if (a) out.push(a)
  })
  return out.length === value.length ? out : undefined
}

/** Checks a yearly input; every error names its field path, in Chinese and English. */
export function validateYearInput(input: unknown): Validated<YearInput> {
  const issues = new Issues()
  if (!isRecord(input)) {
    issues.add('(root)', 'type', '输入须为 JSON 对象', 'input must be a JSON object')
    return { ok: false, errors: issues.list }
  }
  const year = readYear(input.year, 'year', issues)
  const activities = readActivities(input.activities, 'activities', issues)
  if (issues.list.length > 0 || year === undefined || activities === undefined) return { ok: false, errors: issues.list }
  return { ok: true, value: { year, activities } }
}

/** Thrown by checkYear/checkCycle on bad input; carries the typed error list. */
export class RulesInputError extends Error {
  readonly errors: ValidationError[]
  constructor(errors: ValidationError[]) {
    super(errors.map((e) => e.en).join('; '))
    this.name = 'RulesInputError'
    this.errors = errors
  }
}
