import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, pickPeriod, type Rule } from '../../rules/index.ts'
import { byHandCitation, byHandItems } from './by-hand.ts'

describe('手工计算方法 comes from the rules data', () => {
  it('states the numbers the rules apply, with their citations', () => {
    const items = byHandItems('2026-12-01')
    const all = items.map((i) => i.text).join('\n')
    const value = (key: string, name: string) => pickPeriod(RULES, key, '2026-12-01')!.values[name]
    expect(all).toContain(`总计不少于${value('requirement', 'total')}学时`)
    expect(all).toContain(`培训每天${value('training', 'perDay')}学时`)
    expect(all).toContain(`讲课每次${value('lecture', 'perOccasion')}学时`)
    expect(all).toContain(`考试${value('public-topic-exam', 'passMark')}分及格`)
    expect(byHandCitation(items[0]!)).toBe('皖人社秘〔2021〕115号 五（四）；芜人社秘〔2025〕85号 二')
  })
  it('follows the data when a number changes', () => {
    const changed: Rule[] = RULES.map((r) => (r.id === 'conversion-training' ? { ...r, values: { perDay: 8 } } : r))
    expect(byHandItems('2026-12-01', changed).map((i) => i.text).join('\n')).toContain('培训每天8学时')
  })
  it('Calculator.astro repeats none of the numbers as text', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'Calculator.astro'), 'utf8')
    for (const literal of ['90学时', '30学时', '60学时', '6学时', '5学时', '60分']) expect(source).not.toContain(literal)
  })
})
