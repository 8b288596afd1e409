/**
 * A notice's dates for feeds and the sitemap. `published` is the document's own date: 发布日期,
 * else 成文日期, else only its year (`precision: 'year'`, said in words wherever it is shown).
 * `updated` is its last real edit: the import of the starting corpus is not an edit, so a
 * document as the import left it is dated by its own date, and any later save by the save.
 */
export interface DatedNotice {
  datePublished?: string | undefined
  dateIssued?: string | undefined
  year: number
  createdAt?: string | undefined
  updatedAt: string
}

export interface NoticeDates {
  /** YYYY-MM-DD (the 1 January of the year when only the year is known) */
  published: string
  precision: 'day' | 'year'
  /** ISO timestamp or YYYY-MM-DD */
  updated: string
}

/** Saves within this long of the first document's creation belong to the import (seed) itself. */
const IMPORT_WINDOW_MS = 10 * 60 * 1000

/** The end of the import batch: the earliest creation among the documents, plus the window. */
export function importBatchEnd(docs: ReadonlyArray<{ createdAt?: string | undefined }>): number | undefined {
  const times = docs.map((d) => (d.createdAt ? Date.parse(d.createdAt) : NaN)).filter((t) => !Number.isNaN(t))
  return times.length ? Math.min(...times) + IMPORT_WINDOW_MS : undefined
}

export function noticeDates(n: DatedNotice, batchEnd: number | undefined): NoticeDates {
  const own = n.datePublished ?? n.dateIssued
  const published = own ?? `${n.year}-01-01`
  const edited = Date.parse(n.updatedAt)
  const asImported = batchEnd !== undefined && !Number.isNaN(edited) && edited <= batchEnd
  return { published, precision: own ? 'day' : 'year', updated: asImported ? published : n.updatedAt }
}

/** The published date in words: 2021年5月14日, or 2015年（具体日期未载明）. */
export function publishedText(d: NoticeDates): string {
  const [y, m, day] = d.published.split('-').map(Number)
  return d.precision === 'year' ? `${y}年（具体日期未载明）` : `${y}年${m}月${day}日`
}
