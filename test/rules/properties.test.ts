/** Property tests (fast-check): monotone totals, order independence, one conversion option a year. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkYear, type Activity } from '../../rules/index.ts'

const date = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10))
const subject = fc.constantFrom('public' as const, 'professional' as const)

const activity: fc.Arbitrary<Activity> = fc.oneof(
  fc.record({ type: fc.constant('public-topic' as const), date, score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }),
  fc.record({ type: fc.constant('courseware' as const), date, subject, hours: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ type: fc.constant('courseware' as const), date, subject, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ type: fc.constant('training' as const), date, subject, days: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ type: fc.constant('lecture' as const), date, subject, count: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ type: fc.constant('qualification-exam' as const), date, subject }),
  fc.record({ type: fc.constant('degree' as const), date }),
  fc.record({ type: fc.constant('other-conversion' as const), date, subject, hours: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ type: fc.constant('professional' as const), date, hours: fc.integer({ min: 1, max: 120 }) }),
).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as unknown as Activity)

const year = fc.integer({ min: 2024, max: 2026 })
const asOf = '2030-01-01'
const numbers = (r: ReturnType<typeof checkYear>) => ({ total: r.total, public: r.public, professional: r.professional, met: r.met })

describe('properties', () => {
  it('adding an activity never lowers the total', () => {
    fc.assert(fc.property(year, fc.array(activity, { maxLength: 8 }), activity, (y, list, extra) => {
      const before = checkYear({ year: y, activities: list }, { asOf }).total
      const after = checkYear({ year: y, activities: [...list, extra] }, { asOf }).total
      expect(after).toBeGreaterThanOrEqual(before)
    }), { numRuns: 300, seed: 20250613 })
  })

  it('the result never depends on activity order', () => {
    fc.assert(fc.property(year, fc.array(activity, { maxLength: 8 }).chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))),
      (y, [list, shuffled]) => {
        expect(numbers(checkYear({ year: y, activities: shuffled }, { asOf }))).toEqual(numbers(checkYear({ year: y, activities: list }, { asOf })))
      }), { numRuns: 300, seed: 109 })
  })

  it('就高 never adds two conversion options: counted conversions are one exam, one degree, one other, or one group', () => {
    fc.assert(fc.property(year, fc.array(activity, { maxLength: 10 }), (y, list) => {
      const r = checkYear({ year: y, activities: list }, { asOf })
      const conversions = r.activities.filter((a) => a.counted && ['qualification-exam', 'degree', 'training', 'lecture', 'other-conversion'].includes(a.type))
      expect(new Set(conversions.map((a) => a.type)).size).toBeLessThanOrEqual(1)
      if (conversions[0] && !['training', 'lecture'].includes(conversions[0].type)) expect(conversions).toHaveLength(1)
    }), { numRuns: 300, seed: 85 })
  })

  it('public always includes substitution, and total = public + professional', () => {
    fc.assert(fc.property(year, fc.array(activity, { maxLength: 8 }), (y, list) => {
      const r = checkYear({ year: y, activities: list }, { asOf })
      expect(r.total).toBeCloseTo(r.public + r.professional, 6)
      expect(r.met).toBe(r.shortfall.total === 0 && r.shortfall.public === 0 && r.shortfall.professional === 0)
    }), { numRuns: 200, seed: 30 })
  })
})
