import { describe, expect, it } from 'vitest'
import { validateCycleInput } from '../../rules/index.ts'
import { emptyActivity } from '../calculator/state.ts'
import { defaultState, fieldId, queryToState, shownYears, stateToQuery, toCycleInput, type CycleState } from './cycle-state.ts'

function filled(): CycleState {
  const s = defaultState(2026)
  Object.assign(s, { fromYear: '2024', toYear: '2026', transferYear: '2024', date: '2026-12-01' })
  s.mismatch = { on: true, level: 'senior', hours: '250' }
  const training = { ...emptyActivity('training'), date: '2026-05-01', days: '3' }
  s.years = { 2024: { mode: 'record', public: '30', professional: '70' }, 2025: { mode: 'record', public: '', professional: '' }, 2026: { mode: 'activities', activities: [training] } }
  return s
}

describe('cycle page state', () => {
  it('round-trips through the URL', () => {
    const s = filled()
    const back = queryToState(stateToQuery(s), 2026)
    expect(back).toEqual({ ...s, years: { 2024: s.years[2024], 2026: s.years[2026] } })
  })
  it('promotion shows the three years ending toYear; a title the cycle from–to', () => {
    expect(shownYears({ ...defaultState(2026), purpose: 'promotion', toYear: '2025' })).toEqual([2023, 2024, 2025])
    expect(shownYears({ ...defaultState(2026), fromYear: '2021', toYear: '2025' })).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(shownYears({ ...defaultState(2026), fromYear: '2026', toYear: '2025' })).toEqual([])
  })
  it('gives rules/ a valid input; an empty year is left out (counted as 0 with a warning)', () => {
    const { input, yearAt } = toCycleInput(filled())
    expect(yearAt).toEqual([2024, 2026])
    expect(validateCycleInput(input).ok).toBe(true)
  })
  it('points each error at its control', () => {
    const s = filled()
    ;(s.years[2026] as { activities: { days: string }[] }).activities[0]!.days = '-1'
    const { input, yearAt } = toCycleInput(s)
    const v = validateCycleInput(input)
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors.map((e) => fieldId(e.at, yearAt))).toEqual(['y2026-a-0-days'])
    expect(fieldId(['years', 0, 'professional'], [2024])).toBe('y2024-professional')
    expect(fieldId(['fromYear'], [])).toBe('cy-from')
  })
})
