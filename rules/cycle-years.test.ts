import { describe, expect, it } from 'vitest'
import { firstAssessedYear } from './cycle-years.ts'
import { requirePeriod } from './period.ts'
import { RULES } from './table.ts'

const rules = { transfer: requirePeriod(RULES, 'transfer', '2025-01-01'), nonSocialised: requirePeriod(RULES, 'non-socialised', '2025-01-01') }

describe('firstAssessedYear', () => {
  it('transferred from Zhejiang in 2023, cycle 2021–2025: assessed from 2023 (附件2 二十)', () => {
    expect(firstAssessedYear(2021, { transferYear: 2023 }, rules)).toMatchObject({ year: 2023, reasons: [{ id: 'transfer' }] })
  })
  it('non-socialised title, cycle 2015–2020: hours count from 2018 (附件2 二十一)', () => {
    expect(firstAssessedYear(2015, { nonSocialisedTitle: true }, rules)).toMatchObject({ year: 2018, reasons: [{ id: 'non-socialised' }] })
  })
  describe('edge cases', () => {
    it('a transfer before the cycle changes nothing', () => {
      expect(firstAssessedYear(2021, { transferYear: 2019 }, rules)).toEqual({ year: 2021, reasons: [] })
    })
    it('non-socialised with a cycle starting after 2018 changes nothing', () => {
      expect(firstAssessedYear(2020, { nonSocialisedTitle: true }, rules).year).toBe(2020)
    })
  })
})
