/**
 * Where a public-subject topic stands on a given day, from its contract window and study
 * deadline. Shared by the CMS (derived field) and the site (tables, badges) so both agree.
 * Dates are calendar days `YYYY-MM-DD`, compared as strings; a window's last day still counts.
 */
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
