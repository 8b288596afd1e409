/**
 * An HR sheet has every column on every row, so a row often fills a column its activity does not
 * use. Empty, nothing happens. A subject that agrees with the only one the type has (科目=专业 on
 * 专业学时) is dropped silently; one that contradicts it (公需 on 专业学时) would change the result,
 * so it is refused. Any other value (a 成绩 on 资格考试, 学时 on 培训, whose hours come from its days)
 * is information the rules do not use for that type: dropped, with a notice naming row and column.
 */
import { activityFieldsOf } from '../input-fields.ts'
import type { ActivityType, Expectation, Subject } from '../types.ts'
import type { BatchColumn } from './fields.ts'

/** The subject a type has without a 科目 column, and what a contradicting 科目 is told. */
const impliedSubject: Partial<Record<ActivityType, { subject: Subject; expect: Expectation }>> = {
  'public-topic': { subject: 'public', expect: 'public-topic-subject' },
  professional: { subject: 'professional', expect: 'professional-subject' },
}

const activityColumns = ['hours', 'days', 'count', 'score', 'subject'] as const satisfies readonly BatchColumn[]

export interface FittedActivity {
  activity: Record<string, unknown>
  /** columns whose value the type does not use: dropped, with a notice */
  ignored: BatchColumn[]
  /** a 科目 that contradicts the type: refused, saying what it would have to be */
  conflict?: { field: 'subject'; expect: Expectation }
}

export function fitToType(activity: Record<string, unknown>, type: ActivityType): FittedActivity {
  const uses = new Set(activityFieldsOf(type))
  const out: Record<string, unknown> = { ...activity }
  const ignored: BatchColumn[] = []
  let conflict: FittedActivity['conflict']
  for (const field of activityColumns) {
    if (uses.has(field) || out[field] === undefined) continue
    const value = out[field]
    delete out[field]
    const implied = impliedSubject[type]
    if (field === 'subject' && implied !== undefined) {
      if (value !== implied.subject) conflict = { field, expect: implied.expect }
      continue
    }
    ignored.push(field)
  }
  return { activity: out, ignored, ...(conflict ? { conflict } : {}) }
}
