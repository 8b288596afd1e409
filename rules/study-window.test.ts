import { describe, expect, it } from 'vitest'
import { openUntil, placeActivity, studyDeadline } from './study-window.ts'
import { RULES } from './table.ts'

describe('placeActivity', () => {
  it('a 2023 topic finished on 2024-03-31 counts for 2023 (宜人社秘〔2023〕43号 二（一）)', () => {
    const p = placeActivity('public-topic', '2024-03-31', 2023, RULES)
    expect(p.placement).toBe('study-window')
    expect(p.rule.id).toBe('study-window-2023')
  })
  it('a 2025 topic finished on 2026-05-31 counts for 2025 (阜阳 2025 notice)', () => {
    expect(placeActivity('public-topic', '2026-05-31', 2025, RULES).rule.id).toBe('study-window-2025')
  })
  it('a 2025 topic finished on 2026-06-01 is past the window: a make-up', () => {
    expect(placeActivity('public-topic', '2026-06-01', 2025, RULES).placement).toBe('make-up')
  })
  it('training in the following year is a make-up (皖人社秘〔2021〕115号 五（四）)', () => {
    expect(placeActivity('training', '2027-02-01', 2026, RULES)).toMatchObject({ placement: 'make-up' })
  })
  describe('edge cases', () => {
    it('an earlier year is outside the year', () => {
      expect(placeActivity('professional', '2024-10-01', 2026, RULES)).toMatchObject({
        placement: 'outside',
        rule: { id: 'outside-year' },
      })
    })
    it('two years later is cramming', () => {
      expect(placeActivity('training', '2028-01-01', 2026, RULES).rule.id).toBe('cramming')
    })
    it('31 December and 1 January', () => {
      expect(placeActivity('lecture', '2026-12-31', 2026, RULES).placement).toBe('in-year')
      expect(placeActivity('lecture', '2026-01-01', 2026, RULES).placement).toBe('in-year')
    })
  })
})

describe('deadlines', () => {
  it('studyDeadline only where a notice gives one', () => {
    expect(studyDeadline(2025, RULES)).toBe('2026-05-31')
    expect(studyDeadline(2026, RULES)).toBeUndefined()
  })
  it('openUntil is the end of the make-up year', () => {
    expect(openUntil(2025, RULES)).toBe('2026-12-31')
  })
})
