import { ruleValue } from './period.ts'
import type { Activity, Rule } from './types.ts'

export interface TopicEntry {
  path: string
  activity: Activity
}

/**
 * One topic a year counts (皖人社秘〔2021〕115号 附件2 十七), and only with a passed exam
 * (附件2 十六: score ≥ 60; a topic entered without a score is taken as passed).
 * The earliest passed topic is the one that counts, so the result does not depend on input order.
 */
export function selectTopic(
  entries: readonly TopicEntry[],
  examRule: Rule,
): { counted?: TopicEntry; failed: TopicEntry[]; extra: TopicEntry[] } {
  const passMark = ruleValue(examRule, 'passMark')
  const failed = entries.filter((e) => e.activity.score !== undefined && e.activity.score < passMark)
  const passed = entries
    .filter((e) => !failed.includes(e))
    .sort((a, b) => (a.activity.date < b.activity.date ? -1 : a.activity.date > b.activity.date ? 1 : 0))
  const [counted, ...extra] = passed
  return counted ? { counted, failed, extra } : { failed, extra: [] }
}
