import { isRealDate } from './dates.ts'
import { activityFieldsOf, activityShape, quantitySpecs, YEAR, yearInputFields, type NumberSpec } from './input-fields.ts'
import { formatPath } from './paths.ts'
import { activityTypes, subjects } from './types.ts'
import type { Activity, ActivityType, PathPart, Validated, ValidationError, ValidationParams, YearInput } from './types.ts'

export { MIN_YEAR, MAX_YEAR } from './input-fields.ts'

type At = readonly PathPart[]

/** Collects the errors of one input as data; rules/messages/ words them, naming the field. */
export class Issues {
  readonly list: ValidationError[] = []
  add<C extends keyof ValidationParams>(at: At, code: C, params: ValidationParams[C]): void {
    // one member of the union: TypeScript cannot relate a generic code to its params
    this.list.push({ path: formatPath(at), at, code, params } as unknown as ValidationError)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A number within bounds, or undefined with an error. Strings like "12" are not numbers here. */
export function readNumber(value: unknown, at: At, spec: NumberSpec, issues: Issues): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(at, 'number', { got: value })
    return undefined
  }
  if (spec.integer && !Number.isInteger(value)) {
    issues.add(at, 'integer', { got: value })
    return undefined
  }
  const exclusiveMin = spec.exclusiveMin ?? false
  const tooLow = exclusiveMin ? value <= spec.min : value < spec.min
  if (tooLow || value > spec.max) {
    issues.add(at, 'range', { min: spec.min, max: spec.max, exclusiveMin, got: value })
    return undefined
  }
  return value
}

export function readYear(value: unknown, at: At, issues: Issues): number | undefined {
  if (value === undefined) {
    issues.add(at, 'required', {})
    return undefined
  }
  return readNumber(value, at, YEAR, issues)
}

export function readDate(value: unknown, at: At, issues: Issues): string | undefined {
  if (value === undefined || value === '') {
    issues.add(at, 'required', {})
    return undefined
  }
  if (typeof value !== 'string' || !isRealDate(value)) {
    issues.add(at, 'date', { got: value })
    return undefined
  }
  return value
}

function readEnum<T extends string>(value: unknown, at: At, allowed: readonly T[], issues: Issues): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  issues.add(at, 'enum', { allowed, got: value })
  return undefined
}

function readText(value: unknown, at: At, issues: Issues): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    issues.add(at, 'type', { expect: 'text' })
    return undefined
  }
  return value
}

/** Refuses the fields of `raw` that are not in `allowed`, naming each. */
export function refuseUnknown(raw: Record<string, unknown>, allowed: readonly string[], at: At, issues: Issues): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) issues.add([...at, key], 'unknown', { allowed: allowed.filter((f) => f !== '$schema') })
  }
}

/** One activity, or undefined with the errors added. */
export function readActivity(raw: unknown, at: At, issues: Issues): Activity | undefined {
  if (!isRecord(raw)) {
    issues.add(at, 'type', { expect: 'activity' })
    return undefined
  }
  const before = issues.list.length
  const type = raw.type === undefined
    ? (issues.add([...at, 'type'], 'required', {}), undefined)
    : readEnum<ActivityType>(raw.type, [...at, 'type'], activityTypes, issues)
  const date = readDate(raw.date, [...at, 'date'], issues)
  const subject = raw.subject === undefined ? undefined : readEnum(raw.subject, [...at, 'subject'], subjects, issues)
  const note = readText(raw.note, [...at, 'note'], issues)
  const topic = readText(raw.topic, [...at, 'topic'], issues)
  if (!type) return undefined
  // the quantities are still checked when the date is bad, so every error shows at once
  const activity: Activity = { type, date: date ?? '' }
  if (subject) activity.subject = subject
  if (note !== undefined) activity.note = note
  if (topic !== undefined) activity.topic = topic

  const shape = activityShape[type]
  refuseUnknown(raw, activityFieldsOf(type), at, issues)
  for (const field of shape.required) {
    if (raw[field] !== undefined) continue
    issues.add([...at, field], 'required', field === 'subject' && type === 'courseware' ? { expect: 'courseware-subject' } : {})
  }
  if (shape.oneOf && (raw[shape.oneOf[0]] === undefined) === (raw[shape.oneOf[1]] === undefined)) {
    issues.add([...at, shape.oneOf[0]], 'one-of', { expect: 'hours-or-count' })
  } else {
    for (const field of Object.keys(quantitySpecs) as (keyof typeof quantitySpecs)[]) {
      if (raw[field] === undefined || !activityFieldsOf(type).includes(field)) continue
      const value = readNumber(raw[field], [...at, field], quantitySpecs[field], issues)
      if (value !== undefined) activity[field] = value
    }
  }
  return issues.list.length === before ? activity : undefined
}

export function readActivities(value: unknown, at: At, issues: Issues): Activity[] | undefined {
  if (value === undefined) {
    issues.add(at, 'required', { expect: 'list-may-be-empty' })
    return undefined
  }
  if (!Array.isArray(value)) {
    issues.add(at, 'type', { expect: 'list' })
    return undefined
  }
  const out: Activity[] = []
  value.forEach((raw, i) => {
    const a = readActivity(raw, [...at, i], issues)
    if (a) out.push(a)
  })
  return out.length === value.length ? out : undefined
}

/** Checks a yearly input; every error names its field path (worded by rules/messages/). */
export function validateYearInput(input: unknown): Validated<YearInput> {
  const issues = new Issues()
  if (!isRecord(input)) {
    issues.add([], 'type', { expect: 'json-object' })
    return { ok: false, errors: issues.list }
  }
  refuseUnknown(input, yearInputFields, [], issues)
  const year = readYear(input.year, ['year'], issues)
  const activities = readActivities(input.activities, ['activities'], issues)
  if (issues.list.length > 0 || year === undefined || activities === undefined) return { ok: false, errors: issues.list }
  return { ok: true, value: { year, activities } }
}
