/**
 * The batch check for HR (RULES.md §6): a sheet of activities, one a row, → one result per person
 * and year. A bad row never stops the file: its problems are named by row and column and that
 * person-year is marked as having problems; every other person-year is worked out as usual.
 */
import { evaluateYear } from '../check-year.ts'
import type { Rule, TopicInfo, ValidationError, YearOutcome, YearResult } from '../types.ts'
import { validateYearInput } from '../validate.ts'
import type { Cell } from './cells.ts'
import { columnNames, type BatchColumn } from './fields.ts'
import { readBatchTable, type BatchHeaderProblem, type BatchIgnored, type BatchProblem, type BatchRow } from './table.ts'

export type BatchStatus = YearOutcome | 'error'

export interface PersonYear {
  name: string
  id: string
  year: string | number | undefined
  /** the sheet rows this person-year comes from */
  rows: number[]
  /** the row of each activity the result's lines name (activities[i] → activityRows[i]) */
  activityRows: number[]
  status: BatchStatus
  /** absent when a row has problems */
  result?: YearResult
  problems: BatchProblem[]
  /** filled columns the activities do not use, dropped with a notice */
  ignored: BatchIgnored[]
}

export interface BatchSummary {
  /** person-years */
  entries: number
  /** distinct people (by 证件号 where given, else by name) */
  people: number
  years: (string | number)[]
  met: number
  notMet: number
  inProgress: number
  error: number
}

export interface BatchResult {
  ok: true
  entries: PersonYear[]
  summary: BatchSummary
  /** activity rows read, blank rows skipped */
  rowsRead: number
  skipped: number
}

export interface BatchOptions {
  asOf: string
  rules: readonly Rule[]
  topics?: readonly TopicInfo[]
}

function problemFor(row: BatchRow, headers: Partial<Record<BatchColumn, string>>, error: ValidationError): BatchProblem {
  const field = error.at[0]
  const column = typeof field === 'string' && field in headers ? (field as BatchColumn) : undefined
  const name = (c: BatchColumn) => headers[c] ?? columnNames[c]
  const related = error.code === 'one-of' && error.params.expect === 'hours-or-count' ? { related: [name('hours'), name('count')] } : {}
  return { row: row.row, ...(column ? { column: headers[column], field: column } : {}), error, ...related }
}

function required(row: BatchRow, headers: Partial<Record<BatchColumn, string>>, field: BatchColumn): BatchProblem {
  return { row: row.row, column: headers[field], field, error: { path: field, at: [field], code: 'required', params: {} } }
}

function checkGroup(rows: BatchRow[], headers: Partial<Record<BatchColumn, string>>, options: BatchOptions): PersonYear {
  const first = rows[0]!
  const problems: BatchProblem[] = rows.flatMap((r) => r.problems)
  if (first.name === '') problems.push(...rows.map((r) => required(r, headers, 'name')))
  if (first.year === undefined) problems.push(...rows.map((r) => required(r, headers, 'year')))
  const readable = rows.filter((r) => r.problems.length === 0)
  const v = validateYearInput({ year: first.year, activities: readable.map((r) => r.activity) })
  if (!v.ok) {
    for (const e of v.errors) {
      const [list, index, ...rest] = e.at
      if (list === 'activities' && typeof index === 'number' && readable[index]) {
        problems.push(problemFor(readable[index], headers, { ...e, at: rest, path: rest.join('.') }))
      } else if (list === 'year' && first.year !== undefined) {
        problems.push(...rows.map((r) => problemFor(r, headers, e)))
      } else if (list !== 'year') {
        problems.push(problemFor(first, headers, e))
      }
    }
  }
  const base = { name: first.name, id: first.id, year: first.year, rows: rows.map((r) => r.row), activityRows: readable.map((r) => r.row), ignored: rows.flatMap((r) => r.ignored) }
  if (problems.length > 0 || !v.ok) {
    problems.sort((a, b) => a.row - b.row)
    return { ...base, status: 'error', problems }
  }
  const result = evaluateYear(v.value, options.asOf, options.rules, options.topics ?? [])
  return { ...base, status: result.outcome, result, problems: [] }
}

/** Checks a whole sheet; a missing required column is the only thing that refuses the file. */
export function checkBatch(sheet: readonly (readonly Cell[])[], options: BatchOptions): BatchResult | BatchHeaderProblem {
  const table = readBatchTable(sheet)
  if (!table.ok) return table
  const groups = new Map<string, BatchRow[]>()
  for (const row of table.rows) {
    const who = row.id !== '' ? `id:${row.id}` : `name:${row.name}`
    const key = `${who}\u0000${String(row.year ?? '')}`
    const list = groups.get(key) ?? []
    list.push(row)
    groups.set(key, list)
  }
  const entries = [...groups.values()].map((rows) => checkGroup(rows, table.headers, options))
  const count = (s: BatchStatus) => entries.filter((e) => e.status === s).length
  const people = new Set(entries.map((e) => (e.id !== '' ? `id:${e.id}` : `name:${e.name}`)))
  const years = [...new Set(entries.map((e) => e.year).filter((y): y is string | number => y !== undefined))]
  return {
    ok: true,
    entries,
    summary: { entries: entries.length, people: people.size, years, met: count('met'), notMet: count('not-met'), inProgress: count('in-progress'), error: count('error') },
    rowsRead: table.rows.length,
    skipped: table.skipped,
  }
}
