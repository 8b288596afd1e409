/**
 * A public-subject topic's dates: whether a completion date lies within its contract window and
 * study deadline (for the yearly check), and where the topic stands on a given day (shared by the
 * CMS's derived field and the site's tables and badges, so both agree). Dates are calendar days
 * `YYYY-MM-DD`, compared as strings; a window's last day still counts.
 */
import type { TopicInfo } from './types.ts'

export type TopicDateProblem = 'before-contract' | 'after-contract' | 'after-deadline'

/** Whether a topic's completion date lies within its contract window and study deadline. */
export function topicDateProblems(topic: TopicInfo, date: string): TopicDateProblem[] {
  const problems: TopicDateProblem[] = []
  if (topic.contractStart && date < topic.contractStart) problems.push('before-contract')
  if (topic.contractEnd && date > topic.contractEnd) problems.push('after-contract')
  if (topic.studyDeadline && date > topic.studyDeadline) problems.push('after-deadline')
  return problems
}

/** The topic of that year with that title, if the caller supplied it. */
export function findTopic(topics: readonly TopicInfo[], year: number, title: string | undefined): TopicInfo | undefined {
  if (title === undefined) return undefined
  return topics.find((t) => t.year === year && t.title === title)
}

/** Where a topic stands on a day, from its contract window and study deadline. */
export type TopicWindowStatus = 'upcoming' | 'open' | 'closed' | 'unknown'

export interface TopicWindow {
  contractStart?: string | null
  contractEnd?: string | null
  studyDeadline?: string | null
}

export const topicWindowLabels: Record<TopicWindowStatus, string> = {
  upcoming: '未开始',
  open: '学习中',
  closed: '已截止',
  unknown: '以通知为准',
}

const day = (value: string | null | undefined): string | undefined =>
  value ? value.slice(0, 10) : undefined

/** The last day on which study counts: the earlier of contract end and study deadline. */
export function lastStudyDay(window: TopicWindow): string | undefined {
  const ends = [day(window.contractEnd), day(window.studyDeadline)].filter((d): d is string => Boolean(d))
  return ends.sort()[0]
}

export function topicWindowStatus(window: TopicWindow, today: string): TopicWindowStatus {
  const start = day(window.contractStart)
  const end = lastStudyDay(window)
  const now = today.slice(0, 10)
  if (end && now > end) return 'closed'
  if (start && now < start) return 'upcoming'
  if (start || end) return 'open'
  return 'unknown'
}

/** Whole days from `today` until `date` (negative once past); both `YYYY-MM-DD`. */
export function daysUntil(date: string, today: string): number {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today.slice(0, 10)}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}
