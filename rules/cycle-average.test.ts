import { describe, expect, it } from 'vitest'
import { average, spreadHours } from './cycle-average.ts'

describe('spreadHours (make-up the following year only; no cramming)', () => {
  it('2021 short 30, 2022 has 120: the surplus makes up 2021', () => {
    const r = spreadHours([60, 120], 90)
    expect(r.effective).toEqual([90, 90])
    expect(r.madeUp).toEqual([0, 30])
    expect(r.leftover).toEqual([0, 0])
  })
  it('cycle 2021–2025, 450 hours all in 2025: only 90 + a make-up of 2024 count', () => {
    const r = spreadHours([0, 0, 0, 0, 450], 90)
    expect(r.effective).toEqual([0, 0, 0, 90, 90])
    expect(r.leftover[4]).toBe(270)
    expect(average(r.effective)).toBe(36)
    expect(average([0, 0, 0, 0, 450])).toBe(90)
  })
  describe('edge cases', () => {
    it('a surplus never counts for a later year', () => {
      expect(spreadHours([180, 0], 90).effective).toEqual([90, 0])
    })
    it('no years', () => {
      expect(spreadHours([], 90).effective).toEqual([])
      expect(average([])).toBe(0)
    })
  })
})
