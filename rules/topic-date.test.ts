import { describe, expect, it } from 'vitest'
import { findTopic, topicDateProblems } from './topic-date.ts'

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
