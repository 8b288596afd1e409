/**
 * The calculator's words for what rules/ returns: result lines and errors, worded by
 * rules/messages/zh.ts with activities named as the form numbers them ("第3项"), and field labels
 * from the one table in rules/labels.ts. Pure; no DOM.
 */
import {
  activityNames, activityPath, errorDetail, fieldLabel, subjectNames, yearLineText, zh,
  type ValidationError, type YearLine,
} from '../../rules/index.ts'
import type { FormActivity } from './state.ts'

/** The label a field has on the form, e.g. 考试成绩（选填）; `bare` leaves out 选填. */
export function formLabel(field: string, bare = false): string {
  const label = fieldLabel(field)
  const text = label?.form ?? field
  return label?.optional && !bare ? `${text}（选填）` : text
}

/** Names each activity's path as the form numbers it: activities[2] → 第3项. */
export function itemNames(count: number): (path: string) => string {
  const names = new Map(Array.from({ length: count }, (_, i) => [activityPath(i), `第${i + 1}项`]))
  return (path) => names.get(path) ?? path
}

export function lineText(l: YearLine, count: number): string {
  return yearLineText(zh, l, itemNames(count))
}

/** Which answer an error is about: 第3项（培训、研修或进修）天数, or 年度. */
export function errorPlace(e: ValidationError, activities: readonly FormActivity[]): string {
  const [list, index, field] = e.at
  if (list !== 'activities' || typeof index !== 'number') return e.path === 'year' ? (fieldLabel('year')?.zh ?? e.path) : e.path
  const a = activities[index]
  return `第${index + 1}项（${a ? activityNames[a.type].zh : ''}）${typeof field === 'string' ? formLabel(field) : ''}`
}

/** A value as the answers list shows it: a subject by its name (公需科目), never its key. */
export function answerValue(field: string, value: string): string {
  if (field === 'subject') return (subjectNames as Record<string, { zh: string } | undefined>)[value]?.zh ?? value
  return value
}

/**
 * What is wrong, in the form's words. The command line's wording names the JSON keys
 * (hours, count); on the page the person sees the fields' labels instead.
 */
function formDetail(e: ValidationError): string {
  const expect = (e.params as { expect?: string }).expect
  if (expect === 'hours-or-count') return `请填写课件标定的${formLabel('hours')}，或没有标定学时的课件个数（${formLabel('count')}），二者填且只填其一`
  return errorDetail(zh, e)
}

/** An error as the summary and the field show it: the answer, then what is wrong. */
export function errorMessage(e: ValidationError, activities: readonly FormActivity[]): string {
  return `${errorPlace(e, activities)}：${formDetail(e)}`
}
