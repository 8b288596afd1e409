import { describe, expect, it } from 'vitest'
import { average, averageMeets, averageShortfall, capHours, offsets } from './cycle-average.ts'

describe('capHours (突击: at most twice the yearly requirement a year)', () => {
  it('cycle 2021–2025, 450 professional hours all in 2025: 120 count, 330 are flagged', () => {
    const r = capHours([0, 0, 0, 0, 450], 120)
    expect(r.counted).toEqual([0, 0, 0, 0, 120])
    expect(r.notCounted).toEqual([0, 0, 0, 0, 330])
    expect(average(r.counted)).toBe(24)
    expect(average([0, 0, 0, 0, 450])).toBe(90)
  })
  it('a year at exactly twice the requirement loses nothing', () => {
    expect(capHours([120, 0], 120)).toEqual({ counted: [120, 0], notCounted: [0, 0] })
  })
})

describe('offsets (the average: a surplus offsets a shortfall in any year of the cycle)', () => {
  it('2024 professional 70, 2025 professional 50: the 10 over in 2024 offsets 2025', () => {
    expect(offsets([70, 50], 60)).toEqual([10, 0])
  })
  it('a later surplus offsets an earlier shortfall too', () => {
    expect(offsets([30, 90], 60)).toEqual([0, 30])
  })
  describe('edge cases', () => {
    it('more surplus than shortfall: only what is lacking is used', () => {
      expect(offsets([120, 50], 60)).toEqual([10, 0])
    })
    it('no years', () => {
      expect(offsets([], 60)).toEqual([])
      expect(average([])).toBe(0)
    })
  })
})

describe('the average is compared exactly, and rounded only to be shown', () => {
  it('60, 60, 59.99 does not reach 60: shown as 59.99, short by 0.01', () => {
    expect(averageMeets([60, 60, 59.99], 60)).toBe(false)
    expect(average([60, 60, 59.99])).toBe(59.99)
    expect(averageShortfall([60, 60, 59.99], 60)).toBe(0.01)
  })
  it('40, 40, 60: average 46.66 shown, 13.34 short, no float noise', () => {
    expect(average([40, 40, 60])).toBe(46.66)
    expect(averageShortfall([40, 40, 60], 60)).toBe(13.34)
  })
  it('0.1 + 0.2 + 59.7 reaches 60 exactly', () => {
    expect(averageMeets([0.1, 0.2, 59.7], 20)).toBe(true)
    expect(averageShortfall([0.1, 0.2, 59.7], 20)).toBe(0)
  })
})
