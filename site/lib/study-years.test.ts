import { describe, expect, it } from 'vitest'
import { noticeDeadlines } from './deadlines.ts'
import type { NoticeData, TopicData } from './schemas.ts'
import { studyYearsToday } from './study-years.ts'

const topic = (year: number, slug: string, studyDeadline?: string) =>
  ({ id: slug, year, slug, title: slug, hotlines: [], hours: 30, updatedAt: '2026-01-01T00:00:00Z', ...(studyDeadline ? { studyDeadline } : {}) }) as unknown as TopicData
const topics = [topic(2021, 'a21'), topic(2023, 'a23', '2024-03-31'), topic(2023, 'b23', '2024-03-31')]
const notice = (docNumber: string | undefined, source: string, slug: string) => ({ slug, docNumber, source, id: slug }) as unknown as NoticeData
const notices = [notice('皖人社秘〔2021〕115号', '000_569366e352603f40.txt', 'wan115'), notice('宜人社秘〔2023〕43号', '001_533deba9991fd89c.txt', 'yi'), notice(undefined, '002_afe276a8903514d2.txt', 'fuyang'), notice('芜人社秘〔2025〕85号', '003', 'wu85')]
const deadlines = noticeDeadlines(notices)

describe('deadlines from the rules table and the notices', () => {
  it('one per study window the rules give, plus Wuhu’s platform, each linked to its notice', () => {
    expect(deadlines.map((d) => [d.id, d.date])).toEqual([
      ['study-2020', '2021-03-31'],
      ['study-2022', '2023-03-31'],
      ['study-2023', '2024-03-31'],
      ['study-2024', '2025-05-31'],
      ['wuhu-platform-professional-2026', '2026-03-31'],
      ['study-2025', '2026-05-31'],
    ])
    expect(deadlines.find((d) => d.id === 'study-2023')!.notice).toBe('yi')
    expect(deadlines.find((d) => d.id === 'study-2025')!.notice).toBe('fuyang')
    expect(deadlines.find((d) => d.id === 'study-2024')!.interpretation).toBe(true)
    expect(deadlines.find((d) => d.id.startsWith('wuhu'))!.notice).toBe('wu85')
  })
  it('only from the notices on the site: before the Fuyang notice and 85号 are, their dates are not known', () => {
    expect(noticeDeadlines(notices.slice(0, 2)).map((d) => d.id)).toEqual(['study-2020', 'study-2022', 'study-2023'])
  })
})

describe('study years on a day', () => {
  it('2024-03-01: this year 2024 has no topics here; 2023 still open, 30 days left; 2022 last closed', () => {
    const y = studyYearsToday('2024-03-01', topics, deadlines)
    expect(y.current.year).toBe(2024)
    expect(y.current.topics).toEqual([])
    expect(y.stillOpen.map((s) => [s.year, s.daysLeft, s.topics.length])).toEqual([[2023, 30, 2]])
    expect(y.lastClosed?.year).toBe(2022)
    expect(y.lastPublished?.year).toBe(2023)
  })
  it('2026-05-30: 2025 open with 1 day left and no topics here; 2024 closed', () => {
    const y = studyYearsToday('2026-05-30', topics, deadlines)
    expect(y.stillOpen.map((s) => [s.year, s.daysLeft, s.topics.length])).toEqual([[2025, 1, 0]])
    expect(y.lastClosed?.year).toBe(2024)
  })
  it('2026-05-31 is the last day: 0 days left; 2026-06-01 it is closed', () => {
    expect(studyYearsToday('2026-05-31', topics, deadlines).stillOpen[0]?.daysLeft).toBe(0)
    const after = studyYearsToday('2026-06-01', topics, deadlines)
    expect(after.stillOpen).toEqual([])
    expect(after.lastClosed?.closes).toBe('2026-05-31')
  })
  it('2026-12-01: nothing open, 2025 closed, 2023 the last topics published, 2026 unknown', () => {
    const y = studyYearsToday('2026-12-01', topics, deadlines)
    expect(y.current).toMatchObject({ year: 2026, state: 'unknown', topics: [] })
    expect(y.stillOpen).toEqual([])
    expect(y.lastClosed?.year).toBe(2025)
    expect(y.lastPublished).toMatchObject({ year: 2023, state: 'closed' })
  })
})
