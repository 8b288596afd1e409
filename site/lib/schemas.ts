/**
 * Typed shapes of what the CMS REST API returns to an anonymous reader (published documents
 * only), one zod schema per collection. They mirror `cms/payload-types.ts` without importing
 * CMS code: the site reads the API like any other client. Relationship fields accept either an
 * id (depth=0) or a populated document (depth≥1) and always come out as the id.
 */
import { z } from 'zod'
import { noticeLevels, noticeStatuses, noticeSubjects, relationKinds } from '../../content/vocabulary.ts'
import { workspaceKinds } from '../../content/workspaces.ts'

/** A Payload calendar day `YYYY-MM-DDT00:00:00.000Z`, read as the day in Beijing time. */
const calendarDay = z
  .string({ error: '日期应为字符串' })
  .regex(/^\d{4}-\d{2}-\d{2}/, { error: '日期应以 YYYY-MM-DD 开头' })
  .transform((value) => value.slice(0, 10))

const optionalDay = calendarDay.nullish().transform((value) => value ?? undefined)
const optionalText = z.string().nullish().transform((value) => value ?? undefined)
const textList = z.array(z.string()).nullish().transform((value) => value ?? [])

/** An id, or a populated document whose id we keep. */
const relationId = z
  .union([z.number(), z.string(), z.object({ id: z.union([z.number(), z.string()]) }).loose()], {
    error: '关联字段应为文档编号或文档',
  })
  .transform((value) => (typeof value === 'object' ? value.id : value))

const optionalRelation = relationId.nullish().transform((value) => value ?? undefined)

const docId = z.union([z.number(), z.string()], { error: '缺少文档编号 id' })

const slug = z
  .string({ error: '缺少网址标识 slug' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug 只能由小写字母、数字和连字符组成' })

/** Lexical rich text as stored by Payload: a root node with children. */
export const lexicalDocument = z
  .object({
    root: z.object({ type: z.string(), children: z.array(z.unknown()) }).loose(),
  }, { error: '富文本应为 Lexical JSON（含 root 节点）' })
  .loose()

export const noticeSchema = z.object({
  id: docId,
  /** 文号, e.g. 皖人社秘〔2021〕115号; some documents have none. */
  docNumber: optionalText,
  title: z.string({ error: '通知缺少标题' }).min(1, { error: '通知标题不能为空' }),
  /** true when the scan lost the printed title and the editors wrote this one */
  titleSupplied: z.boolean().nullish().transform((value) => value ?? false),
  slug,
  issuer: z.string({ error: '通知缺少发文机关' }),
  /** 联合发文机关: the other issuers of a joint notice, in the printed order */
  coIssuers: textList,
  level: z.enum(noticeLevels, { error: `层级应为 ${noticeLevels.join('、')} 之一` }),
  /** 成文日期 */
  dateIssued: optionalDay,
  /** 发布日期, separate from 成文日期 */
  datePublished: optionalDay,
  /** 施行日期 and how the notice states it, only where it does */
  effectiveDate: optionalDay,
  effectiveNote: optionalText,
  /** 主题分类 */
  subjects: z
    .array(z.enum(noticeSubjects, { error: `主题分类应为 ${noticeSubjects.join('、')} 之一` }))
    .nullish()
    .transform((value) => value ?? []),
  /** 索引号, only where the notice prints one */
  indexNumber: optionalText,
  year: z.number({ error: '通知缺少年度' }).int(),
  recipients: optionalText,
  body: lexicalDocument.nullish().transform((value) => value ?? undefined),
  /** false: only the number, title and issuer are held, not the text. */
  fullText: z.boolean().nullish().transform((value) => value ?? true),
  attachments: z
    .array(
      z.object({
        title: z.string({ error: '附件缺少名称' }),
        /** id of a `media` document when the file itself is held */
        file: optionalRelation,
        note: optionalText,
        /** where on this site the attachment's content is */
        link: optionalText,
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
  contact: textList,
  status: z.enum(noticeStatuses, { error: `效力状态应为 ${noticeStatuses.join('、')} 之一` }),
  statusDate: optionalDay,
  /** id of the notice that repealed or replaced this one */
  statusBy: optionalRelation,
  relations: z
    .array(
      z.object({
        kind: z.enum(relationKinds, { error: `文件关系应为 ${relationKinds.join('、')} 之一` }),
        target: relationId,
        note: optionalText,
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
  source: optionalText,
  /** id of the body (机构) that published it */
  workspace: optionalRelation,
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})

export const providerSchema = z.object({
  id: docId,
  name: z.string({ error: '培训单位缺少名称' }),
  slug,
  /** other spellings used in the scans (kept for search) */
  variants: textList,
  website: optionalText,
  /** the address exactly as the notice prints it, when `website` had to add a scheme */
  websiteAsPrinted: optionalText,
  hotlines: textList,
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})

export const topicSchema = z.object({
  id: docId,
  year: z.number({ error: '专题缺少年度' }).int(),
  title: z.string({ error: '专题缺少名称' }),
  slug,
  provider: optionalRelation,
  learningUrl: optionalText,
  /** the address exactly as the notice prints it, when `learningUrl` had to add a scheme */
  learningUrlAsPrinted: optionalText,
  hotlines: textList,
  hours: z.number({ error: '专题缺少学时' }).positive({ error: '学时应为正数' }),
  contractStart: optionalDay,
  contractEnd: optionalDay,
  studyDeadline: optionalDay,
  sourceNotice: optionalRelation,
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})
  .refine((t) => !t.contractStart || !t.contractEnd || t.contractStart <= t.contractEnd, {
    error: '合同期结束日期早于开始日期',
    path: ['contractEnd'],
  })

export const faqSchema = z.object({
  id: docId,
  question: z.string({ error: '常见问题缺少问题' }),
  slug,
  answer: lexicalDocument,
  category: z.string({ error: '常见问题缺少分类' }),
  order: z.number().nullish().transform((value) => value ?? 0),
  sourceNotice: optionalRelation,
  years: z.array(z.number()).nullish().transform((value) => value ?? []),
  /** the question's number as printed in its source, e.g. 十五 */
  ordinal: optionalText,
  workspace: optionalRelation,
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})

export const formSchema = z.object({
  id: docId,
  title: z.string({ error: '表格缺少表名' }),
  slug,
  sourceNotice: relationId,
  columns: z.array(z.string()).min(1, { error: '表格至少要有一列' }),
  rows: z
    .array(z.object({ cells: textList }))
    .nullish()
    .transform((value) => (value ?? []).map((row) => row.cells)),
  notes: optionalText,
  workspace: optionalRelation,
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})

/** A body that publishes on the site (机构): the province's 人社厅, a city, a department. */
export const workspaceSchema = z.object({
  id: docId,
  name: z.string({ error: '机构缺少名称' }),
  shortName: z.string({ error: '机构缺少简称' }),
  slug,
  kind: z.enum(workspaceKinds, { error: `机构类别应为 ${workspaceKinds.join('、')} 之一` }),
  order: z.number().nullish().transform((value) => value ?? 100),
  contacts: z
    .object({
      hotlines: textList,
      address: optionalText,
      website: optionalText,
      websiteNote: optionalText,
      note: optionalText,
    })
    .nullish()
    .transform((value) => value ?? { hotlines: [] as string[], address: undefined, website: undefined, websiteNote: undefined, note: undefined }),
  updatedAt: z.string(),
})

export const mediaSchema = z.object({
  id: docId,
  alt: optionalText,
  url: optionalText,
  filename: optionalText,
  mimeType: optionalText,
  filesize: z.number().nullish().transform((value) => value ?? undefined),
  width: z.number().nullish().transform((value) => value ?? undefined),
  height: z.number().nullish().transform((value) => value ?? undefined),
  /** when the document was created (the import, for the starting corpus) */
  createdAt: optionalText,
  updatedAt: z.string(),
})

/** Front matter of `content/guides/*.mdx`. */
export const guideSchema = z.object({
  title: z.string({ error: '指南缺少标题 title' }).min(2),
  description: z.string({ error: '指南缺少简介 description' }).min(2),
  order: z.number({ error: '指南缺少排序 order' }).int(),
  /** slug of the notice the guide is taken from */
  sourceNotice: slug,
  relatedNotices: z.array(slug).default([]),
  /** slug of the body it belongs to (the province's unless the guide says) */
  workspace: slug.default('renshe-ting'),
})

export type LexicalDocument = z.infer<typeof lexicalDocument>
export type NoticeData = z.output<typeof noticeSchema>
export type ProviderData = z.output<typeof providerSchema>
export type TopicData = z.output<typeof topicSchema>
export type FaqData = z.output<typeof faqSchema>
export type FormData = z.output<typeof formSchema>
export type MediaData = z.output<typeof mediaSchema>
export type WorkspaceData = z.output<typeof workspaceSchema>
export type GuideData = z.output<typeof guideSchema>
