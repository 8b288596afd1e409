import { describe, expect, it } from 'vitest'
import { requirePeriod } from './period.ts'
import { selectTopic } from './public-topic.ts'
import { RULES } from './table.ts'

const exam = requirePeriod(RULES, 'public-topic-exam', '2021-06-01')
const t = (path: string, date: string, score?: number) => ({
  path,
  activity: { type: 'public-topic' as const, date, ...(score === undefined ? {} : { score }) },
})

describe('selectTopic (皖人社秘〔2021〕115号 附件2 十六、十七)', () => {
  it('2021: one of the six topics, score 85: counts', () => {
    expect(selectTopic([t('a', '2021-05-01', 85)], exam).counted?.path).toBe('a')
  })
  it('a score of 59 does not pass; 60 does', () => {
    expect(selectTopic([t('a', '2021-05-01', 59)], exam)).toMatchObject({ failed: [{ path: 'a' }], extra: [] })
    expect(selectTopic([t('a', '2021-05-01', 60)], exam).counted?.path).toBe('a')
  })
  it('a failed exam then a retake passed: the retake counts', () => {
    const r = selectTopic([t('a', '2021-05-01', 40), t('b', '2021-06-01', 75)], exam)
    expect(r.counted?.path).toBe('b')
    expect(r.extra).toEqual([])
  })
  describe('edge cases', () => {
    it('two topics in one year: the earliest counts, the other is extra', () => {
      const r = selectTopic([t('b', '2021-09-01'), t('a', '2021-05-01')], exam)
      expect(r.counted?.path).toBe('a')
      expect(r.extra.map((x) => x.path)).toEqual(['b'])
    })
    it('none', () => expect(selectTopic([], exam).counted).toBeUndefined())
  })
})
