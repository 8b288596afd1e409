import { describe, expect, it } from 'vitest'
import { majorMismatchCheck } from './major-mismatch.ts'
import { requirePeriod } from './period.ts'
import { RULES } from './table.ts'

const rule = requirePeriod(RULES, 'major-mismatch', '2021-05-14')

describe('majorMismatchCheck: 400 / 200 / 100 (省地矿局通知 五（二）)', () => {
  it('a senior title with 250 hours in the applied major is 150 short', () => {
    expect(majorMismatchCheck('senior', 250, rule)).toEqual({ level: 'senior', required: 400, completed: 250, shortfall: 150, met: false })
  })
  it('intermediate 200 and junior 100 are met exactly', () => {
    expect(majorMismatchCheck('intermediate', 200, rule).met).toBe(true)
    expect(majorMismatchCheck('junior', 100, rule).met).toBe(true)
  })
})
