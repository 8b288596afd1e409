/**
 * The one table of names for activity types, subjects and input fields: used by the messages,
 * the calculator's form and its page. `add` is the calculator's button for adding an activity,
 * `form` the label of a field on the form.
 */
import { zhDate } from './messages/format.ts'
import { REGIME_SPLIT } from './table.ts'
import type { ActivityType, Subject, Text } from './types.ts'

export const activityNames: Record<ActivityType, Text & { add: string }> = {
  'public-topic': { zh: '公需科目专题', en: 'public-subject topic', add: '学完一个公需科目专题' },
  courseware: { zh: '网络课件', en: 'online courseware', add: '网络课件' },
  training: { zh: '培训、研修或进修', en: 'training', add: '参加培训、研修或进修' },
  lecture: { zh: '教学授课', en: 'lecturing', add: '讲课、学术报告或讲座' },
  'qualification-exam': { zh: '资格考试合格', en: 'qualification exam passed', add: '考试合格（资格考试）' },
  degree: { zh: '取得学历（学位）', en: 'degree obtained', add: '取得学历（学位）' },
  'other-conversion': { zh: '其他折算认定', en: 'other conversion', add: '其他折算认定（论文、著作等）' },
  professional: { zh: '单位认定的专业学时', en: 'unit-recognised professional hours', add: `单位认定的专业学时（${zhDate(REGIME_SPLIT)}前）` },
}

export const subjectNames: Record<Subject, Text> = {
  public: { zh: '公需科目', en: 'public' },
  professional: { zh: '专业科目', en: 'professional' },
}

/** A field's name in error messages (zh, en) and, for an activity's fields, its label on the form. */
export interface FieldLabel extends Text {
  form?: string
  /** its column's header in an HR sheet and the batch template, where not `zh` */
  column?: string
  /** the form marks it 选填 */
  optional?: boolean
}

const fields = {
  name: { zh: '姓名', en: 'name' },
  id: { zh: '证件号', en: 'ID number' },
  year: { zh: '年度', en: 'year' },
  activities: { zh: '活动列表', en: 'activities' },
  type: { zh: '活动类型', en: 'activity type', column: '类型' },
  date: { zh: '日期', en: 'date', form: '日期' },
  hours: { zh: '学时', en: 'hours', form: '学时' },
  days: { zh: '天数', en: 'days', form: '天数' },
  count: { zh: '数量', en: 'count', form: '次数', column: '次数' },
  subject: { zh: '科目', en: 'subject', form: '申请认定为' },
  score: { zh: '考试成绩', en: 'exam score', form: '考试成绩', column: '成绩', optional: true },
  topic: { zh: '专题名称', en: 'topic title', form: '专题' },
  note: { zh: '备注', en: 'note', form: '说明', optional: true },
} satisfies Record<string, FieldLabel>

export const fieldLabels: Readonly<Record<keyof typeof fields, FieldLabel>> = fields

/** The label of a field by name, if the table has one. */
export function fieldLabel(name: string): FieldLabel | undefined {
  return (fieldLabels as Readonly<Record<string, FieldLabel | undefined>>)[name]
}
