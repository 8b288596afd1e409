import { describe, expect, it } from 'vitest'
import { evaluateYear } from '../check-year.ts'
import { evaluateCycle } from '../check-cycle.ts'
import { RULES } from '../table.ts'
import type { Rule } from '../types.ts'
import { validateYearInput } from '../validate.ts'
import { en } from './en.ts'
import { cycleLineText, errorDetail, errorText, yearLineText } from './word.ts'
import { zh } from './zh.ts'

const year = (activities: Parameters<typeof evaluateYear>[0]['activities'], rules: readonly Rule[] = RULES) =>
  evaluateYear({ year: 2025, activities }, '2027-01-01', rules)

describe('result lines are worded from their code and params', () => {
  it('training on 12 June 2025: no 109号 conversion before the day it starts (芜人社秘〔2025〕85号 五（一）)', () => {
    const w = year([{ type: 'training', days: 5, date: '2025-06-12' }]).warnings[0]!
    expect(w).toMatchObject({ code: 'old-standard-conversion', path: 'activities[0]', params: { type: 'training', since: '2025-06-13' } })
    expect(yearLineText(zh, w)).toBe('activities[0]（培训、研修或进修，2025-06-12）：2025年6月13日前没有109号的折算标准，按旧标准由单位或基地认定；请按单位认定的学时以“单位认定的专业学时”填写。')
    expect(yearLineText(en, w)).toContain('before 13 June 2025 there is no 109号 conversion')
  })
  it('the date comes from the dated rule, not the text: a table starting training on 1 July says so', () => {
    const later = RULES.map((r) => (r.id === 'conversion-training' ? { ...r, validFrom: '2025-07-01' } : r))
    const w = year([{ type: 'training', days: 5, date: '2025-06-20' }], later).warnings.find((l) => l.code === 'old-standard-conversion')!
    expect(yearLineText(zh, w)).toContain('2025年7月1日前')
    expect(yearLineText(en, w)).toContain('before 1 July 2025')
  })
  it('a caller names the activities its own way: the page says 第2项', () => {
    const r = year([{ type: 'public-topic', date: '2025-04-01' }, { type: 'professional', hours: 60, date: '2025-03-01' }])
    const line = r.explanations.find((l) => l.code === 'professional')!
    expect(yearLineText(zh, line, (p) => (p === 'activities[1]' ? '第2项' : p))).toBe('第2项（单位认定的专业学时，专业科目）：60学时。')
  })
  it('a shortfall names only what is lacking', () => {
    const r = evaluateYear({ year: 2026, activities: [{ type: 'training', days: 3, date: '2026-06-20' }] }, '2028-01-01', RULES)
    const last = r.explanations.at(-1)!
    expect(yearLineText(zh, last)).toBe('未达到2026年度要求：总计还差72学时；公需科目还差30学时；专业科目还差42学时。')
    expect(yearLineText(en, last)).toBe('2026 requirement not met: 72 hours short in total; 30 public hours short; 42 professional hours short.')
  })
  it('promotion looks at the years its rule gives (省地矿局通知 五（四）)', () => {
    const r = evaluateCycle({ purpose: 'promotion', toYear: 2021, years: [] }, '2022-01-01', RULES)
    expect(cycleLineText(zh, r.explanations[0]!)).toBe('内部等级晋升：看最近3个年度（2019—2021年）的学时登记，年均未达到规定学时的暂缓晋升。')
    expect(cycleLineText(en, r.explanations[0]!)).toBe('Internal promotion: the last three years (2019–2021); an average below the requirement postpones promotion.')
  })
})

describe('validation errors are data, worded with the field label', () => {
  const errors = (input: unknown) => {
    const v = validateYearInput(input)
    if (v.ok) throw new Error('expected errors')
    return v.errors
  }
  it('fractional days', () => {
    const [e] = errors({ year: 2026, activities: [{ type: 'training', date: '2026-05-01', days: 1.5 }] })
    expect(e).toEqual({ path: 'activities[0].days', at: ['activities', 0, 'days'], code: 'integer', params: { got: 1.5 } })
    expect(errorText(zh, e!)).toBe('activities[0].days（天数）：须为整数，收到 1.5')
    expect(errorText(en, e!)).toBe('activities[0].days (days): must be a whole number, got 1.5')
    expect(errorDetail(zh, e!)).toBe('须为整数，收到 1.5')
  })
  describe('edge cases', () => {
    it('the input itself is (root); a value that is not JSON shows as undefined', () => {
      expect(errorText(zh, errors([1])[0]!)).toBe('(root)（(root)）：输入须为 JSON 对象')
      const [e] = errors({ year: 2026, activities: [{ type: 'professional', date: '2026-05-01', hours: 'forty' }] })
      expect(errorText(zh, e!)).toBe('activities[0].hours（学时）：须为数字，收到 "forty"')
    })
    it('a caller may show a shorter path, keeping the label (the CSV names the row)', () => {
      const [e] = errors({ year: 2026, activities: [42] })
      expect(errorText(zh, e!, '')).toBe('（活动列表）：须为一个活动对象')
    })
  })
})
