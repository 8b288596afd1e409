import { describe, expect, it } from 'vitest'
import { decodeText } from './decode.ts'

describe('decodeText', () => {
  it('UTF-8 with a BOM, without one, and GBK', () => {
    const utf8 = new TextEncoder().encode('姓名,年度')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '姓名,年度', encoding: 'utf-8', bom: true })
    expect(decodeText(utf8)).toEqual({ text: '姓名,年度', encoding: 'utf-8', bom: false })
    // 姓名 in GBK
    expect(decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61]))).toEqual({ text: '姓名,a', encoding: 'gb18030', bom: false })
  })
  it('GB18030 four-byte characters', () => {
    // U+20000 in GB18030: 95 32 82 36
    expect(decodeText(new Uint8Array([0x95, 0x32, 0x82, 0x36])).text).toBe('\u{20000}')
  })
})
