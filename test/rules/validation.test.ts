import { describe, expect, it } from 'vitest'
import { checkYear, en, errorText, RulesInputError, validateCycleInput, validateYearInput, zh } from '../../rules/index.ts'

function errorsOf(input: unknown) {
  const v = validateYearInput(input)
  if (v.ok) throw new Error('expected errors')
  return v.errors
}

const base = (activity: Record<string, unknown>) => ({ year: 2026, activities: [{ type: 'public-topic', date: '2026-03-01' }, { type: 'public-topic', date: '2026-03-01' }, activity] })

describe('every validation fires, naming the field path, in Chinese and English', () => {
  const cases: [string, unknown, string, string][] = [
    ['negative days', base({ type: 'training', date: '2026-05-01', days: -2 }), 'activities[2].days', 'range'],
    ['fractional days', base({ type: 'training', date: '2026-05-01', days: 1.5 }), 'activities[2].days', 'integer'],
    ['missing days', base({ type: 'training', date: '2026-05-01' }), 'activities[2].days', 'required'],
    ['unknown type', base({ type: 'seminar', date: '2026-05-01' }), 'activities[2].type', 'enum'],
    ['missing type', base({ date: '2026-05-01' }), 'activities[2].type', 'required'],
    ['not a real date', base({ type: 'degree', date: '2026-02-30' }), 'activities[2].date', 'date'],
    ['missing date', base({ type: 'degree' }), 'activities[2].date', 'required'],
    ['non-numeric hours', base({ type: 'professional', date: '2026-05-01', hours: 'forty' }), 'activities[2].hours', 'number'],
    ['hours as a string of digits', base({ type: 'professional', date: '2026-05-01', hours: '40' }), 'activities[2].hours', 'number'],
    ['zero hours', base({ type: 'other-conversion', date: '2026-05-01', hours: 0 }), 'activities[2].hours', 'range'],
    ['courseware without subject', base({ type: 'courseware', date: '2026-05-01', hours: 3 }), 'activities[2].subject', 'required'],
    ['courseware with hours and count', base({ type: 'courseware', subject: 'public', date: '2026-05-01', hours: 3, count: 2 }), 'activities[2].hours', 'one-of'],
    ['unknown subject', base({ type: 'courseware', subject: 'general', date: '2026-05-01', hours: 3 }), 'activities[2].subject', 'enum'],
    ['score above 100', base({ type: 'public-topic', date: '2026-05-01', score: 120 }), 'activities[2].score', 'range'],
    ['lecture count missing', base({ type: 'lecture', date: '2026-05-01' }), 'activities[2].count', 'required'],
    ['activity not an object', base(42 as never), 'activities[2]', 'type'],
    ['note not text', base({ type: 'degree', date: '2026-05-01', note: 5 }), 'activities[2].note', 'type'],
    ['year out of range', { year: 1999, activities: [] }, 'year', 'range'],
    ['year not a whole number', { year: 2025.5, activities: [] }, 'year', 'integer'],
    ['year missing', { activities: [] }, 'year', 'required'],
    ['activities missing', { year: 2026 }, 'activities', 'required'],
    ['activities not a list', { year: 2026, activities: {} }, 'activities', 'type'],
    ['not an object', [1, 2], '(root)', 'type'],
  ]
  for (const [name, input, path, code] of cases) {
    it(`${name} → ${path} (${code})`, () => {
      const errors = errorsOf(input)
      const e = errors.find((x) => x.path === path)
      expect(e, JSON.stringify(errors)).toBeDefined()
      expect(e?.code).toBe(code)
      expect(errorText(zh, e!)).toContain(path)
      expect(errorText(zh, e!)).toMatch(/[\u4e00-\u9fa5]/)
      expect(errorText(en, e!)).toContain(path)
    })
  }

  it('lists every bad field at once, never a silent zero', () => {
    const errors = errorsOf({ year: 2026, activities: [{ type: 'training', date: '2026-13-01', days: -1 }, { type: 'x' }] })
    expect(errors.map((e) => e.path)).toEqual(['activities[0].date', 'activities[0].days', 'activities[1].type', 'activities[1].date'])
  })

  it('checkYear throws RulesInputError carrying the list', () => {
    try {
      checkYear({ year: 2026, activities: [{ type: 'training', date: '2026-05-01', days: 0.5 }] })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(RulesInputError)
      expect((err as RulesInputError).errors[0]?.path).toBe('activities[0].days')
    }
  })
})

describe('cycle validation', () => {
  const cases: [string, unknown, string][] = [
    ['purpose missing', { toYear: 2025, years: [] }, 'purpose'],
    ['title without fromYear', { purpose: 'title', toYear: 2025, years: [] }, 'fromYear'],
    ['fromYear after toYear', { purpose: 'title', fromYear: 2026, toYear: 2025, years: [] }, 'fromYear'],
    ['years missing', { purpose: 'promotion', toYear: 2025 }, 'years'],
    ['year with both hours and activities', { purpose: 'promotion', toYear: 2025, years: [{ year: 2025, public: 30, professional: 60, activities: [] }] }, 'years[0].activities'],
    ['year without professional', { purpose: 'promotion', toYear: 2025, years: [{ year: 2025, public: 30 }] }, 'years[0].professional'],
    ['negative hours', { purpose: 'promotion', toYear: 2025, years: [{ year: 2025, public: -1, professional: 60 }] }, 'years[0].public'],
    ['duplicate year', { purpose: 'promotion', toYear: 2025, years: [{ year: 2025, public: 30, professional: 60 }, { year: 2025, public: 30, professional: 60 }] }, 'years[1].year'],
    ['bad activity inside a year', { purpose: 'promotion', toYear: 2025, years: [{ year: 2025, activities: [{ type: 'training', date: '2025-07-01', days: 'x' }] }] }, 'years[0].activities[0].days'],
    ['bad title level', { purpose: 'title', fromYear: 2021, toYear: 2025, years: [], majorMismatch: { level: 'top', hours: 1 } }, 'majorMismatch.level'],
    ['nonSocialisedTitle not boolean', { purpose: 'promotion', toYear: 2025, years: [], nonSocialisedTitle: 'yes' }, 'nonSocialisedTitle'],
    ['transferYear out of range', { purpose: 'promotion', toYear: 2025, years: [], transferYear: 3000 }, 'transferYear'],
  ]
  for (const [name, input, path] of cases) {
    it(`${name} → ${path}`, () => {
      const v = validateCycleInput(input)
      expect(v.ok).toBe(false)
      if (!v.ok) expect(v.errors.map((e) => e.path)).toContain(path)
    })
  }
})
