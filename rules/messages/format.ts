/** Numbers, dates and received values as the messages show them. */

/** Hours for display: at most two decimals, no trailing zeros. */
export function fmt(hours: number): string {
  return String(Math.round(hours * 100) / 100)
}

const day = (date: string) => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) })

/** 2025-06-13 → 2025年6月13日 */
export function zhDate(date: string): string {
  const { y, m, d } = day(date)
  return `${y}年${m}月${d}日`
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** 2025-06-13 → 13 June 2025 */
export function enDate(date: string): string {
  const { y, m, d } = day(date)
  return `${d} ${months[m - 1]} ${y}`
}

/** A received value as the input wrote it (JSON), for "got …". */
export function shown(value: unknown): string {
  return String(JSON.stringify(value))
}
