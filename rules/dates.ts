/** ISO dates (YYYY-MM-DD) as strings: they compare correctly as strings. */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date in YYYY-MM-DD form; 2026-02-30 is not one. */
export function isRealDate(value: string): boolean {
  const m = isoPattern.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

export function yearEnd(year: number): string {
  return `${year}-12-31`
}

export function yearStart(year: number): string {
  return `${year}-01-01`
}

/** Inclusive range check; a null bound is open. */
export function within(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to)
}

/** Today in China Standard Time, for callers that do not pass a date. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
