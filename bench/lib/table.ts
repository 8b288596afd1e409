/** Markdown tables for `latest.md`. */

export type Cell = string | number | null | undefined

export interface Table {
  title?: string
  headers: string[]
  rows: Cell[][]
  /** lines printed under the table */
  notes?: string[]
}

const cell = (value: Cell): string =>
  value === null || value === undefined || value === '' ? '—' : String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function markdownTable({ title, headers, rows, notes }: Table): string {
  const lines: string[] = []
  if (title) lines.push(`**${title}**`, '')
  lines.push(`| ${headers.map(cell).join(' | ')} |`)
  lines.push(`|${headers.map(() => '---').join('|')}|`)
  for (const row of rows) lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`)
  if (notes?.length) lines.push('', ...notes.map((n) => `- ${n}`))
  return lines.join('\n')
}

/** ✅ / ❌ next to a figure compared with its target; — when unmeasured. */
export function verdict(ok: boolean | null | undefined): string {
  if (ok === null || ok === undefined) return '—'
  return ok ? '✅' : '❌'
}
