/**
 * The one description of the inputs' fields: which fields each activity and record has, and the
 * bounds of every number. validate.ts checks input against it and schemas.ts turns it into the
 * published JSON Schemas, so the two cannot disagree.
 */
import type { ActivityType } from './types.ts'

export const MIN_YEAR = 2001
export const MAX_YEAR = 2099

export interface NumberSpec {
  integer: boolean
  min: number
  max: number
  /** true when the minimum itself is not allowed (hours must be more than 0) */
  exclusiveMin?: boolean
}

export const YEAR: NumberSpec = { integer: true, min: MIN_YEAR, max: MAX_YEAR }
export const HOURS: NumberSpec = { integer: false, min: 0, max: 1000, exclusiveMin: true }
export const DAYS: NumberSpec = { integer: true, min: 1, max: 366 }
export const COUNT: NumberSpec = { integer: true, min: 1, max: 1000 }
export const SCORE: NumberSpec = { integer: false, min: 0, max: 100 }
/** hours as registered for a year, or studied in another major */
export const RECORDED: NumberSpec = { integer: false, min: 0, max: 2000 }
export const MAX_CYCLE_YEARS = 10

/** The quantity fields of an activity and their bounds. */
export const quantitySpecs = { hours: HOURS, days: DAYS, count: COUNT, score: SCORE } as const
export type QuantityField = keyof typeof quantitySpecs

/** Each activity type's fields besides `type` and `date`: required, optional, and exactly one of. */
export const activityShape: Record<ActivityType, { required: readonly string[]; optional: readonly string[]; oneOf?: readonly [string, string] }> = {
  'public-topic': { required: [], optional: ['topic', 'score', 'note'] },
  courseware: { required: ['subject'], optional: ['note'], oneOf: ['hours', 'count'] },
  training: { required: ['days'], optional: ['subject', 'note'] },
  lecture: { required: ['count'], optional: ['subject', 'note'] },
  'qualification-exam': { required: [], optional: ['subject', 'note'] },
  degree: { required: [], optional: ['subject', 'note'] },
  'other-conversion': { required: ['hours'], optional: ['subject', 'note'] },
  professional: { required: ['hours'], optional: ['note'] },
}

/** Every field an activity of the type may have. */
export function activityFieldsOf(type: ActivityType): string[] {
  const s = activityShape[type]
  return ['type', 'date', ...s.required, ...(s.oneOf ?? []), ...s.optional]
}

/** `$schema` is allowed at the top so a file can name the schema it follows. */
export const yearInputFields = ['$schema', 'year', 'activities'] as const
export const cycleInputFields = ['$schema', 'purpose', 'fromYear', 'toYear', 'years', 'transferYear', 'nonSocialisedTitle', 'majorMismatch'] as const
export const yearRecordFields = ['year', 'public', 'professional', 'activities'] as const
export const majorMismatchFields = ['level', 'hours'] as const
