import { describe, expect, it } from 'vitest'
import { RULES, type Rule } from '../../rules/index.ts'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { noticeDeadlines, studyWindowDeadlines } from './deadlines.ts'

const { notices } = await corpusSources('2026-05-30')
const rule = (over: Partial<Rule>): Rule => ({ ...RULES.find((r) => r.id === 'study-window-2023')!, ...over })

describe('studyWindowDeadlines: one per study window of the rules table', () => {
  it('from the corpus: each closed window with its rule’s words, citation and notice', () => {
    const windows = studyWindowDeadlines(notices)
    expect(windows.map((d) => [d.studyYear, d.date])).toEqual([[2020, '2021-03-31'], [2022, '2023-03-31'], [2023, '2024-03-31'], [2024, '2025-05-31'], [2025, '2026-05-31']])
    expect(windows.find((d) => d.id === 'study-2023')).toEqual({
      id: 'study-2023',
      date: '2024-03-31',
      studyYear: 2023,
      summary: '2023年度公需科目学习截止',
      detail: '2023年度公需科目学习时间截至2024年3月31日。',
      citation: '宜人社秘〔2023〕43号 二（一）',
      notice: 'yi-ren-she-mi-2023-43',
      interpretation: false,
    })
  })

  it('a window read from "no longer counts from …" says the contract ended', () => {
    const d = studyWindowDeadlines(notices).find((w) => w.id === 'study-2024')!
    expect(d.interpretation).toBe(true)
    expect(d.summary).toBe('2024年度公需科目专题最后学习日（合同到期，次日起不再作为公需科目）')
  })

  it('a window still open (no validTo) is no deadline; nor is one whose notice the site does not hold (not known yet that day)', () => {
    expect(studyWindowDeadlines(notices, [rule({ key: 'study-window:2030', validTo: null })])).toEqual([])
    expect(studyWindowDeadlines(notices, [rule({})])).toMatchObject([{ id: 'study-2023', date: '2024-03-31' }])
    expect(studyWindowDeadlines([], [rule({})])).toEqual([])
  })
})

describe('noticeDeadlines: every deadline, oldest first', () => {
  it('the study windows and Wuhu’s platform closing, sorted by date', () => {
    const all = noticeDeadlines(notices)
    expect(all.map((d) => d.date)).toEqual([...all.map((d) => d.date)].sort())
    expect(all.find((d) => d.id === 'wuhu-platform-professional-2026')).toMatchObject({ date: '2026-03-31', notice: 'wu-ren-she-mi-2025-85', interpretation: false })
    expect(all.map((d) => d.id).filter((id) => !id.startsWith('study-'))).toEqual(['wuhu-platform-professional-2026'])
  })

  it('the same day sorts by id, so the list (and the calendar) is the same on every build', () => {
    const sameDay = noticeDeadlines(notices, [rule({ key: 'study-window:2026', validTo: '2026-03-31' })])
    expect(sameDay.map((d) => d.id)).toEqual(['study-2026', 'wuhu-platform-professional-2026'])
  })
})
