import { describe, expect, it } from 'vitest'
import { splitCycle } from './cycle-substitution.ts'

// whole hundredths, as check-cycle passes them
const h = (n: number) => n * 100
const required = { total: h(90), public: h(30), professional: h(60) }
const cap = { public: h(60), professional: h(120) }
const year = (pub: number, pro: number, applies = true) => ({ public: h(pub), professional: h(pro), applies })

describe('splitCycle (芜人社秘〔2025〕85号 五（二）, split most favourable to the person)', () => {
  it('2024 0/90, 2025 0/200: the 60 hours above the 2025 cap count as public, nothing traded', () => {
    expect(splitCycle([year(0, 90, false), year(0, 200)], required, cap)).toEqual([{ free: 0, traded: 0 }, { free: h(60), traded: 0 }])
  })
  it('2025 40/200: only 20 move free, the public cap is 60', () => {
    expect(splitCycle([year(40, 200)], required, cap)).toEqual([{ free: h(20), traded: 0 }])
  })
  it('2025 and 2026 at 0/90: 30 each trade for the cycle’s public shortfall', () => {
    expect(splitCycle([year(0, 90), year(0, 90)], required, cap)).toEqual([{ free: 0, traded: h(30) }, { free: 0, traded: h(30) }])
  })
  it('no trade when the cycle’s professional hours have nothing to spare', () => {
    expect(splitCycle([year(0, 40, false), year(0, 80)], required, cap)).toEqual([{ free: 0, traded: 0 }, { free: 0, traded: 0 }])
  })
  it('a trade stops at the cycle’s professional requirement, not only the year’s', () => {
    expect(splitCycle([year(0, 50, false), year(0, 100)], required, cap)[1]).toEqual({ free: 0, traded: h(30) })
  })
  describe('edge cases', () => {
    it('years before 2025 never move', () => {
      expect(splitCycle([year(0, 300, false)], required, cap)).toEqual([{ free: 0, traded: 0 }])
    })
    it('public never moves to professional', () => {
      expect(splitCycle([year(120, 0)], required, cap)).toEqual([{ free: 0, traded: 0 }])
    })
    it('nothing trades once the cycle’s public sum is met', () => {
      expect(splitCycle([year(60, 60, false), year(0, 100)], required, cap)).toEqual([{ free: 0, traded: 0 }, { free: 0, traded: 0 }])
    })
  })
})
