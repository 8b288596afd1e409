import { describe, expect, it } from 'vitest'
import { enDate, fmt, shown, zhDate } from './format.ts'

describe('format', () => {
  it('dates as the notices write them', () => {
    expect(zhDate('2025-06-13')).toBe('2025年6月13日')
    expect(enDate('2025-06-13')).toBe('13 June 2025')
  })
  it('hours with at most two decimals', () => {
    expect(fmt(37)).toBe('37')
    expect(fmt(12.255)).toBe('12.26')
  })
  describe('edge cases', () => {
    it('values received are shown as JSON, undefined as such', () => {
      expect(shown('x')).toBe('"x"')
      expect(shown(undefined)).toBe('undefined')
      expect(shown(Number.NaN)).toBe('null')
    })
  })
})
