/**
 * Spreadsheets in and out: XLSX through exceljs, CSV as UTF-8 (with the byte-order mark Excel
 * needs to read Chinese). A sheet is a header row and rows of plain values.
 */
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'

export type Cell = string | number | boolean | Date | null
export interface Sheet {
  name: string
  header: string[]
  rows: Cell[][]
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const csvType = 'text/csv; charset=utf-8'

/** exceljs's cell values (rich text, links, formulas, dates) as one plain value. */
function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('result' in value) return plain(value.result as ExcelJS.CellValue)
    if ('error' in value) return null
  }
  return String(value)
}

function fromWorksheet(sheet: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: Cell[] = []
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(plain(row.getCell(c).value))
    rows.push(cells)
  })
  const [header = [], ...body] = rows
  return { name: sheet.name, header: header.map((h) => (h === null ? '' : String(h).trim())), rows: body }
}

/** The first sheet of an XLSX or a CSV file, told apart by its content (an XLSX is a zip). */
export async function readSheet(data: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  if (data.subarray(0, 2).toString('latin1') === 'PK') {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('表格文件中没有工作表')
    return fromWorksheet(sheet)
  }
  const text = data.toString('utf8').replace(/^\uFEFF/, '')
  const sheet = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter: text.includes('\t') && !text.includes(',') ? '\t' : ',' } })
  return fromWorksheet(sheet)
}

/** An XLSX workbook of the sheets, header rows bold and frozen, columns wide enough for Chinese. */
export async function writeXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '安徽专技继续教育'
  for (const { name, header, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.addRow(header).font = { bold: true }
    for (const row of rows) sheet.addRow(row)
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[header[i] ?? '', ...rows.map((r) => r[i])].map((v) => String(v ?? '').length))
      column.width = Math.min(60, Math.max(10, longest * 2 + 2))
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function csvCell(value: Cell): string {
  const text = value === null ? '' : value instanceof Date ? value.toISOString() : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function writeCsv({ header, rows }: Sheet): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}
