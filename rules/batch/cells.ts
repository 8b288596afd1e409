/**
 * Cell values as CSV text or as an XLSX reader gives them (text, numbers, Dates), turned into
 * what the rules take. A value that cannot be read is passed on as it is, so that validation
 * refuses it and names the field.
 */
import { isRealDate } from '../dates.ts'

export type Cell = string | number | boolean | Date | null | undefined

/** Trimmed text of a cell ('' for empty); full-width digits and letters become ASCII. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell).normalize('NFKC').trim()
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === ''
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel's 1900 date system: serial 1 is 1900-01-01, with Excel's phantom 1900-02-29 (serial 60). */
export function excelSerialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return undefined
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * 2026-07-01, 2026-7-1, 2026/7/1, 2026.7.1, 2026年7月1日, with or without a time after it
 * (Excel writes "2026/7/1 0:00"), a Date, or an Excel serial number (46204) → YYYY-MM-DD.
 */
export function normalizeDate(cell: Cell): string | number | undefined {
  if (cell instanceof Date) return cellText(cell) || undefined
  if (typeof cell === 'number') return excelSerialToDate(cell) ?? cell
  const text = cellText(cell)
  if (text === '') return undefined
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text)
  if (m) {
    const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`
    return isRealDate(iso) ? iso : text
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text)) ?? text
  return text
}

const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** A number cell: a number stays, numeric text becomes a number, "3天"/"12学时" lose the unit. */
export function normalizeNumber(cell: Cell): string | number | undefined {
  if (typeof cell === 'number') return cell
  const text = cellText(cell).replace(/(学时|天|次|个|分)$/, '').trim()
  if (text === '') return undefined
  return numeric.test(text) ? Number(text) : cellText(cell)
}

/** A year: 2026, "2026", "2026年", "2026年度". */
export function normalizeYear(cell: Cell): string | number | undefined {
  if (typeof cell === 'number') return cell
  const text = cellText(cell).replace(/年度?$/, '')
  if (text === '') return undefined
  return /^\d+$/.test(text) ? Number(text) : cellText(cell)
}
