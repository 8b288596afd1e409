/**
 * The words notices are described with, defined once: the corpus schema, the CMS's select fields
 * and the site's schemas and pages all read these lists and their labels. Each list's order is
 * the order editors see in the admin's select fields.
 */

export const noticeLevels = ['province', 'city', 'department', 'national'] as const
export const noticeStatuses = ['in-force', 'repealed', 'expired'] as const
export const relationKinds = ['implements', 'interprets', 'repeals', 'cites'] as const
/** 主题分类: what a notice is about; a notice may have several. */
export const noticeSubjects = ['annual-work', 'hour-rules', 'public-subjects', 'professional-subjects', 'title-review', 'regulations'] as const

/**
 * The 发文机关 of a document whose citing notices do not name it: shown as such in its facts,
 * never a value to filter by or a page of its own.
 */
export const issuerNotStated = '原文未载明'

export type NoticeLevel = (typeof noticeLevels)[number]
export type NoticeStatus = (typeof noticeStatuses)[number]
export type RelationKind = (typeof relationKinds)[number]
export type NoticeSubject = (typeof noticeSubjects)[number]

export const noticeLevelLabels: Record<NoticeLevel, string> = {
  province: '省级',
  city: '市级',
  department: '部门',
  national: '国家部委',
}

export const noticeStatusLabels: Record<NoticeStatus, string> = {
  'in-force': '现行有效',
  repealed: '已废止',
  expired: '已失效',
}

/**
 * A relation between notices: `label` names the kind (the admin's select), `outgoing` reads on
 * the notice that holds the relation, `incoming` on the notice it points at.
 */
export const relationKindLabels: Record<RelationKind, { label: string; outgoing: string; incoming: string }> = {
  implements: { label: '贯彻落实', outgoing: '本文件贯彻落实', incoming: '贯彻落实本文件' },
  interprets: { label: '解读', outgoing: '本文件解读', incoming: '解读本文件' },
  repeals: { label: '废止', outgoing: '本文件废止', incoming: '废止本文件' },
  cites: { label: '引用', outgoing: '本文件引用', incoming: '引用本文件' },
}

export const noticeSubjectLabels: Record<NoticeSubject, string> = {
  'annual-work': '年度工作安排',
  'hour-rules': '学时管理与认定',
  'public-subjects': '公需科目',
  'professional-subjects': '专业科目',
  'title-review': '职称评审',
  regulations: '法规与制度',
}

/**
 * The start of a quote that marks a span of text the scan lost: `> 【扫描件缺失】what is missing,
 * where the full text can be asked for`. One such quote per lost span; the site shows it as a
 * marked note, not as a quotation.
 */
export const scanGapMarker = '【扫描件缺失】'
