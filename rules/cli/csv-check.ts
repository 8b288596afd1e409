import { evaluateYear } from '../check-year.ts'
import { errorText } from '../messages/word.ts'
import { formatCsv, parseCsv } from './csv.ts'
import { messagesFor, type Lang } from './render.ts'
import { formatPath } from '../paths.ts'
import type { Rule } from '../types.ts'
import { validateYearInput } from '../validate.ts'

export const CSV_INPUT_HEADER = ['name', 'year', 'type', 'date', 'hours', 'days', 'count', 'subject'] as const
export const CSV_OUTPUT_HEADER = ['name', 'year', 'total', 'public', 'professional', 'met',
  'shortfall_total', 'shortfall_public', 'shortfall_professional', 'error'] as const

const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** A cell as JSON would carry it: empty → absent, a number → number, anything else kept as text. */
function cell(value: string | undefined): string | number | undefined {
  const v = (value ?? '').trim()
  if (v === '') return undefined
  return numeric.test(v) ? Number(v) : v
}

interface Group {
  name: string
  year: string
  rows: { rowNo: number; activity: Record<string, unknown> }[]
}

export type CsvCheck = { ok: true; csv: string; allMet: boolean } | { ok: false; message: string }

/**
 * HR mode: one activity per row, one output row per person and year. A bad row puts its message
 * in that person-year's error column instead of stopping the whole file.
 */
export function checkCsv(text: string, asOf: string, rules: readonly Rule[], lang: Lang): CsvCheck {
  const rows = parseCsv(text)
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  const missing = CSV_INPUT_HEADER.filter((h) => !header.includes(h))
  if (missing.length > 0) {
    return {
      ok: false,
      message: lang === 'zh'
        ? `CSV 表头缺少列：${missing.join(', ')}（应为 ${CSV_INPUT_HEADER.join(',')}）`
        : `CSV header lacks columns: ${missing.join(', ')} (expected ${CSV_INPUT_HEADER.join(',')})`,
    }
  }
  const col = (row: string[], name: string) => row[header.indexOf(name)]
  const groups = new Map<string, Group>()
  rows.slice(1).forEach((row, i) => {
    const name = (col(row, 'name') ?? '').trim()
    const year = (col(row, 'year') ?? '').trim()
    const key = `${name}\u0000${year}`
    const group = groups.get(key) ?? { name, year, rows: [] }
    groups.set(key, group)
    const activity: Record<string, unknown> = {}
    for (const field of ['type', 'date', 'subject'] as const) {
      const v = (col(row, field) ?? '').trim()
      if (v !== '') activity[field] = v
    }
    for (const field of ['hours', 'days', 'count'] as const) {
      const v = cell(col(row, field))
      if (v !== undefined) activity[field] = v
    }
    group.rows.push({ rowNo: i + 2, activity })
  })

  const out: string[][] = [[...CSV_OUTPUT_HEADER]]
  let allMet = true
  for (const g of groups.values()) {
    const errors: string[] = []
    if (g.name === '') errors.push(lang === 'zh' ? `第${g.rows.map((r) => r.rowNo).join('、')}行：name（姓名）必须填写` : `row ${g.rows.map((r) => r.rowNo).join(', ')}: name is required`)
    const year = cell(g.year)
    const v = validateYearInput({ year, activities: g.rows.map((r) => r.activity) })
    if (!v.ok) {
      for (const e of v.errors) {
        const [list, index, ...field] = e.at
        if (list !== 'activities' || typeof index !== 'number') {
          errors.push(errorText(messagesFor(lang), e))
          continue
        }
        // the row stands for the activity: "第4行 days（天数）：…"
        const rowNo = g.rows[index]?.rowNo
        const where = rowNo === undefined ? '' : lang === 'zh' ? `第${rowNo}行 ` : `row ${rowNo}: `
        errors.push(where + errorText(messagesFor(lang), e, field.length > 0 ? formatPath(field) : ''))
      }
    }
    if (errors.length > 0 || !v.ok) {
      allMet = false
      out.push([g.name, g.year, '', '', '', '', '', '', '', errors.join('；')])
      continue
    }
    const r = evaluateYear(v.value, asOf, rules)
    if (!r.met) allMet = false
    out.push([g.name, String(r.year), String(r.total), String(r.public), String(r.professional), String(r.met),
      String(r.shortfall.total), String(r.shortfall.public), String(r.shortfall.professional), ''])
  }
  return { ok: true, csv: formatCsv(out), allMet }
}
