/**
 * The published JSON Schemas and the command line's validators say the same: every input a
 * standard JSON Schema validator (Ajv, draft 2020-12) accepts, the rules accept, and the other
 * way round, apart from what a schema cannot express (real calendar dates, one record per year,
 * fromYear ≤ toYear within 10 years), which the schemas' descriptions name.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityTypes, cycleInputSchema, validateCycleInput, validateYearInput, yearInputSchema } from '../../rules/index.ts'
import { activityFieldsOf, cycleInputFields, yearInputFields, yearRecordFields } from '../../rules/input-fields.ts'

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, validateFormats: false })
const yearSchema = ajv.compile(yearInputSchema)
const cycleSchema = ajv.compile(cycleInputSchema)

const field = fc.constantFrom('type', 'date', 'subject', 'hours', 'days', 'count', 'score', 'topic', 'note', 'pubilc', 'extra')
const value = fc.oneof(
  fc.constantFrom(...activityTypes), fc.constantFrom('2026-03-01', '2024-05-01', '2026-3-1', ''),
  fc.constantFrom('public', 'professional', 'both'), fc.constantFrom(0, 1, 3, 7.5, -1, 60, 1000, 1001, 367), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null),
)
const activity = fc.tuple(fc.constantFrom(...activityTypes), fc.dictionary(field, value, { maxKeys: 4 }))
  .map(([type, rest]) => ({ type, date: '2026-03-01', ...rest }))
/** an activity that has only its own fields, to reach the accepted side often */
const validish = fc.constantFrom(...activityTypes).chain((type) =>
  fc.record(Object.fromEntries(activityFieldsOf(type).filter((f) => f !== 'type' && f !== 'date').map((f) => [f, value])), { requiredKeys: [] })
    .map((rest) => ({ ...rest, type, date: '2026-03-01' })))

describe('the schemas are valid draft 2020-12 and list exactly the validators’ fields', () => {
  it('top-level and record fields', () => {
    expect(Object.keys(yearInputSchema.properties as object).sort()).toEqual([...yearInputFields].sort())
    expect(Object.keys(cycleInputSchema.properties as object).sort()).toEqual([...cycleInputFields].sort())
    const record = (cycleInputSchema.$defs as Record<string, { properties: object }>).yearRecord!
    expect(Object.keys(record.properties).sort()).toEqual([...yearRecordFields].sort())
  })
})

describe('schema and validator agree', () => {
  it('on yearly inputs with activities of every type, right and wrong fields', () => {
    const seen = { accepted: 0, refused: 0 }
    fc.assert(fc.property(fc.array(fc.oneof(activity, validish), { maxLength: 3 }), (activities) => {
      const input = { year: 2026, activities }
      const ok = validateYearInput(input).ok
      seen[ok ? 'accepted' : 'refused']++
      expect(yearSchema(input), JSON.stringify(input)).toBe(ok)
    }), { numRuns: 1500, seed: 15 })
    expect(seen.accepted).toBeGreaterThan(50)
    expect(seen.refused).toBeGreaterThan(50)
  })
  it('on multi-year inputs', () => {
    const record = fc.oneof(
      fc.record({ year: fc.constantFrom(2024, 2025), public: value, professional: value }, { requiredKeys: ['year'] }),
      fc.record({ year: fc.constantFrom(2024, 2025), activities: fc.array(validish, { maxLength: 2 }), pubilc: value }, { requiredKeys: ['year', 'activities'] }),
    )
    const input = fc.record({
      purpose: fc.constantFrom('title', 'promotion', 'other'),
      fromYear: fc.constantFrom(2024, 2000, 'x'),
      toYear: fc.constant(2025),
      years: fc.uniqueArray(record, { maxLength: 2, selector: (r) => r.year }),
      transferYear: fc.constantFrom(2024, 1999),
      nonSocialisedTitle: fc.constantFrom(true, false, 'yes'),
      majorMismatch: fc.record({ level: fc.constantFrom('senior', 'x'), hours: value, major: fc.constant('x') }, { requiredKeys: ['level'] }),
    }, { requiredKeys: ['purpose', 'toYear', 'years'] })
    const seen = { accepted: 0, refused: 0 }
    fc.assert(fc.property(input, (i) => {
      const ok = validateCycleInput(i).ok
      seen[ok ? 'accepted' : 'refused']++
      expect(cycleSchema(i), JSON.stringify(i)).toBe(ok)
    }), { numRuns: 3000, seed: 2025 })
    expect(seen.accepted).toBeGreaterThan(10)
    expect(seen.refused).toBeGreaterThan(50)
  })
  it('worked examples: the README input and the issue’s refusals', () => {
    const ok = { year: 2026, activities: [{ type: 'courseware', subject: 'public', hours: 12, date: '2026-05-01' }, { type: 'other-conversion', hours: 40, date: '2026-08-01', note: '论文' }] }
    expect(yearSchema(ok)).toBe(true)
    expect(validateYearInput(ok).ok).toBe(true)
    for (const bad of [
      { year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01', score: 80 }] },
      { year: 2026, activities: [{ type: 'professional', hours: 60, date: '2024-03-01', subject: 'public' }] },
    ]) {
      expect(yearSchema(bad)).toBe(false)
      expect(validateYearInput(bad).ok).toBe(false)
    }
    const pubilc = { purpose: 'title', fromYear: 2024, toYear: 2025, years: [{ year: 2024, pubilc: 30, public: 30, professional: 60 }] }
    expect(cycleSchema(pubilc)).toBe(false)
    expect(validateCycleInput(pubilc).ok).toBe(false)
  })
})
