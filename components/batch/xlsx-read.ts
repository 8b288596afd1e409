/**
 * The first sheet of an XLSX workbook as rows of cells, by read-excel-file (see the README for why
 * that package). Imported dynamically by the page, only when an XLSX file is chosen, so the page
 * does not carry the reader before that. The universal build reads from a Blob or ArrayBuffer and
 * starts no Web Worker (the site's CSP allows none from blob: URLs).
 */
import type { Cell } from '../../rules/batch/index.ts'

export async function readXlsxRows(data: Blob | ArrayBuffer): Promise<Cell[][]> {
  const { readSheet } = await import('read-excel-file/universal')
  const rows = await readSheet(data, 1, { trim: false })
  return rows.map((row) => row.map((cell) => cell as unknown as Cell))
}
