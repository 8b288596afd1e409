import type { PathPart } from './types.ts'
import { titleLevels } from './types.ts'
import type { CycleInput, CycleYearRecord, TitleLevel, Validated } from './types.ts'
import { cycleInputFields, majorMismatchFields, MAX_CYCLE_YEARS, RECORDED, yearRecordFields } from './input-fields.ts'
import { Issues, isRecord, readActivities, readNumber, readYear, refuseUnknown } from './validate.ts'

function readRecord(raw: unknown, at: readonly PathPart[], issues: Issues): CycleYearRecord | undefined {
  if (!isRecord(raw)) {
    issues.add(at, 'type', { expect: 'year-record' })
    return undefined
  }
  refuseUnknown(raw, yearRecordFields, at, issues)
  const year = readYear(raw.year, [...at, 'year'], issues)
  const hasHours = raw.public !== undefined || raw.professional !== undefined
  if (hasHours === (raw.activities !== undefined)) {
    issues.add([...at, 'activities'], 'one-of', { expect: 'hours-or-activities' })
    return undefined
  }
  if (year === undefined) return undefined
  if (raw.activities !== undefined) {
    const activities = readActivities(raw.activities, [...at, 'activities'], issues)
    return activities ? { year, activities } : undefined
  }
  const hours = (field: 'public' | 'professional') => raw[field] === undefined
    ? (issues.add([...at, field], 'required', {}), undefined)
    : readNumber(raw[field], [...at, field], RECORDED, issues)
  const pub = hours('public')
  const pro = hours('professional')
  return pub === undefined || pro === undefined ? undefined : { year, public: pub, professional: pro }
}

/** Checks a multi-year input (see rules/README.md); every error names its field path. */
export function validateCycleInput(input: unknown): Validated<CycleInput> {
  const issues = new Issues()
  if (!isRecord(input)) {
    issues.add([], 'type', { expect: 'json-object' })
    return { ok: false, errors: issues.list }
  }
  refuseUnknown(input, cycleInputFields, [], issues)
  const purpose = input.purpose
  if (purpose !== 'title' && purpose !== 'promotion') {
    if (purpose === undefined) issues.add(['purpose'], 'required', { expect: 'purpose' })
    else issues.add(['purpose'], 'enum', { allowed: ['title', 'promotion'], got: purpose, expect: 'purpose' })
  }
  const toYear = readYear(input.toYear, ['toYear'], issues)
  let fromYear: number | undefined
  // promotion looks at the three years ending toYear: a fromYear given is checked, then not used
  if (purpose !== 'title' && input.fromYear !== undefined) readYear(input.fromYear, ['fromYear'], issues)
  if (purpose === 'title') {
    fromYear = readYear(input.fromYear, ['fromYear'], issues)
    if (fromYear !== undefined && toYear !== undefined && (fromYear > toYear || toYear - fromYear >= MAX_CYCLE_YEARS)) {
      issues.add(['fromYear'], 'range', { maxYears: MAX_CYCLE_YEARS })
      fromYear = undefined
    }
  }
  let years: CycleYearRecord[] | undefined
  if (!Array.isArray(input.years)) {
    if (input.years === undefined) issues.add(['years'], 'required', { expect: 'year-list' })
    else issues.add(['years'], 'type', { expect: 'year-list' })
  } else {
    const list = input.years.map((raw, i) => readRecord(raw, ['years', i], issues))
    const seen = new Set<number>()
    list.forEach((r, i) => {
      if (!r) return
      if (seen.has(r.year)) issues.add(['years', i, 'year'], 'duplicate', { year: r.year })
      seen.add(r.year)
    })
    if (list.every((r) => r !== undefined)) years = list as CycleYearRecord[]
  }
  const transferYear = input.transferYear === undefined ? undefined : readYear(input.transferYear, ['transferYear'], issues)
  if (input.nonSocialisedTitle !== undefined && typeof input.nonSocialisedTitle !== 'boolean') {
    issues.add(['nonSocialisedTitle'], 'type', { expect: 'boolean' })
  }
  let majorMismatch: CycleInput['majorMismatch']
  if (input.majorMismatch !== undefined) {
    const m = input.majorMismatch
    if (!isRecord(m)) {
      issues.add(['majorMismatch'], 'type', { expect: 'level-hours' })
    } else {
      refuseUnknown(m, majorMismatchFields, ['majorMismatch'], issues)
      const levelOk = typeof m.level === 'string' && (titleLevels as readonly string[]).includes(m.level)
      if (!levelOk) issues.add(['majorMismatch', 'level'], m.level === undefined ? 'required' : 'enum', { allowed: titleLevels })
      const hours = m.hours === undefined
        ? (issues.add(['majorMismatch', 'hours'], 'required', {}), undefined)
        : readNumber(m.hours, ['majorMismatch', 'hours'], RECORDED, issues)
      if (levelOk && hours !== undefined) majorMismatch = { level: m.level as TitleLevel, hours }
    }
  }
  if (issues.list.length > 0 || toYear === undefined || years === undefined) return { ok: false, errors: issues.list }
  const value: CycleInput = { purpose: purpose as CycleInput['purpose'], toYear, years }
  if (fromYear !== undefined) value.fromYear = fromYear
  if (transferYear !== undefined) value.transferYear = transferYear
  if (input.nonSocialisedTitle === true) value.nonSocialisedTitle = true
  if (majorMismatch) value.majorMismatch = majorMismatch
  return { ok: true, value }
}
