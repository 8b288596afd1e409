/**
 * The shape of the starting corpus in `content/`.
 *
 * This is the contract between the corpus (taken from the notices in ../shared/seeds), the CMS
 * seed (cms/seed) and the tests. Field names match the Payload collections' field names so the
 * seed maps records one to one; references between records use slugs.
 */
import { z } from 'zod'
import { noticeLevels, noticeStatuses, noticeSubjects, relationKinds } from './vocabulary.ts'
import type { WorkspaceRecord } from './workspaces.ts'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期须为 YYYY-MM-DD 格式' })

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug 只能由小写字母、数字和连字符组成' })

/** 文号 such as 皖人社秘〔2021〕115号 or 人社部令第25号. */
export const docNumberPattern = /^[\u4e00-\u9fa5]{1,12}(?:〔\d{4}〕\d{1,4}号|令第\d{1,4}号)$/

export const noticeRelation = z.object({
  kind: z.enum(relationKinds),
  /** slug of the related notice */
  target: slug,
  note: z.string().optional(),
})

/** Front matter of `content/notices/<slug>.md`; the Markdown body is the notice text. */
export const noticeFrontmatter = z
  .object({
    slug,
    docNumber: z.string().regex(docNumberPattern, { message: '文号格式不正确' }).optional(),
    title: z.string().min(2),
    /** 发文机关; with joint issuers, the first (主办) one. */
    issuer: z.string().min(2),
    /** 联合发文机关: the other issuers of a joint notice, in the order printed. */
    coIssuers: z.array(z.string().min(2)).default([]),
    level: z.enum(noticeLevels),
    /** 成文日期: exact date when the scan shows it. */
    dateIssued: isoDate.optional(),
    /** 发布日期: when the notice was published, if the source shows it (separate from 成文日期). */
    datePublished: isoDate.optional(),
    /** 施行日期, only where the notice states one. */
    effectiveDate: isoDate.optional(),
    /** How the notice states when it takes effect (e.g. 自印发之日起施行), where it does. */
    effectiveNote: z.string().min(2).optional(),
    /** 主题分类 */
    subjects: z.array(z.enum(noticeSubjects)).default([]),
    /** 索引号 exactly as printed, only where the notice prints one. */
    indexNumber: z.string().min(2).optional(),
    /** Year of issue; always known. */
    year: z.number().int().min(1990).max(2100),
    recipients: z.string().optional(),
    contact: z.array(z.string()).default([]),
    /** Attachments the notice lists (we hold only their names, not the files). */
    attachments: z
      .array(
        z.object({
          title: z.string(),
          note: z.string().optional(),
          /** where on this site the attachment's content is (a page or an anchor), for readers */
          link: z.string().regex(/^(?:\/|#)/, { message: '链接须为本站地址（以 / 或 # 开头）' }).optional(),
        }),
      )
      .default([]),
    status: z.enum(noticeStatuses).default('in-force'),
    statusDate: isoDate.optional(),
    /** slug of the notice that repealed or replaced this one */
    statusBy: slug.optional(),
    relations: z.array(noticeRelation).default([]),
    /** false for documents the seeds only name: number, title and issuer, no text. */
    fullText: z.boolean().default(true),
    /** seed file the text was taken from */
    source: z.string().optional(),
    /**
     * true when the scan lost the printed title and `title` is the editors' description of the
     * document (e.g. the Fuyang 2025 notice); the site should say so next to the title.
     */
    titleSupplied: z.boolean().optional(),
  })
  .refine((n) => n.status === 'in-force' || n.statusDate || n.statusBy, {
    message: '已废止或失效的通知须注明日期或导致其失效的通知',
    path: ['status'],
  })

export const provider = z.object({
  slug,
  name: z.string().min(2),
  /** other spellings the scans use for the same provider */
  variants: z.array(z.string()).default([]),
  website: z.url().optional(),
  /** the address exactly as the notice prints it, when `website` had to add a scheme (www.x.com) */
  websiteAsPrinted: z.string().optional(),
  hotlines: z.array(z.string()).default([]),
})

export const topic = z.object({
  slug,
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(2),
  /** provider slug; omitted where the notices do not name one */
  provider: slug.optional(),
  learningUrl: z.url().optional(),
  /** the address exactly as the notice prints it, when `learningUrl` had to add a scheme */
  learningUrlAsPrinted: z.string().optional(),
  hotlines: z.array(z.string()).default([]),
  hours: z.number().int().positive().default(30),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  studyDeadline: isoDate.optional(),
  /** slug of the notice that announced the topic */
  sourceNotice: slug,
})

export const faq = z.object({
  slug,
  question: z.string().min(4),
  /** Markdown */
  answer: z.string().min(2),
  category: z.string().min(2),
  order: z.number().int(),
  sourceNotice: slug,
  years: z.array(z.number().int()).default([]),
  /** the question's number as printed in its source, e.g. 十五 for 附件2 问题十五 */
  ordinal: z.string().optional(),
  /** where in the source notice the answer comes from, e.g. 第三部分（一） or 附件2 十五 */
  citation: z.string().optional(),
})

/** A form from a notice (e.g. the Anqing 备案表) kept as a table an editor can update. */
export const formTable = z.object({
  slug,
  title: z.string().min(2),
  sourceNotice: slug,
  columns: z.array(z.string()).min(1),
  rows: z.array(z.array(z.string())),
  notes: z.array(z.string()).default([]),
  /** lines printed above the table (填报单位、时间 …), blanks kept as printed */
  headerLines: z.array(z.string()).default([]),
  /** lines printed below the table before the notes (填报人、联系电话 …) */
  footerLines: z.array(z.string()).default([]),
})

/** Front matter of `content/guides/<slug>.mdx`; the body is plain Markdown-compatible MDX. */
export const guideFrontmatter = z.object({
  title: z.string().min(2),
  description: z.string().min(2),
  /** position in the guide menu, ascending */
  order: z.number().int(),
  /** slug of the notice the guide is taken from */
  sourceNotice: slug,
  /** further notices the guide cites */
  relatedNotices: z.array(slug).default([]),
  /** the body (workspaces.json) the guide belongs to; guides are the province's unless they say */
  workspace: slug.default('renshe-ting'),
})

export type NoticeFrontmatter = z.infer<typeof noticeFrontmatter>
export type Notice = NoticeFrontmatter & { body: string }
export type Provider = z.infer<typeof provider>
export type Topic = z.infer<typeof topic>
export type Faq = z.infer<typeof faq>
export type FormTable = z.infer<typeof formTable>
export type GuideFrontmatter = z.infer<typeof guideFrontmatter>
export type Guide = GuideFrontmatter & { slug: string; body: string }

export interface Corpus {
  /**
   * The bodies that publish (content/workspaces.json, read by `loadWorkspaces` in workspaces.ts).
   * Optional: a corpus without them is seeded into the province's workspace alone.
   */
  workspaces?: WorkspaceRecord[]
  notices: Notice[]
  providers: Provider[]
  topics: Topic[]
  faqs: Faq[]
  forms: FormTable[]
}
