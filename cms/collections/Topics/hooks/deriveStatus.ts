import type { FieldHook } from 'payload'
import { topicWindowStatus } from '../../../../rules/topic-date.ts'

/**
 * The status is never stored: it is read off the dates each time the topic is read, on the day
 * in Beijing. Whatever a client sends for it is dropped.
 */
export const deriveStatus: FieldHook = ({ siblingData }) => topicWindowStatus(siblingData ?? {}, beijingToday())

const beijingDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

export function beijingToday(now: Date = new Date()): string {
  return beijingDay.format(now)
}
