import { describe, expect, it } from 'vitest'
import { providerSchema, topicSchema, type ProviderData, type TopicData } from './schemas.ts'
import { currentTopicYear, topicRows, topicState, yearChanges } from './topics.ts'

const topic = (over: Partial<Record<string, unknown>>): TopicData =>
  topicSchema.parse({ id: 1, year: 2025, title: '专题', slug: 't', hours: 30, updatedAt: '2025-01-01T00:00:00.000Z', ...over })

describe('topics', () => {
  it('a 2021 topic with no dates counts as closed in 2025; a 2025 topic shows days left', () => {
    expect(topicState(topic({ year: 2021 }), '2025-06-01').status).toBe('closed')
    const state = topicState(topic({ contractStart: '2025-01-01', contractEnd: '2025-12-31', studyDeadline: '2026-03-31' }), '2025-12-01')
    expect(state).toMatchObject({ status: 'open', lastDay: '2025-12-31', daysLeft: 30 })
  })

  it('a table row takes the provider\'s hotlines when the topic has none of its own', () => {
    const provider = providerSchema.parse({ id: 7, name: '安徽开放大学', slug: 'ahou', hotlines: ['0551-63364677'], updatedAt: '' })
    const rows = topicRows([topic({ provider: 7 }), topic({ slug: 'u', hotlines: ['400-000-0000'] })], new Map([[provider.id, provider]]), '2025-06-01')
    expect(rows.map((r) => [r.provider?.name, r.hotlines])).toEqual([['安徽开放大学', ['0551-63364677']], [undefined, ['400-000-0000']]])
    expect(rows[0]?.state.status).toBe('unknown')
  })

  it('"this year" is the newest year with topics that is not in the future', () => {
    const topics = [topic({ year: 2021 }), topic({ year: 2023 }), topic({ year: 2027 })]
    expect(currentTopicYear(topics, '2025-05-01')).toBe(2023)
    expect(currentTopicYear([topic({ year: 2027 })], '2025-05-01')).toBe(2027)
    expect(currentTopicYear([], '2025-05-01')).toBeUndefined()
  })

  it('compares a year with the one before: new, continued and dropped topics and providers', () => {
    const a = { id: 1, name: '安徽开放大学', slug: 'a' } as ProviderData
    const b = { id: 2, name: '安徽冠成教育科技有限公司', slug: 'b' } as ProviderData
    const topics = [
      topic({ id: 1, year: 2022, title: '区块链技术', slug: 'x1', provider: 1 }),
      topic({ id: 2, year: 2022, title: '乡村振兴', slug: 'x2', provider: 1 }),
      topic({ id: 3, year: 2023, title: '《区块链技术》', slug: 'x3', provider: 2, hours: 20 }),
      topic({ id: 4, year: 2023, title: '数字中国', slug: 'x4', provider: 2 }),
    ]
    const c = yearChanges(topics, new Map([[1, a], [2, b]]), 2023)
    expect(c.newTopics.map((t) => t.title)).toEqual(['数字中国'])
    expect(c.droppedTopics.map((t) => t.title)).toEqual(['乡村振兴'])
    expect(c.continuedTopics.map(({ now, before }) => [now.hours, before.hours])).toEqual([[20, 30]])
    expect(c.newProviders).toEqual([b])
    expect(c.droppedProviders).toEqual([a])
    expect(c.providersNamed).toEqual({ now: true, before: true })
  })

  it('compares with an earlier year when the year before has no topics, and notes unnamed providers', () => {
    const topics = [topic({ id: 1, year: 2021, title: '区块链技术', provider: 1 }), topic({ id: 2, year: 2023, title: '数字中国' })]
    const c = yearChanges(topics, new Map(), 2023, 2021)
    expect(c.previousYear).toBe(2021)
    expect(c.newTopics.map((t) => t.title)).toEqual(['数字中国'])
    expect(c.providersNamed.now).toBe(false)
  })
})
