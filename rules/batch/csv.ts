/**
 * CSV as Excel writes it: optional BOM, CRLF or LF, quoted fields with "" escapes, commas and
 * line breaks. Tab-separated text (Excel's "Unicode text") is read too, when the header row has
 * tabs and no commas.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const firstLine = src.slice(0, src.search(/\r|\n|$/))
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        field += ch
      }
    } else if (ch === '"' && field === '') {
      quoted = true
    } else if (ch === sep) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += ch
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  // blank lines stay, as Excel counts them: the batch table skips them and keeps row numbers right
  return rows
}

/**
 * A cell Excel would take for a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading single quote, so Excel shows it as text (OWASP's advice against CSV injection). Plain
 * numbers such as -5 are not formulas and stay as they are.
 */
export function textSafe(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * Digits Excel would read as a number and mangle (an 18-digit 证件号 shown as 3.40101E+17 with its
 * last digits lost, a 工号 0012 as 12) get a leading tab, which makes Excel keep the cell as text.
 * The tab is followed by digits only, so there is nothing to evaluate; a cell that itself starts with
 * a tab is still escaped by textSafe. (The XLSX download needs none of this: it writes strings as strings.)
 */
export function digitsAsText(value: string): string {
  return /^(0\d+|\d{12,})$/.test(value) ? `\t${value}` : value
}

/** CSV for Excel: BOM so Chinese shows correctly, CRLF line ends, formula-looking cells and long digits as text. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + rows.map((r) => r.map((v) => quote(digitsAsText(textSafe(v)))).join(',')).join('\r\n') + '\r\n'
}
