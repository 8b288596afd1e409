import { describe, expect, it } from 'vitest'
import { RULES } from '../../rules/index.ts'
import { rulePeriod, ruleValues } from './rule-format.ts'

describe('rulePeriod: a rule’s validFrom/validTo in words', () => {
  it('both ends, a start only, an end only, neither', () => {
    expect(rulePeriod('2025-06-13', '2026-05-31')).toBe('2025年6月13日至2026年5月31日')
    expect(rulePeriod('2025-06-13', null)).toBe('2025年6月13日起')
    expect(rulePeriod(null, '2025-06-12')).toBe('至2025年6月12日')
    expect(rulePeriod(null, null)).toBe('不限（通知未规定起止）')
  })

  it('every rule in the table gets a period that names its own dates', () => {
    for (const rule of RULES) {
      const text = rulePeriod(rule.validFrom, rule.validTo)
      if (rule.validFrom) expect(text).toContain(`${Number(rule.validFrom.slice(0, 4))}年`)
      if (rule.validTo) expect(text.endsWith('起')).toBe(false)
    }
  })
})

describe('ruleValues: a rule’s values in words', () => {
  it('names the known values in the order given, joined by 、', () => {
    expect(ruleValues({ total: 90, public: 30, professional: 60 })).toBe('总计学时 90、公需科目学时 30、专业科目学时 60')
    expect(ruleValues({ passMark: 60 })).toBe('及格分数 60')
  })

  it('a value without a Chinese name keeps its key; no values, no words', () => {
    expect(ruleValues({ hours: 30, perWeek: 2 })).toBe('学时 30、perWeek 2')
    expect(ruleValues({})).toBe('')
  })

  it('every value key the rules table uses has a Chinese name', () => {
    const unnamed = RULES.flatMap((r) => Object.keys(r.values).filter((k) => ruleValues({ [k]: 1 }) === `${k} 1`).map((k) => `${r.id}.${k}`))
    expect(unnamed).toEqual([])
  })
})
