import { describe, expect, it } from 'vitest'
import { meets, requirementFor, shortfallOf } from './requirement.ts'
import { RULES } from './table.ts'

describe('requirementFor: 90 in all, public 30, professional 60', () => {
  it('before 13 June 2025: the 90 is cited where it is printed (43号 三（一）, 地矿局 四（一）), 30 and 60 also to 115号 五（四）', () => {
    const { required, rule } = requirementFor(2021, RULES)
    expect(required).toEqual({ total: 90, public: 30, professional: 60 })
    expect(rule.source).toBe('宜人社秘〔2023〕43号')
    expect(rule.article).toBe('三（一）')
    expect(rule.also?.map((s) => `${s.source} ${s.article}`)).toEqual(['省地矿局2021年5月14日通知 四（一）', '皖人社秘〔2021〕115号 五（四）（公需30、专业60）'])
  })
  it('2025, straddling the split, is assessed by the rule in force at year end (109号 via 85号 二)', () => {
    expect(requirementFor(2025, RULES).rule.id).toBe('requirement-109')
  })
  it('shortfall is never negative', () => {
    const got = { total: 100, public: 20, professional: 80 }
    const req = requirementFor(2026, RULES).required
    expect(shortfallOf(got, req)).toEqual({ total: 0, public: 10, professional: 0 })
    expect(meets(got, req)).toBe(false)
  })
  it('shortfall is exact to the hundredth: 60 − 59.7 is 0.3', () => {
    const req = requirementFor(2026, RULES).required
    expect(shortfallOf({ total: 89.7, public: 30, professional: 59.7 }, req)).toEqual({ total: 0.3, public: 0, professional: 0.3 })
    expect(meets({ total: 89.99, public: 30, professional: 59.99 }, req)).toBe(false)
  })
})
