/**
 * Batch check of HR files (RULES.md §6), shared by the CLI's `check --csv` and the site's batch
 * page: decode the bytes, read CSV, map the sheet, check each person-year, word the results.
 * No packages: the XLSX reader lives outside rules/ (components/batch/) and hands over rows of cells.
 */
export { decodeText, type DecodedText, type TextEncoding } from './decode.ts'
export { parseCsv, formatCsv, textSafe } from './csv.ts'
export { cellText, normalizeDate, normalizeNumber, normalizeYear, excelSerialToDate, type Cell } from './cells.ts'
export { batchColumns, columnNames, requiredColumns, columnOf, activityTypeOf, subjectOf, type BatchColumn } from './fields.ts'
export { readBatchTable, type BatchRow, type BatchIgnored, type BatchProblem, type BatchTable, type BatchHeaderProblem } from './table.ts'
export { checkBatch, type BatchResult, type BatchStatus, type BatchSummary, type PersonYear, type BatchOptions } from './check-batch.ts'
export { statusNames, problemText, ignoredText, warningLines, warningTexts, shortLine, shortText, citedPlainText, summaryText, headerProblemText, resultTable, type CitedText } from './words.ts'
export { templateRows } from './template.ts'
export { personColumns, personColumnsOf, type PersonColumn } from './person-columns.ts'

import { parseCsv } from './csv.ts'
import { decodeText } from './decode.ts'

/** A CSV file's bytes → rows of cells, whatever encoding Excel saved it in. */
export function readCsvBytes(bytes: Uint8Array): string[][] {
  return parseCsv(decodeText(bytes).text)
}
