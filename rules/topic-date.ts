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
