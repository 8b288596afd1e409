import type { FieldHook } from 'payload'
import { todayInChina } from '../../../../rules/dates.ts'
import { topicWindowStatus } from '../../../../rules/topic-date.ts'
import type { Topic } from '../../../payload-types.ts'

/**
 * The status is never stored: it is read off the dates each time the topic is read, on the day
 * in Beijing. Whatever a client sends for it is dropped.
 */
export const deriveStatus: FieldHook<Topic, Topic['windowStatus'], Partial<Topic>> = ({ siblingData }) =>
  topicWindowStatus(siblingData ?? {}, todayInChina(new Date()))
