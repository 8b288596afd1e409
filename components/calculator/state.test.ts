import { describe, expect, it } from 'vitest'
import {
  decodeActivity, emptyActivity, encodeActivity, fieldId, queryToState, stateToQuery, toYearInput, type CalculatorState,
} from './state.ts'
import { validateYearInput } from '../../rules/index.ts'

const state: CalculatorState = {
  year: '2026',
  date: '2027-01-01',
  activities: [
    { ...emptyActivity('training'), date: '2026-06-20', days: '3' },
    { ...emptyActivity('other-conversion'), date: '2026-08-01', hours: '40', note: '论文~第1篇: a&b=c' },
    { ...emptyActivity('public-topic'), date: '2026-04-10', topic: '习近平法治思想' },
  ],
}

describe('state ↔ URL', () => {
  it('round-trips the whole state, including text with separators', () => {
    expect(queryToState(stateToQuery(state), 2020)).toEqual(state)
  })
  it('keeps wrong answers as typed', () => {
    const wrong = { ...state, activities: [{ ...emptyActivity('training'), date: '2026-02-30', days: '-1.5' }] }
    expect(queryToState(stateToQuery(wrong), 2020)).toEqual(wrong)
  })
  it('is readable: ?year=2026&a=training~2026-06-20~days:3', () => {
    expect(stateToQuery({ year: '2026', date: '', activities: [state.activities[0]!] })).toBe('?year=2026&a=training%7E2026-06-20%7Edays%3A3')
    expect(decodeActivity('training~2026-06-20~days:3')).toMatchObject({ type: 'training', days: '3' })
  })
  describe('edge cases', () => {
    it('an empty URL gives the default year and no activities', () => {
      expect(queryToState('', 2026)).toEqual({ year: '2026', date: '', activities: [] })
    })
    it('unknown activity types and keys in a hand-edited URL are dropped', () => {
      expect(decodeActivity('seminar~2026-01-01')).toBeUndefined()
      expect(decodeActivity('degree~2026-01-01~colour:red')).toEqual({ ...emptyActivity('degree'), date: '2026-01-01' })
      expect(decodeActivity(encodeActivity(emptyActivity('lecture')))).toEqual(emptyActivity('lecture'))
    })
  })
})

describe('form → rules input', () => {
  it('numbers become numbers, text stays text so validation names it', () => {
    const input = toYearInput({ year: '2026', date: '', activities: [{ ...emptyActivity('training'), date: '2026-06-20', days: 'three' }] })
    const v = validateYearInput(input)
    expect(v.ok).toBe(false)
    if (!v.ok) expect(fieldId(v.errors[0]!.at)).toBe('a-0-days')
  })
  it('a complete form validates', () => {
    expect(validateYearInput(toYearInput(state)).ok).toBe(true)
  })
  it('fieldId maps paths to controls', () => {
    expect(fieldId(['activities', 3])).toBe('a-3-date')
    expect(fieldId(['year'])).toBe('calc-year')
  })
})

describe('full-width digits', () => {
  it('are read as numbers and normalised', async () => {
    const { normaliseDigits, toYearInput, emptyActivity } = await import('./state.ts')
    expect(normaliseDigits('３')).toBe('3')
    expect(normaliseDigits('１２．５')).toBe('12.5')
    expect(normaliseDigits('三')).toBe('三')
    const a = { ...emptyActivity('training'), date: '2026-06-20', days: '３' }
    expect(toYearInput({ year: '２０２６', date: '', activities: [a] })).toEqual({ year: 2026, activities: [{ type: 'training', date: '2026-06-20', days: 3 }] })
  })
})
