import { describe, expect, it } from 'vitest'
import { activityHours, isConversionOption } from './conversion.ts'
import { pickPeriod } from './period.ts'
import { RULES } from './table.ts'
import type { Activity } from './types.ts'

const on = '2026-03-01'
const hours = (a: Omit<Activity, 'date'>) => {
  const rule = pickPeriod(RULES, a.type, on)
  if (!rule) throw new Error(a.type)
  return activityHours({ ...a, date: on }, rule)
}

describe('activityHours: the 109号 table', () => {
  it('（八）a qualification exam passed: 90', () => expect(hours({ type: 'qualification-exam' })).toBe(90))
  it('（九）a degree: 90', () => expect(hours({ type: 'degree' })).toBe(90))
  it('（十）3 days of training: 18', () => expect(hours({ type: 'training', days: 3 })).toBe(18))
  it('（十一）2 lectures: 10', () => expect(hours({ type: 'lecture', count: 2 })).toBe(10))
  it('（十二）courseware stating 12 hours: 12', () => expect(hours({ type: 'courseware', hours: 12, subject: 'public' })).toBe(12))
  it('（十二）7 courseware stating no hours: 7', () => expect(hours({ type: 'courseware', count: 7, subject: 'professional' })).toBe(7))
  it('（一）–（七）other conversion: the hours entered', () => expect(hours({ type: 'other-conversion', hours: 40 })).toBe(40))
  it('a public topic: 30 (皖人社秘〔2021〕115号 附件2 十八)', () => expect(hours({ type: 'public-topic' })).toBe(30))
})

describe('edge cases', () => {
  it('no conversion rule exists before 13 June 2025', () => {
    expect(pickPeriod(RULES, 'training', '2025-06-12')).toBeUndefined()
  })
  it('only exam, degree, training, lecture and other conversion compete under 就高原则', () => {
    expect(['public-topic', 'courseware', 'professional'].some((t) => isConversionOption(t as Activity['type']))).toBe(false)
  })
})
