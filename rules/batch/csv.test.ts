import { describe, expect, it } from 'vitest'
import { formatCsv, parseCsv } from './csv.ts'

describe('parseCsv', () => {
  it('reads an Excel export: BOM, CRLF, quoted fields', () => {
    const text = '\ufeffname,note\r\n"张三","说, ""好"""\r\n李四,"两\r\n行"\r\n'
    expect(parseCsv(text)).toEqual([['name', 'note'], ['张三', '说, "好"'], ['李四', '两\r\n行']])
  })
  describe('edge cases', () => {
    it('no final line break, empty fields; blank lines kept so row numbers stay as Excel shows them', () => {
      expect(parseCsv('a,b\n\n1,\n,2')).toEqual([['a', 'b'], [''], ['1', ''], ['', '2']])
    })
    it('tab-separated text when the header has tabs and no commas', () => {
      expect(parseCsv('姓名\t年度\n张三\t2026\n')).toEqual([['姓名', '年度'], ['张三', '2026']])
    })
    it('round-trips through formatCsv', () => {
      const rows = [['a', 'b,c'], ['"q"', '行\n二']]
      expect(parseCsv(formatCsv(rows))).toEqual(rows)
    })
  })
})

describe('formatCsv', () => {
  it('writes formula-looking cells as text, numbers as numbers', () => {
    const out = formatCsv([['=1+1', '+86', '-x', '@SUM(A1)', '-5', '3.5', '张三']])
    expect(out).toBe("\ufeff'=1+1,'+86,'-x,'@SUM(A1),-5,3.5,张三\r\n")
  })
  it('keeps long digits and leading zeros as text in Excel with a leading tab; nothing that can be evaluated gets one', () => {
    const out = formatCsv([['340101199001010011', '0012', '90', '0', '0.5', '34010119900101001X', '\t=1+1', '13800138000']])
    expect(out).toBe("\ufeff\t340101199001010011,\t0012,90,0,0.5,34010119900101001X,'\t=1+1,13800138000\r\n")
  })
})
