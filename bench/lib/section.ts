/** What every section returns; run.ts adds the id, title and duration. */
import type { Table } from './table.ts'

export interface SectionOutput {
  /** `ok`, `partial` (some figures missing, see errors) or `not measured: <why>` */
  status: string
  /** the figures, as JSON */
  data: Record<string, unknown>
  tables: Table[]
  notes: string[]
  /** problems met while measuring; each is also reflected in `status` */
  errors: string[]
}

export interface SectionReport extends SectionOutput {
  id: string
  title: string
  ms: number
}

export function output(partial: Partial<SectionOutput> & { data: Record<string, unknown> }): SectionOutput {
  const errors = partial.errors ?? []
  return {
    status: partial.status ?? (errors.length ? 'partial' : 'ok'),
    data: partial.data,
    tables: partial.tables ?? [],
    notes: partial.notes ?? [],
    errors,
  }
}

export function notMeasured(why: string, data: Record<string, unknown> = {}): SectionOutput {
  return { status: `not measured: ${why}`, data, tables: [], notes: [], errors: [why] }
}
