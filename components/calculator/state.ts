/**
 * The calculator's whole state, as the person typed it (strings, so wrong answers are kept and
 * shown back), and its round trip through the URL so a link restores it. No arithmetic here.
 */
import { activityFieldsOf, activityTypes, type ActivityType, type PathPart } from '../../rules/index.ts'

export const activityFields = ['date', 'subject', 'hours', 'days', 'count', 'score', 'topic', 'note'] as const
export type ActivityField = (typeof activityFields)[number]

export type FormActivity = { type: ActivityType } & Record<ActivityField, string>

export interface CalculatorState {
  year: string
  /** ?date= : preview the rules as of this date; empty for today */
  date: string
  activities: FormActivity[]
}

/**
 * Fields each kind of activity asks for, in form order: the rules' own list (rules/input-fields.ts),
 * with a note only where it says what was converted (其他折算); elsewhere the form leaves it out.
 */
export const fieldsFor: Readonly<Record<ActivityType, readonly ActivityField[]>> = Object.fromEntries(
  activityTypes.map((type) => [type, activityFieldsOf(type).filter((f): f is ActivityField => f !== 'type' && (f !== 'note' || type === 'other-conversion'))]),
) as { [type in ActivityType]: ActivityField[] }

export function emptyActivity(type: ActivityType): FormActivity {
  return { type, date: '', subject: '', hours: '', days: '', count: '', score: '', topic: '', note: '' }
}

// "~" separates parts and ":" key from value; encodeURIComponent leaves "~" alone, so escape it.
const enc = (s: string) => encodeURIComponent(s).replaceAll('~', '%7E')
const dec = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export function encodeActivity(a: FormActivity): string {
  const parts = [a.type, enc(a.date)]
  for (const f of activityFields) if (f !== 'date' && a[f] !== '') parts.push(`${f}:${enc(a[f])}`)
  return parts.join('~')
}

export function decodeActivity(text: string): FormActivity | undefined {
  const [type, date = '', ...rest] = text.split('~')
  if (!(activityTypes as readonly string[]).includes(type ?? '')) return undefined
  const a = emptyActivity(type as ActivityType)
  a.date = dec(date)
  for (const part of rest) {
    const i = part.indexOf(':')
    const key = part.slice(0, i) as ActivityField
    if (i > 0 && activityFields.includes(key)) a[key] = dec(part.slice(i + 1))
  }
  return a
}

/** `?year=2026&date=…&a=training~2026-06-20~days:3&a=…` */
export function stateToQuery(state: CalculatorState): string {
  const params = new URLSearchParams()
  if (state.year !== '') params.set('year', state.year)
  if (state.date !== '') params.set('date', state.date)
  for (const a of state.activities) params.append('a', encodeActivity(a))
  const q = params.toString()
  return q === '' ? '' : `?${q}`
}

export function queryToState(search: string, defaultYear: number): CalculatorState {
  const params = new URLSearchParams(search)
  return {
    year: params.get('year') ?? String(defaultYear),
    date: params.get('date') ?? '',
    activities: params.getAll('a').map(decodeActivity).filter((a): a is FormActivity => a !== undefined),
  }
}

const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/**
 * Digits as Chinese input methods type them (full-width ０–９, ．, ＋, －, and the 。 some
 * type for a decimal point) made ASCII, so "３" is read as 3. Other text is left as typed.
 */
export function normaliseDigits(value: string): string {
  if (!/[０-９．。＋－]/.test(value)) return value
  const ascii = value.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[．。]/g, '.').replace(/＋/g, '+').replace(/－/g, '-')
  return /^\s*[+-]?[\d.]+\s*$/.test(ascii) ? ascii : value
}

/** The fields that hold numbers. */
export const numberFields: ReadonlySet<ActivityField> = new Set(['hours', 'days', 'count', 'score'])

/** What the rules module validates: numbers where the text is a number, the text itself otherwise. */
export function toYearInput(state: CalculatorState): { year: unknown; activities: Record<string, unknown>[] } {
  const value = (raw: string): unknown => {
    const s = normaliseDigits(raw).trim()
    return numeric.test(s) ? Number(s) : raw
  }
  return {
    year: state.year === '' ? undefined : value(state.year),
    activities: state.activities.map((a) => {
      const out: Record<string, unknown> = { type: a.type }
      for (const f of fieldsFor[a.type]) {
        const v = a[f].trim()
        if (v === '') continue
        out[f] = numberFields.has(f) ? value(v) : v
      }
      return out
    }),
  }
}

/** The form control for an error's path: ['activities', 2, 'days'] → a-2-days. */
export function fieldId(at: readonly PathPart[]): string {
  const [list, index, field] = at
  if (list === 'activities' && typeof index === 'number') return `a-${index}-${typeof field === 'string' ? field : 'date'}`
  if (list === 'activities') return 'calc-add'
  return 'calc-year'
}
