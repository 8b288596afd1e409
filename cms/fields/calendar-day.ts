import type { DateField, FieldHook } from 'payload'

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * Stores a calendar day as `YYYY-MM-DDT00:00:00.000Z`, read as the day in Beijing time, so a
 * date picked in a browser at UTC+8 and a date typed as `2024-03-31` in the seed agree.
 */
export function toCalendarDay(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === '') return value === '' ? null : value
  // A bare day is kept as given (validation then rejects days that do not exist, like 02-30).
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime())) return String(value)
  return `${shanghaiDay.format(date)}T00:00:00.000Z`
}

const normalise: FieldHook = ({ value }) => toCalendarDay(value)

export const calendarDayField = (name: string, label: string, extra: Partial<DateField> = {}): DateField => ({
  name,
  label,
  type: 'date',
  ...extra,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, ...extra.admin },
  hooks: { beforeValidate: [normalise] },
})
