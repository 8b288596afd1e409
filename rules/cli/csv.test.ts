import { describe, expect, it } from 'vitest'
import { formatCsv, parseCsv } from './csv.ts'

describe('parseCsv', () => {
  it('reads an Excel export: BOM, CRLF, quoted fields', () => {
    const text = '\ufeffname,note\r\n"张三","说, ""好"""\r\n李四,"两\r\n行"\r\n'
    expect(parseCsv(text)).toEqual([['name', 'note'], ['张三', '说, "好"'], ['李四', '两\r\n行']])
  })
  describe('edge cases', () => {
    it('no final line break, empty fields, blank lines', () => {
      expect(parseCsv('a,b\n\n1,\n,2')).toEqual([['a', 'b'], ['1', ''], ['', '2']])
    })
    it('round-trips through formatCsv', () => {
      const rows = [['a', 'b,c'], ['"q"', '行\n二']]
      expect(parseCsv(formatCsv(rows))).toEqual(rows)
    })
  })
})
