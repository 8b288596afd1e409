import { describe, expect, it } from 'vitest'
import { substitute } from './substitution.ts'

const req = { total: 90, public: 30, professional: 60 }

describe('substitute (芜人社秘〔2025〕85号 五（二）)', () => {
  it('2026: 100 professional, 0 public → 30 move over: public 30, professional 70', () => {
    expect(substitute({ public: 0, professional: 100 }, req, true)).toEqual({ public: 30, professional: 70, moved: 30 })
  })
  it('only the surplus above 60 moves', () => {
    expect(substitute({ public: 10, professional: 70 }, req, true)).toEqual({ public: 20, professional: 60, moved: 10 })
  })
  it('public hours never count as professional', () => {
    expect(substitute({ public: 90, professional: 0 }, req, true)).toEqual({ public: 90, professional: 0, moved: 0 })
  })
  describe('edge cases', () => {
    it('2024 and earlier: no substitution (interpretation)', () => {
      expect(substitute({ public: 0, professional: 100 }, req, false).moved).toBe(0)
    })
    it('nothing moves when public is already met', () => {
      expect(substitute({ public: 30, professional: 100 }, req, true).moved).toBe(0)
    })
  })
})
