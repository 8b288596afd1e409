/**
 * Topics by year as the site shows them. The status of a contract window comes from the shared
 * rule in `rules/topic-date.ts`; this module only groups, sorts and compares years.
 */
import { daysUntil, lastStudyDay, topicWindowLabels, topicWindowStatus } from '../../rules/topic-date.ts'
import type { TopicRow, TopicState } from '../../components/lib/types.ts'
import type { ProviderData, TopicData } from './schemas.ts'

/** A topic's window on `today`. Topics of past years without dates count as closed. */
export function topicState(topic: TopicData, today: string): TopicState {
  let status = topicWindowStatus(topic, today)
  if (status === 'unknown' && topic.year < Number(today.slice(0, 4))) status = 'closed'
  const lastDay = lastStudyDay(topic)
  return {
    status,
    label: topicWindowLabels[status],
    lastDay,
    daysLeft: lastDay ? daysUntil(lastDay, today) : undefined,
  }
}

/** A topics table's rows: each topic with its provider, the hotlines to call and its state on `today`. */
export function topicRows(
  topics: readonly TopicData[],
  providerById: ReadonlyMap<ProviderData['id'], ProviderData>,
  today: string,
): TopicRow[] {
  return topics.map((topic) => {
    const provider = topic.provider === undefined ? undefined : providerById.get(topic.provider)
    const hotlines = topic.hotlines.length ? topic.hotlines : (provider?.hotlines ?? [])
    return { topic, provider, hotlines, state: topicState(topic, today) }
  })
}

/** Years that have topics, newest first. */
export function topicYears(topics: readonly TopicData[]): number[] {
  return [...new Set(topics.map((t) => t.year))].sort((a, b) => b - a)
}

/** "This year" for the public: the newest year with topics that is not in the future. */
export function currentTopicYear(topics: readonly TopicData[], today: string): number | undefined {
  const years = topicYears(topics)
  const now = Number(today.slice(0, 4))
  return years.find((y) => y <= now) ?? years.at(-1)
}

export function topicsOfYear(topics: readonly TopicData[], year: number): TopicData[] {
  return topics
    .filter((t) => t.year === year)
    .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN') || a.slug.localeCompare(b.slug))
}

export interface YearChanges {
  year: number
  previousYear: number
  /** topics whose title did not appear the year before */
  newTopics: TopicData[]
  /** titles of the previous year that are not offered again */
  droppedTopics: TopicData[]
  /** topics offered both years (matched by title) */
  continuedTopics: Array<{ now: TopicData; before: TopicData }>
  newProviders: ProviderData[]
  droppedProviders: ProviderData[]
  continuedProviders: ProviderData[]
  /** whether each year's topics name their providers at all (the 2023 notices do not) */
  providersNamed: { now: boolean; before: boolean }
}

const key = (title: string) => title.replace(/[\s《》“”"「」]/g, '')

/**
 * What changed in `year` against an earlier year — by default the year before — in topics
 * (matched by title) and providers.
 */
export function yearChanges(
  topics: readonly TopicData[],
  providers: ReadonlyMap<TopicData['id'], ProviderData>,
  year: number,
  previousYear = year - 1,
): YearChanges {
  const now = topicsOfYear(topics, year)
  const before = topicsOfYear(topics, previousYear)
  const beforeByTitle = new Map(before.map((t) => [key(t.title), t]))
  const nowTitles = new Set(now.map((t) => key(t.title)))
  const providerSet = (list: TopicData[]) =>
    new Map(
      list
        .map((t) => (t.provider === undefined ? undefined : providers.get(t.provider)))
        .filter((p): p is ProviderData => p !== undefined)
        .map((p) => [p.id, p]),
    )
  const providersNow = providerSet(now)
  const providersBefore = providerSet(before)
  const byName = (a: ProviderData, b: ProviderData) => a.name.localeCompare(b.name, 'zh-CN')
  return {
    year,
    previousYear,
    newTopics: now.filter((t) => !beforeByTitle.has(key(t.title))),
    droppedTopics: before.filter((t) => !nowTitles.has(key(t.title))),
    continuedTopics: now
      .filter((t) => beforeByTitle.has(key(t.title)))
      .map((t) => ({ now: t, before: beforeByTitle.get(key(t.title))! })),
    newProviders: [...providersNow.values()].filter((p) => !providersBefore.has(p.id)).sort(byName),
    droppedProviders: [...providersBefore.values()].filter((p) => !providersNow.has(p.id)).sort(byName),
    continuedProviders: [...providersNow.values()].filter((p) => providersBefore.has(p.id)).sort(byName),
    providersNamed: { now: providersNow.size > 0, before: providersBefore.size > 0 },
  }
}
