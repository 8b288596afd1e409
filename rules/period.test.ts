import { describe, expect, it } from 'vitest'
import { pickPeriod, requirePeriod, ruleValue, rulesInForce } from './period.ts'
import { RULES } from './table.ts'
import type { Rule } from './types.ts'

const a: Rule = {
  id: 'a', key: 'k', title: { zh: '', en: '' }, summary: { zh: '', en: '' }, source: 'S', article: '一', seed: 's',
  validFrom: null, validTo: '2025-06-12', interpretation: false, values: { n: 1 },
}
const b: Rule = { ...a, id: 'b', validFrom: '2025-06-13', validTo: null, values: { n: 2 } }

describe('pickPeriod', () => {
  it('picks the period containing the date', () => {
    expect(pickPeriod([a, b], 'k', '2025-06-12')?.id).toBe('a')
    expect(pickPeriod([a, b], 'k', '2025-06-13')?.id).toBe('b')
  })
  it('a future date previews the period in force then', () => {
    const c: Rule = { ...b, id: 'c', validFrom: '2030-01-01' }
    const bClosed: Rule = { ...b, validTo: '2029-12-31' }
    expect(pickPeriod([a, bClosed, c], 'k', '2030-05-01')?.id).toBe('c')
  })
  describe('edge cases', () => {
    it('returns undefined when no period contains the date, and requirePeriod throws', () => {
      expect(pickPeriod([b], 'k', '2020-01-01')).toBeUndefined()
      expect(() => requirePeriod([b], 'k', '2020-01-01')).toThrow(/no period/)
    })
    it('throws on overlapping periods', () => {
      expect(() => pickPeriod([a, { ...b, validFrom: null }], 'k', '2024-01-01')).toThrow(/overlap/)
    })
    it('ruleValue never returns a silent zero', () => {
      expect(() => ruleValue(a, 'missing')).toThrow(/no value/)
    })
  })
})

describe('the rules table', () => {
  it('has unique ids, a source, an article and a seed for every rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const r of RULES) {
      expect(r.source.length).toBeGreaterThan(2)
      expect(r.article.length).toBeGreaterThan(0)
      expect(r.seed).toMatch(/^00\d_[0-9a-f]{16}\.txt$/)
      if (r.validFrom && r.validTo) expect(r.validFrom <= r.validTo).toBe(true)
    }
  })
  it('has no overlapping periods for any key on any day from 2018 to 2031', () => {
    const keys = [...new Set(RULES.map((r) => r.key))]
    for (let d = Date.UTC(2018, 0, 1); d <= Date.UTC(2031, 11, 31); d += 86_400_000) {
      const date = new Date(d).toISOString().slice(0, 10)
      for (const key of keys) expect(() => pickPeriod(RULES, key, date)).not.toThrow()
    }
  })
  it('has a current period for every rule the yearly check needs (fails when a period is missing)', () => {
    const today = new Date().toISOString().slice(0, 10)
    for (const key of ['requirement', 'regime', 'public-topic', 'training', 'lecture', 'courseware', 'degree',
      'qualification-exam', 'other-conversion', 'highest-option', 'substitution', 'make-up', 'professional']) {
      expect(pickPeriod(RULES, key, today), key).toBeDefined()
    }
  })
  it('marks as interpretation exactly what RULES.md calls interpretation', () => {
    const interpretations = RULES.filter((r) => r.interpretation).map((r) => r.id).sort()
    expect(interpretations).toEqual([
      'courseware-on-top', 'cramming', 'cycle-cramming', 'cycle-substitution', 'outside-year', 'planned', 'professional-after-109',
      'study-window-2020', 'study-window-2022', 'study-window-2024', 'substitution',
    ])
  })
  it('rulesInForce drops rules that ended', () => {
    expect(rulesInForce(RULES, '2026-01-01').map((r) => r.id)).not.toContain('regime-old')
  })
})
