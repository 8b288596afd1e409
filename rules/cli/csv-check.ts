import { checkBatch, formatCsv, headerProblemText, ignoredText, personColumns, problemText, readCsvBytes } from '../batch/index.ts'
import type { Rule } from '../types.ts'
import { messagesFor, type Lang } from './render.ts'

export const CSV_OUTPUT_HEADER = [...personColumns.map((c) => c.en), 'total', 'public', 'professional', 'met',
  'shortfall_total', 'shortfall_public', 'shortfall_professional', 'error', 'notes'] as const

export type CsvCheck = { ok: true; csv: string; allMet: boolean } | { ok: false; message: string }

/**
 * HR mode: the file read by the shared batch parser (rules/batch: GBK or UTF-8, Chinese or English
 * headers), one output row per person and year. A bad row puts its message in that person-year's
 * error column instead of stopping the whole file.
 */
export function checkCsv(bytes: Uint8Array, asOf: string, rules: readonly Rule[], lang: Lang): CsvCheck {
  const m = messagesFor(lang)
  const r = checkBatch(readCsvBytes(bytes), { asOf, rules })
  if (!r.ok) return { ok: false, message: headerProblemText(m, r) }
  const out: string[][] = [[...CSV_OUTPUT_HEADER]]
  const join = (texts: string[]) => texts.join(lang === 'zh' ? '；' : '; ')
  for (const e of r.entries) {
    const who = personColumns.map((c) => c.value(e))
    const notes = join(e.ignored.map((n) => ignoredText(m, n)))
    if (!e.result) {
      out.push([...who, '', '', '', '', '', '', '', join(e.problems.map((p) => problemText(m, p))), notes])
      continue
    }
    const y = e.result
    out.push([...who, String(y.total), String(y.public), String(y.professional), String(y.met),
      String(y.shortfall.total), String(y.shortfall.public), String(y.shortfall.professional), '', notes])
  }
  return { ok: true, csv: formatCsv(out), allMet: r.entries.every((e) => e.result?.met === true) }
}
