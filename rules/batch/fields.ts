/**
 * The columns and values HR files use (RULES.md §6): English or Chinese headers, Chinese type and
 * subject names. Matching ignores case, spaces and a trailing note in brackets (“学时（选填）”).
 */
import { activityNames, fieldLabels } from '../labels.ts'
import { activityTypes, type ActivityType, type Subject } from '../types.ts'

export const batchColumns = ['name', 'id', 'year', 'type', 'date', 'hours', 'days', 'count', 'subject', 'score', 'note'] as const
export type BatchColumn = (typeof batchColumns)[number]

/** Columns a file must have; the others may be left out. */
export const requiredColumns: readonly BatchColumn[] = ['name', 'year', 'type', 'date']

/** The Chinese header of each column, as the template writes it (from the one table of labels). */
export const columnNames = Object.fromEntries(
  batchColumns.map((c) => [c, fieldLabels[c].column ?? fieldLabels[c].zh]),
) as Readonly<Record<BatchColumn, string>>

const headerAliases: Record<BatchColumn, readonly string[]> = {
  name: ['name', '姓名', '名字'],
  id: ['id', '证件号', '证件号码', '身份证号', '身份证号码', '工号', '编号'],
  year: ['year', '年度', '年份', '考核年度'],
  type: ['type', '类型', '活动类型', '学习类型', '项目'],
  date: ['date', '日期', '时间', '完成日期'],
  hours: ['hours', '学时', '学时数'],
  days: ['days', '天数'],
  count: ['count', '次数', '个数', '数量'],
  subject: ['subject', '科目', '认定为'],
  score: ['score', '成绩', '考试成绩'],
  note: ['note', '备注', '说明'],
}

/** Full-width letters and digits to ASCII, spaces out, lower case, a trailing (…) or （…） dropped. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\([^()]*\)$/, '').toLowerCase()
}

const headerIndex = new Map<string, BatchColumn>()
for (const column of batchColumns) for (const alias of headerAliases[column]) headerIndex.set(normalizeLabel(alias), column)

export function columnOf(header: string): BatchColumn | undefined {
  return headerIndex.get(normalizeLabel(header))
}

const typeAliases: Record<ActivityType, readonly string[]> = {
  'public-topic': ['公需科目专题', '公需专题', '公需科目', '专题'],
  courseware: ['网络课件', '课件', '网络学习'],
  training: ['培训', '研修', '进修', '培训研修进修'],
  lecture: ['讲课', '授课', '讲座', '教学授课', '学术报告'],
  'qualification-exam': ['资格考试', '资格考试合格', '考试', '职业资格考试'],
  degree: ['学历', '学位', '学历学位', '取得学历', '取得学位'],
  'other-conversion': ['其他折算', '其他折算认定', '其他'],
  professional: ['专业学时', '单位认定', '单位认定的专业学时', '专业学时单位认定'],
}

const typeIndex = new Map<string, ActivityType>()
for (const type of activityTypes) {
  typeIndex.set(type, type)
  for (const alias of [...typeAliases[type], activityNames[type].zh]) typeIndex.set(normalizeLabel(alias).replace(/[、，,/（）()]/g, ''), type)
}

/** An activity type from its id or a Chinese name; undefined when the value is not one. */
export function activityTypeOf(value: string): ActivityType | undefined {
  const key = normalizeLabel(value)
  return typeIndex.get(key) ?? typeIndex.get(key.replace(/[、，,/（）()]/g, ''))
}

const subjectIndex = new Map<string, Subject>([
  ['public', 'public'], ['公需', 'public'], ['公需科目', 'public'], ['公需课', 'public'],
  ['professional', 'professional'], ['专业', 'professional'], ['专业科目', 'professional'], ['专业课', 'professional'],
])

export function subjectOf(value: string): Subject | undefined {
  return subjectIndex.get(normalizeLabel(value))
}
