import { describe, expect, it } from 'vitest'
import { evaluateYear, RULES, validateYearInput } from '../../rules/index.ts'
import { emptyActivity } from './state.ts'
import { errorMessage, formLabel, lineText } from './wording.ts'

describe('the page words results from data', () => {
  it('就高原则 names the activities as the form numbers them (109号 第二十一条第4项)', () => {
    const r = evaluateYear({ year: 2026, activities: [
      { type: 'qualification-exam', date: '2026-03-01' },
      { type: 'lecture', count: 2, date: '2026-05-01' },
    ] }, '2027-12-31', RULES)
    expect(lineText(r.explanations.find((l) => l.code === 'highest-option')!, 2)).toBe('就高原则：本年度折算认定选择“资格考试合格”（第1项）90学时，其他折算选项不累计。')
    expect(lineText(r.warnings[0]!, 2)).toBe('第2项（教学授课，10学时）：按就高原则不计入，每年只能选择一项折算认定。')
  })
  it('an error names the answer and the field by its form label', () => {
    const v = validateYearInput({ year: 2026, activities: [{ type: 'public-topic', date: '2026-04-01', score: 120 }] })
    if (v.ok) throw new Error('expected errors')
    expect(errorMessage(v.errors[0]!, [emptyActivity('public-topic')])).toBe('第1项（公需科目专题）考试成绩（选填）：须在 0 至 100 之间，收到 120')
  })
  describe('edge cases', () => {
    it('the year, and a field the form has no label for', () => {
      const v = validateYearInput({ year: 1999, activities: [{ date: '2026-01-01' }] })
      if (v.ok) throw new Error('expected errors')
      expect(v.errors.map((e) => errorMessage(e, []))).toEqual(['年度：须在 2001 至 2099 之间，收到 1999', '第1项（）type：必须填写'])
    })
    it('labels with and without 选填', () => {
      expect(formLabel('note')).toBe('说明（选填）')
      expect(formLabel('note', true)).toBe('说明')
      expect(formLabel('count')).toBe('次数')
    })
  })
})

describe('the calculator’s words on the page', () => {
  it('a subject is named, never its key', async () => {
    const { answerValue } = await import('./wording.ts')
    expect(answerValue('subject', 'professional')).toBe('专业科目')
    expect(answerValue('subject', 'public')).toBe('公需科目')
    expect(answerValue('hours', '12')).toBe('12')
  })
  it('empty courseware names the fields by their labels, not hours/count', () => {
    const v = validateYearInput({ year: 2026, activities: [{ type: 'courseware', subject: 'public', date: '2026-05-01' }] })
    if (v.ok) throw new Error('expected errors')
    const text = v.errors.map((e) => errorMessage(e, [emptyActivity('courseware')])).join('\n')
    expect(text).toContain('课件标定的学时')
    expect(text).not.toMatch(/\(hours\)|（hours）|\(count\)|（count）/)
  })
})
