/**
 * The first sheet of an XLSX workbook as rows of cells, by read-excel-file (see the README for why
 * that package). Imported dynamically by the page, only when an XLSX file is chosen, so the page
 * does not carry the reader before that. The universal build reads from a Blob or ArrayBuffer and
 * starts no Web Worker of its own.
 */
import type { Cell } from '../../rules/batch/index.ts'

/**
 * fflate (inside read-excel-file) inflates a zip entry of 320,000 compressed bytes or more in a
 * Web Worker made from a blob: URL, which the site's CSP forbids, and it would then wait forever.
 */
export const largestInflatedInPlace = 320_000

export class WorkbookTooLargeError extends Error {}

/** The largest deflated entry of a zip (compressed size), from its central directory (0 when it cannot be read). */
export function largestZipEntry(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65_557); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue
    const count = view.getUint16(end + 10, true)
    let at = view.getUint32(end + 16, true)
    let largest = 0
    for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) break
      if (view.getUint16(at + 10, true) === 8) largest = Math.max(largest, view.getUint32(at + 20, true))
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    }
    return largest
  }
  return 0
}

export async function readXlsxRows(data: ArrayBuffer): Promise<Cell[][]> {
  if (largestZipEntry(new Uint8Array(data)) >= largestInflatedInPlace) throw new WorkbookTooLargeError('workbook part too large to read in the page')
  const { readSheet } = await import('read-excel-file/universal')
  const rows = await readSheet(data, 1, { trim: false })
  return rows.map((row) => row.map((cell) => cell as unknown as Cell))
}
