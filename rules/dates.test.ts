import { describe, expect, it } from 'vitest'
import { isRealDate, todayInChina, within, yearOf } from './dates.ts'

describe('isRealDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isRealDate('2025-06-13')).toBe(true)
    expect(isRealDate('2024-02-29')).toBe(true)
  })

  describe('edge cases', () => {
    it.each(['2026-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-6-13', '20250613', ''])(
      'rejects %s',
      (value) => expect(isRealDate(value)).toBe(false),
    )
    it('rejects 1900-02-29 (not a leap year) and accepts 2000-02-29', () => {
      expect(isRealDate('1900-02-29')).toBe(false)
      expect(isRealDate('2000-02-29')).toBe(true)
    })
  })
})

describe('within', () => {
  it('is inclusive at both ends and open on null', () => {
    expect(within('2025-06-13', '2025-06-13', null)).toBe(true)
    expect(within('2025-06-12', '2025-06-13', null)).toBe(false)
    expect(within('2025-06-12', null, '2025-06-12')).toBe(true)
  })
})

it('yearOf and todayInChina', () => {
  expect(yearOf('2026-04-10')).toBe(2026)
  // 17:00 UTC on 31 December is already 1 January in Beijing
  expect(todayInChina(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01')
})
