import { describe, expect, it } from 'vitest'
import { daysUntil, findTopic, lastStudyDay, topicDateProblems, topicWindowStatus } from './topic-date.ts'

const topic = { year: 2025, title: '某专题', contractStart: '2025-06-01', contractEnd: '2026-05-31', studyDeadline: '2026-05-31' }

describe('topicDateProblems', () => {
  it('a date inside the window is fine', () => expect(topicDateProblems(topic, '2025-10-01')).toEqual([]))
  it('before the contract started', () => expect(topicDateProblems(topic, '2025-05-31')).toEqual(['before-contract']))
  it('after the contract ended and the study deadline', () =>
    expect(topicDateProblems(topic, '2026-06-01')).toEqual(['after-contract', 'after-deadline']))
  describe('edge cases', () => {
    it('a topic without dates never warns', () => expect(topicDateProblems({ year: 2021, title: 'x' }, '2030-01-01')).toEqual([]))
    it('findTopic matches year and title', () => {
      expect(findTopic([topic], 2025, '某专题')).toBe(topic)
      expect(findTopic([topic], 2026, '某专题')).toBeUndefined()
      expect(findTopic([topic], 2025, undefined)).toBeUndefined()
    })
  })
})

describe('topicWindowStatus', () => {
  const topic2023 = { contractStart: '2023-04-01', studyDeadline: '2024-03-31' }

  it('is open during the 2023 study window (宜人社秘〔2023〕43号)', () => {
    expect(topicWindowStatus(topic2023, '2023-10-01')).toBe('open')
  })
  it('still counts on the last day, 2024-03-31', () => {
    expect(topicWindowStatus(topic2023, '2024-03-31')).toBe('open')
  })
  it('is closed the day after the deadline', () => {
    expect(topicWindowStatus(topic2023, '2024-04-01')).toBe('closed')
  })
  it('is upcoming before the contract starts', () => {
    expect(topicWindowStatus(topic2023, '2023-03-01')).toBe('upcoming')
  })

  describe('edge cases', () => {
    it('is unknown when the notices give no dates', () => {
      expect(topicWindowStatus({}, '2025-01-01')).toBe('unknown')
    })
    it('takes the earlier of contract end and study deadline', () => {
      expect(lastStudyDay({ contractEnd: '2025-06-01', studyDeadline: '2025-12-31' })).toBe('2025-06-01')
    })
    it('accepts full ISO timestamps', () => {
      expect(topicWindowStatus({ contractEnd: '2021-03-31T00:00:00.000Z' }, '2021-04-01T08:00:00Z')).toBe('closed')
    })
  })
})

describe('daysUntil', () => {
  it('counts whole days, negative once past', () => {
    expect(daysUntil('2026-05-31', '2026-05-01')).toBe(30)
    expect(daysUntil('2026-05-31', '2026-06-01')).toBe(-1)
  })
})
