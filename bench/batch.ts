/**
 * Section 10 — batch: the HR batch check (/calculator/batch/, CLI `check --csv`) on 1,000 activity
 * rows (target: under a second), as the page runs it — decode the file, read the sheet, check every
 * person-year, build the results table and the download — for a CSV with Chinese headers and
 * Chinese type names and for an XLSX workbook (read by read-excel-file). And the page's weight
 * before a file is chosen, from the seed build (target ≤ 50 KB gzipped, the calculator's budget).
 */
import { readXlsxRows } from '../components/batch/xlsx-read.ts'
import { writeXlsx } from '../components/batch/xlsx-write.ts'
import { checkBatch, columnNames, decodeText, formatCsv, parseCsv, resultTable, type BatchColumn, type Cell } from '../rules/batch/index.ts'
import { activityNames, RULES, zh } from '../rules/index.ts'
import { randomYearInput } from './calculator.ts'
import type { Context } from './lib/context.ts'
import { errorMessage, progress } from './lib/log.ts'
import { htmlFileFor, pageWeight } from './lib/page-assets.ts'
import { prng } from './lib/prng.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { verdict } from './lib/table.ts'
import { formatBytes, formatMs, median, round } from './lib/timing.ts'
import { siteBuild } from './site-build.ts'

const rowsTarget = 1000
const targetMs = 1000
const weightTargetBytes = 50 * 1024
const columns: BatchColumn[] = ['name', 'id', 'year', 'type', 'date', 'hours', 'days', 'count', 'subject', 'score', 'note']

/** 1,000 activity rows for about 170 people, as HR files have them: Chinese names, mixed date formats. */
export function staffSheet(rowCount: number, seed = 15): string[][] {
  const r = prng(seed)
  const rows: string[][] = [columns.map((c) => columnNames[c])]
  const dateFormats = [
    (d: string) => d,
    (d: string) => d.replaceAll('-', '/').replace(/\/0/g, '/'),
    (d: string) => d.replaceAll('-', '.').replace(/\.0/g, '.'),
    (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`,
  ]
  for (let person = 1; rows.length <= rowCount; person++) {
    const input = randomYearInput(r)
    for (const a of input.activities) {
      if (rows.length > rowCount) break
      const format = dateFormats[Math.floor(r() * dateFormats.length)]!
      const get = (field: string) => {
        const v = (a as unknown as Record<string, unknown>)[field]
        return v === undefined ? '' : String(v)
      }
      rows.push([
        `职工${person}`, `A${String(person).padStart(5, '0')}`, String(input.year), activityNames[a.type].zh, format(a.date),
        get('hours'), get('days'), get('count'), a.subject === undefined ? '' : a.subject === 'public' ? '公需' : '专业', get('score'), '',
      ])
    }
  }
  return rows
}

function timeRuns(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  return (async () => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      await fn()
      times.push(performance.now() - t0)
    }
    return times
  })()
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const errors: string[] = []
  const data: Record<string, unknown> = {}
  const sheet = staffSheet(rowsTarget)
  const csvBytes = new TextEncoder().encode(formatCsv(sheet))
  const xlsxBytes = writeXlsx(sheet)
  const asOf = '2026-12-01'
  const runs = ctx.options.quick ? 5 : 15

  let entries = 0
  const fromCsv = () => {
    const result = checkBatch(parseCsv(decodeText(csvBytes).text), { asOf, rules: RULES })
    if (!result.ok) throw new Error('header refused')
    entries = result.entries.length
    return formatCsv(resultTable(zh, result))
  }
  const fromXlsx = async () => {
    const rows: Cell[][] = await readXlsxRows(xlsxBytes.slice().buffer)
    const result = checkBatch(rows, { asOf, rules: RULES })
    if (!result.ok) throw new Error('header refused')
    return writeXlsx(resultTable(zh, result))
  }
  fromCsv()
  await fromXlsx()
  const csvTimes = await timeRuns(runs, fromCsv)
  const xlsxTimes = await timeRuns(runs, fromXlsx)
  data.csv = { rows: rowsTarget, personYears: entries, bytes: csvBytes.length, medianMs: round(median(csvTimes), 2), maxMs: round(Math.max(...csvTimes), 2), runs, targetMs, met: median(csvTimes) < targetMs }
  data.xlsx = { rows: rowsTarget, bytes: xlsxBytes.length, medianMs: round(median(xlsxTimes), 2), maxMs: round(Math.max(...xlsxTimes), 2), runs, targetMs, met: median(xlsxTimes) < targetMs }
  progress(`  1,000 rows: CSV ${formatMs(median(csvTimes))}, XLSX ${formatMs(median(xlsxTimes))} (median of ${runs})`)

  let weight: ReturnType<typeof pageWeight> | undefined
  try {
    const build = await siteBuild(ctx, 'seed')
    if (!build.ok) throw new Error(build.error ?? 'seed build failed')
    const file = htmlFileFor(build.dir, '/calculator/batch/')
    if (!file) throw new Error('the build has no /calculator/batch/ page')
    weight = pageWeight(build.dir, '/calculator/batch/', file)
    data.page = { totalGzipBytes: weight.total, jsGzipBytes: weight.js, htmlGzipBytes: weight.html, targetBytes: weightTargetBytes, met: weight.total <= weightTargetBytes }
  } catch (error) {
    errors.push(`page weight: ${errorMessage(error)}`)
  }

  return output({
    data,
    tables: [{
      title: 'Batch check (HR)',
      headers: ['figure', 'measured', 'target', ''],
      rows: [
        ['1,000 rows from CSV (decode, read, check, results CSV), median', formatMs(median(csvTimes)), '< 1 s', verdict(median(csvTimes) < targetMs)],
        ['1,000 rows from XLSX (read-excel-file, check, results XLSX), median', formatMs(median(xlsxTimes)), '< 1 s', verdict(median(xlsxTimes) < targetMs)],
        ['page before a file is chosen, gzipped (HTML + CSS + JS)', weight ? formatBytes(weight.total) : '—', '≤ 50 KB', verdict(weight ? weight.total <= weightTargetBytes : null)],
      ],
      notes: [
        `${rowsTarget} random valid activity rows (Chinese headers and type names, four date formats) for ${entries} person-years; median of ${runs} runs after one warm-up, in Node ${process.version} (Chromium's V8 is comparable). The XLSX reader is not in the page weight: the page imports it only when an XLSX file is chosen.`,
      ],
    }],
    errors,
  })
}
