/**
 * The multi-year page's whole state, as typed (strings, so wrong answers are kept and shown
 * back), its round trip through the URL so a link restores it, and the input rules/ validates.
 * Years given as activities reuse the yearly calculator's activity state. No arithmetic here.
 */
import { RULES, type PathPart } from '../../rules/index.ts'
import { decodeActivity, encodeActivity, toYearInput, type FormActivity } from '../calculator/state.ts'

export type Purpose = 'title' | 'promotion'

export interface RecordEntry { mode: 'record'; public: string; professional: string }
export interface ActivitiesEntry { mode: 'activities'; activities: FormActivity[] }
export type YearEntry = RecordEntry | ActivitiesEntry

export interface CycleState {
  purpose: Purpose
  fromYear: string
  toYear: string
  /** ?date= : check as of this date; empty for today */
  date: string
  transferYear: string
  nonSocialised: boolean
  mismatch: { on: boolean; level: string; hours: string }
  /** by year; years outside the shown range are kept (so changing the range loses nothing) but not checked */
  years: Record<string, YearEntry>
}

/** internal promotion (省地矿局通知 五（四）) looks at the last years the rules table gives */
const PROMOTION_YEARS = RULES.find((r) => r.id === 'cycle-promotion')?.values.years ?? 3
const MAX_SHOWN = 10

export function emptyRecord(): RecordEntry {
  return { mode: 'record', public: '', professional: '' }
}

export function defaultState(currentYear: number): CycleState {
  return {
    purpose: 'title', fromYear: String(currentYear - 4), toYear: String(currentYear - 1), date: '',
    transferYear: '', nonSocialised: false, mismatch: { on: false, level: '', hours: '' }, years: {},
  }
}

const isYear = (s: string) => /^\d{4}$/.test(s.trim())

/** The years the form asks for: the cycle from–to, or the three years ending toYear. */
export function shownYears(s: CycleState): number[] {
  if (!isYear(s.toYear)) return []
  const to = Number(s.toYear)
  const from = s.purpose === 'promotion' ? to - PROMOTION_YEARS + 1 : isYear(s.fromYear) ? Number(s.fromYear) : to
  if (from > to || to - from >= MAX_SHOWN) return []
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

export function entryOf(s: CycleState, year: number): YearEntry {
  const key = String(year)
  s.years[key] ??= emptyRecord()
  return s.years[key]
}

// "~" separates parts; encodeURIComponent leaves "~" alone, so escape it
const enc = (v: string) => encodeURIComponent(v).replaceAll('~', '%7E')
const dec = (v: string) => {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}

/**
 * `?purpose=title&from=2021&to=2025&y2021=30~60&y2022=a&a2022=training~2022-05-01~days:3&transfer=2023&ns=1&mm=senior~250&date=…`
 */
export function stateToQuery(s: CycleState, shown: readonly number[] = shownYears(s)): string {
  const p = new URLSearchParams()
  p.set('purpose', s.purpose)
  if (s.purpose === 'title' && s.fromYear !== '') p.set('from', s.fromYear)
  if (s.toYear !== '') p.set('to', s.toYear)
  if (s.date !== '') p.set('date', s.date)
  if (s.transferYear !== '') p.set('transfer', s.transferYear)
  if (s.nonSocialised) p.set('ns', '1')
  if (s.mismatch.on) p.set('mm', `${enc(s.mismatch.level)}~${enc(s.mismatch.hours)}`)
  for (const y of shown) {
    const e = s.years[String(y)]
    if (!e) continue
    if (e.mode === 'record') {
      if (e.public !== '' || e.professional !== '') p.set(`y${y}`, `${enc(e.public)}~${enc(e.professional)}`)
    } else {
      p.set(`y${y}`, 'a')
      for (const a of e.activities) p.append(`a${y}`, encodeActivity(a))
    }
  }
  return `?${p.toString()}`
}

export function queryToState(search: string, currentYear: number): CycleState {
  const p = new URLSearchParams(search)
  const s = defaultState(currentYear)
  if (!p.has('purpose')) return s
  s.purpose = p.get('purpose') === 'promotion' ? 'promotion' : 'title'
  s.fromYear = p.get('from') ?? ''
  s.toYear = p.get('to') ?? ''
  s.date = p.get('date') ?? ''
  s.transferYear = p.get('transfer') ?? ''
  s.nonSocialised = p.get('ns') === '1'
  const mm = p.get('mm')
  if (mm !== null) {
    const [level = '', hours = ''] = mm.split('~')
    s.mismatch = { on: true, level: dec(level), hours: dec(hours) }
  }
  for (const [key, value] of p) {
    const m = /^y(\d{4})$/.exec(key)
    if (!m) continue
    if (value === 'a') {
      s.years[m[1]!] = { mode: 'activities', activities: p.getAll(`a${m[1]}`).map(decodeActivity).filter((a): a is FormActivity => a !== undefined) }
    } else {
      const [pub = '', pro = ''] = value.split('~')
      s.years[m[1]!] = { mode: 'record', public: dec(pub), professional: dec(pro) }
    }
  }
  return s
}

const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const value = (v: string): unknown => (numeric.test(v.trim()) ? Number(v.trim()) : v.trim())

/**
 * What rules/ validates, and which shown year each entry of `years` is (for naming errors).
 * A year whose registered hours are both empty is left out: the check counts it as 0 and says so.
 */
export function toCycleInput(s: CycleState): { input: Record<string, unknown>; yearAt: number[] } {
  const years: Record<string, unknown>[] = []
  const yearAt: number[] = []
  for (const y of shownYears(s)) {
    const e = s.years[String(y)]
    if (!e) continue
    if (e.mode === 'record') {
      if (e.public.trim() === '' && e.professional.trim() === '') continue
      const r: Record<string, unknown> = { year: y }
      if (e.public.trim() !== '') r.public = value(e.public)
      if (e.professional.trim() !== '') r.professional = value(e.professional)
      years.push(r)
    } else {
      years.push({ year: y, activities: toYearInput({ year: String(y), date: '', activities: e.activities }).activities })
    }
    yearAt.push(y)
  }
  const input: Record<string, unknown> = { purpose: s.purpose, toYear: s.toYear.trim() === '' ? undefined : value(s.toYear), years }
  if (s.purpose === 'title') input.fromYear = s.fromYear.trim() === '' ? undefined : value(s.fromYear)
  if (s.transferYear.trim() !== '') input.transferYear = value(s.transferYear)
  if (s.purpose === 'title' && s.nonSocialised) input.nonSocialisedTitle = true
  if (s.purpose === 'title' && s.mismatch.on) {
    input.majorMismatch = {
      ...(s.mismatch.level !== '' ? { level: s.mismatch.level } : {}),
      ...(s.mismatch.hours.trim() !== '' ? { hours: value(s.mismatch.hours) } : {}),
    }
  }
  return { input, yearAt }
}

/** The id of an activity's field on this page: the yearly form's id, prefixed with its year. */
export const activityFieldId = (year: number, index: number, field: string) => `y${year}-a-${index}-${field}`

/** The form control an error's path points at. */
export function fieldId(at: readonly PathPart[], yearAt: readonly number[]): string {
  const [top, index, field, aIndex, aField] = at
  if (top === 'years' && typeof index === 'number') {
    const year = yearAt[index]
    if (year === undefined) return 'cy-years'
    if (field === 'activities') return typeof aIndex === 'number' ? activityFieldId(year, aIndex, typeof aField === 'string' ? aField : 'date') : `y${year}-add`
    return `y${year}-${field === 'professional' ? 'professional' : 'public'}`
  }
  if (top === 'majorMismatch') return index === 'hours' ? 'cy-mm-hours' : 'cy-mm-level'
  return { fromYear: 'cy-from', toYear: 'cy-to', transferYear: 'cy-transfer', purpose: 'cy-purpose-title' }[String(top)] ?? 'cy-to'
}
