/**
 * The columns that say whom a result row is about, shared by the batch page's downloads and the
 * command line's `check --csv`: two people of the same name differ by 证件号/工号.
 */
import type { PersonYear } from './check-batch.ts'

export interface PersonColumn {
  /** the header in English (the command line) and Chinese (the page's downloads) */
  en: string
  zh: string
  value: (e: PersonYear) => string
  /** the downloads leave it out when no row has one (the command line keeps a stable header) */
  optional?: boolean
}

export const personColumns: readonly PersonColumn[] = [
  { en: 'name', zh: '姓名', value: (e) => e.name },
  { en: 'id', zh: '证件号', value: (e) => e.id, optional: true },
  { en: 'year', zh: '年度', value: (e) => (e.year === undefined ? '' : String(e.year)) },
]

/** The person columns a download of these entries carries. */
export function personColumnsOf(entries: readonly PersonYear[]): PersonColumn[] {
  const anyId = entries.some((e) => e.id !== '')
  return personColumns.filter((c) => !c.optional || anyId)
}
