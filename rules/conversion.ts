import { ruleValue } from './period.ts'
import type { Activity, Rule } from './types.ts'

/**
 * Hours one activity is worth under the rule in force on its date (109号 (八)–(十二), the topic
 * rule, or the hours a unit recognised). Quantities are validated before this is called.
 */
export function activityHours(activity: Activity, rule: Rule): number {
  switch (activity.type) {
    case 'public-topic':
    case 'qualification-exam':
    case 'degree':
      return ruleValue(rule, 'hours')
    case 'training':
      return (activity.days ?? 0) * ruleValue(rule, 'perDay')
    case 'lecture':
      return (activity.count ?? 0) * ruleValue(rule, 'perOccasion')
    case 'courseware':
      return activity.hours ?? (activity.count ?? 0) * ruleValue(rule, 'perCourseware')
    case 'other-conversion':
    case 'professional':
      return activity.hours ?? 0
  }
}

/** The conversion options that compete under 就高原则; courseware and topics add on top. */
export function isConversionOption(type: Activity['type']): boolean {
  return type === 'qualification-exam' || type === 'degree' || type === 'training' || type === 'lecture' || type === 'other-conversion'
}
