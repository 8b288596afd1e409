/**
 * A sheet (rows of cells, from CSV or XLSX) → one activity per row. Finds the header row (a title
 * row above it is allowed), skips blank and whitespace-only rows, maps Chinese headers, type and
 * subject names and date formats. Rows are numbered as Excel numbers them (1 = the first row).
 */
import { activityNames } from '../labels.ts'
import { activityTypes, type ActivityType, type ValidationError } from '../types.ts'
import { cellText, isBlank, normalizeDate, normalizeNumber, normalizeYear, type Cell } from './cells.ts'
import { activityTypeOf, batchColumns, columnNames, columnOf, requiredColumns, subjectOf, type BatchColumn } from './fields.ts'
import { fitToType } from './unused-columns.ts'

export interface BatchRow {
  /** the row's number in the sheet (1-based, as Excel shows it) */
  row: number
  name: string
  id: string
  year: string | number | undefined
  note: string
  /** the activity as the rules take it (fields absent when their cell is empty) */
  activity: Record<string, unknown>
  /** problems found while reading the row (unknown type or subject, a subject the type cannot have) */
  problems: BatchProblem[]
  /** filled columns the row's activity does not use: not counted, each with a notice */
  ignored: BatchIgnored[]
}

/** A filled column the row's activity type does not use, dropped (unused-columns.ts). */
export interface BatchIgnored {
  row: number
  /** the column's header as the file has it */
  column: string
  field: BatchColumn
  type: ActivityType
  value: string
}

/** A problem of one row, named by row and column; `error` is worded by rules/messages. */
export interface BatchProblem {
  row: number
  /** the column's header as the file has it */
  column?: string
  field?: BatchColumn
  error: ValidationError
  /** the file's headers of the columns the problem is about, where the error's own words would name fields */
  related?: string[]
}

export interface BatchTable {
  ok: true
  rows: BatchRow[]
  /** column → the header text in the file */
  headers: Partial<Record<BatchColumn, string>>
  /** blank or whitespace-only rows that were skipped */
  skipped: number
}

export interface BatchHeaderProblem {
  ok: false
  missing: BatchColumn[]
  /** the row read as the header (1-based), 0 when the sheet is empty */
  headerRow: number
}

/** How many rows from the top may hold a title before the header. */
const headerSearchRows = 10

function headerMap(cells: readonly Cell[]): Map<BatchColumn, number> {
  const map = new Map<BatchColumn, number>()
  cells.forEach((cell, i) => {
    const column = columnOf(cellText(cell))
    if (column && !map.has(column)) map.set(column, i)
  })
  return map
}

function findHeader(rows: readonly (readonly Cell[])[]): { index: number; map: Map<BatchColumn, number> } | BatchHeaderProblem {
  let first: { index: number; map: Map<BatchColumn, number> } | undefined
  let seen = 0
  for (let i = 0; i < rows.length && seen < headerSearchRows; i++) {
    const row = rows[i]!
    if (row.every(isBlank)) continue
    seen++
    const map = headerMap(row)
    first ??= { index: i, map }
    if (requiredColumns.every((c) => map.has(c))) return { index: i, map }
  }
  if (!first) return { ok: false, missing: [...requiredColumns], headerRow: 0 }
  return { ok: false, missing: requiredColumns.filter((c) => !first.map.has(c)), headerRow: first.index + 1 }
}

const typeChoices = activityTypes.map((t) => activityNames[t].zh)

export function readBatchTable(rows: readonly (readonly Cell[])[]): BatchTable | BatchHeaderProblem {
  const header = findHeader(rows)
  if ('ok' in header) return header
  const headers: Partial<Record<BatchColumn, string>> = {}
  for (const [column, i] of header.map) headers[column] = cellText(rows[header.index]![i]) || columnNames[column]
  const out: BatchRow[] = []
  let skipped = 0
  for (let i = header.index + 1; i < rows.length; i++) {
    const cells = rows[i]!
    if (cells.every(isBlank)) {
      skipped++
      continue
    }
    const rowNo = i + 1
    const get = (column: BatchColumn): Cell => {
      const index = header.map.get(column)
      return index === undefined ? undefined : cells[index]
    }
    const problems: BatchProblem[] = []
    let activity: Record<string, unknown> = {}
    const typeText = cellText(get('type'))
    if (typeText !== '') {
      const type = activityTypeOf(typeText)
      if (type) activity.type = type
      else problems.push({ row: rowNo, column: headers.type, field: 'type', error: { path: 'type', at: ['type'], code: 'enum', params: { allowed: typeChoices, got: typeText } } })
    }
    const date = normalizeDate(get('date'))
    if (date !== undefined) activity.date = date
    for (const field of ['hours', 'days', 'count', 'score'] as const) {
      const value = normalizeNumber(get(field))
      if (value !== undefined) activity[field] = value
    }
    const subjectText = cellText(get('subject'))
    if (subjectText !== '') {
      const subject = subjectOf(subjectText)
      if (subject) activity.subject = subject
      else problems.push({ row: rowNo, column: headers.subject, field: 'subject', error: { path: 'subject', at: ['subject'], code: 'enum', params: { allowed: ['公需', '专业'], got: subjectText } } })
    }
    // 备注 travels with the activity: for 其他折算 it says what was converted, and the reminder to check the document quotes it.
    const note = cellText(get('note'))
    if (note !== '') activity.note = note
    const ignored: BatchIgnored[] = []
    if (typeof activity.type === 'string') {
      const type = activity.type as ActivityType
      const fitted = fitToType(activity, type)
      for (const field of fitted.ignored) ignored.push({ row: rowNo, column: headers[field] ?? columnNames[field], field, type, value: cellText(get(field)) })
      if (fitted.conflict) {
        const { field, expect } = fitted.conflict
        problems.push({ row: rowNo, column: headers[field], field, error: { path: field, at: [field], code: 'enum', params: { allowed: [], got: cellText(get(field)), expect } } })
      }
      activity = fitted.activity
    }
    out.push({
      row: rowNo,
      name: cellText(get('name')),
      id: cellText(get('id')),
      year: normalizeYear(get('year')),
      note: cellText(get('note')),
      activity,
      problems,
      ignored,
    })
  }
  return { ok: true, rows: out, headers, skipped }
}

export { batchColumns }
