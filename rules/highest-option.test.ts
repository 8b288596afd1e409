import { describe, expect, it } from 'vitest'
import { conversionOptions, pickHighest, type ConversionEntry } from './highest-option.ts'

const e = (path: string, type: ConversionEntry['type'], hours: number, subject: ConversionEntry['subject'] = 'professional'): ConversionEntry =>
  ({ path, type, date: '2026-07-01', hours, subject })

describe('就高原则 (皖人社秘〔2025〕109号 第二十一条第4项)', () => {
  it('exam 90, degree 90, 3 days of training 18: one option of 90 is recognised, not 198', () => {
    const { chosen, dropped } = pickHighest(conversionOptions([
      e('activities[0]', 'training', 18), e('activities[1]', 'qualification-exam', 90), e('activities[2]', 'degree', 90),
    ]))
    expect(chosen?.hours).toBe(90)
    expect(dropped.map((d) => d.hours).sort()).toEqual([18, 90])
  })
  it('days of training in one year add up into one option', () => {
    const options = conversionOptions([e('a', 'training', 18), e('b', 'training', 12, 'public')])
    expect(options).toHaveLength(1)
    expect(options[0]).toMatchObject({ hours: 30, public: 12, professional: 18 })
  })
  it('two other conversions stay separate options', () => {
    expect(conversionOptions([e('a', 'other-conversion', 40), e('b', 'other-conversion', 20)])).toHaveLength(2)
  })
  describe('edge cases', () => {
    it('no options: nothing chosen', () => expect(pickHighest([]).chosen).toBeUndefined())
    it('a tie goes to the option with more professional hours, whatever the order', () => {
      const a = e('a', 'other-conversion', 40, 'public')
      const b = e('b', 'other-conversion', 40, 'professional')
      expect(pickHighest(conversionOptions([a, b])).chosen?.paths).toEqual(['b'])
      expect(pickHighest(conversionOptions([b, a])).chosen?.paths).toEqual(['b'])
    })
  })
})
