import type { FieldHook } from 'payload'
import { topicWindowStatus } from '../../../../rules/topicWindow.ts'

/** The status is never stored: it is read off the dates each time the topic is read. */
export const deriveStatus: FieldHook = ({ siblingData }) =>
  topicWindowStatus(siblingData ?? {}, new Date().toISOString())
