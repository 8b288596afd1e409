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
    // the 90 is cited where it is printed (RULES.md §1): 43号 三（一） and 地矿局 四（一）; 115号 五（四） prints only 30 and 60
    expect(byHandCitation(items[0]!)).toBe('宜人社秘〔2023〕43号 三（一）；省地矿局2021年5月14日通知 四（一）；皖人社秘〔2021〕115号 五（四）（公需30、专业60）；芜人社秘〔2025〕85号 二；阜阳市人社局2025年7月18日通知 三')
  })
  it('names each place once, every one with its document (no bare 附件2)', () => {
    for (const item of byHandItems('2026-12-01')) {
      const parts = byHandCitation(item).split('；')
      expect(new Set(parts).size, byHandCitation(item)).toBe(parts.length)
      for (const part of parts) expect(part, byHandCitation(item)).toMatch(/^(?:[^\s]+〔\d{4}〕\d+号|省地矿局|阜阳市人社局)/)
    }
    const makeUp = byHandItems('2026-12-01').find((i) => i.text.includes('下一年度补学'))!
    expect(byHandCitation(makeUp)).toBe('皖人社秘〔2021〕115号 五（四）；皖人社秘〔2021〕115号 附件2 十七')
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
