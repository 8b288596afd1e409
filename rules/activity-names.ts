import type { ActivityType, Subject } from './types.ts'

export const activityNames: Record<ActivityType, { zh: string; en: string }> = {
  'public-topic': { zh: '公需科目专题', en: 'public-subject topic' },
  courseware: { zh: '网络课件', en: 'online courseware' },
  training: { zh: '培训、研修或进修', en: 'training' },
  lecture: { zh: '教学授课', en: 'lecturing' },
  'qualification-exam': { zh: '资格考试合格', en: 'qualification exam passed' },
  degree: { zh: '取得学历（学位）', en: 'degree obtained' },
  'other-conversion': { zh: '其他折算认定', en: 'other conversion' },
  professional: { zh: '单位认定的专业学时', en: 'unit-recognised professional hours' },
}

export const subjectNames: Record<Subject, { zh: string; en: string }> = {
  public: { zh: '公需科目', en: 'public' },
  professional: { zh: '专业科目', en: 'professional' },
}
