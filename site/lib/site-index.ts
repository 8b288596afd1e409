/**
 * The site's content sorted and indexed: notices by id, relations in both directions, topics
 * with their providers, forms per notice. Pure (no content collections), so the draft preview
 * indexes what it reads from the CMS exactly as the build does.
 */
import { richTextUploads } from '../../components/lib/richtext.ts'
import { noticeDeadlines, type Deadline } from './deadlines.ts'
import { noticeLinks, type NoticeLinks } from './relations.ts'
import type { FaqData, FormData, GuideData, MediaData, NoticeData, ProviderData, TopicData, WorkspaceData } from './schemas.ts'
import { studyYearsToday, type StudyYearsToday } from './study-years.ts'

export type Id = NoticeData['id']

export interface GuideEntry {
  id: string
  data: GuideData
}

export interface SiteData {
  /** the build's "today" in Beijing time (SITE_TODAY overrides it for tests) */
  today: string
  /** every deadline the notices give (study windows and the like), oldest first */
  deadlines: Deadline[]
  /** where the study years stand on `today`: this year, years still open, the last closed */
  years: StudyYearsToday
  notices: NoticeData[]
  noticeById: Map<Id, NoticeData>
  links: Map<Id, NoticeLinks>
  topics: TopicData[]
  providers: ProviderData[]
  providerById: Map<Id, ProviderData>
  faqs: FaqData[]
  formsByNotice: Map<Id, FormData[]>
  mediaById: Map<Id, MediaData>
  guides: GuideEntry[]
  /** the bodies that publish, in the order the site lists them (各地各部门) */
  workspaces: WorkspaceData[]
  workspaceById: Map<Id, WorkspaceData>
}

/** Newest first: by date of issue, then year, then 文号. */
export function compareNotices(a: NoticeData, b: NoticeData): number {
  const da = a.dateIssued ?? `${a.year}-00-00`
  const db = b.dateIssued ?? `${b.year}-00-00`
  return db.localeCompare(da) || (b.docNumber ?? '').localeCompare(a.docNumber ?? '') || a.slug.localeCompare(b.slug)
}

/** What the site is built from, as read from the collections (or, in the preview, from the CMS). */
export interface SiteSources {
  today: string
  notices: NoticeData[]
  topics: TopicData[]
  providers: ProviderData[]
  faqs: FaqData[]
  forms: FormData[]
  media: MediaData[]
  guides: GuideEntry[]
  /** the draft preview renders no bureau pages and may leave them out */
  workspaces?: WorkspaceData[]
}

/** Whether any published text shows an uploaded file: only then are media read. */
export function needsMedia(notices: readonly NoticeData[], faqs: readonly FaqData[]): boolean {
  return (
    notices.some((n) => n.attachments.some((a) => a.file !== undefined) || richTextUploads(n.body).length > 0) ||
    faqs.some((f) => richTextUploads(f.answer).length > 0)
  )
}

/** Sorts and indexes the sources; the public build and the draft preview both use it. */
export function indexSiteData(sources: SiteSources): SiteData {
  const { today, notices, topics, providers, faqs, forms, media } = sources
  const guides = [...sources.guides].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
  const workspaces = [...(sources.workspaces ?? [])].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
  notices.sort(compareNotices)
  topics.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'zh-CN'))
  providers.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  faqs.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
  const formsByNotice = new Map<Id, FormData[]>()
  for (const form of forms) {
    const list = formsByNotice.get(form.sourceNotice) ?? []
    list.push(form)
    formsByNotice.set(form.sourceNotice, list)
  }
  const deadlines = noticeDeadlines(notices)
  return {
    today,
    deadlines,
    years: studyYearsToday(today, topics, deadlines),
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
    links: noticeLinks(notices),
    topics,
    providers,
    providerById: new Map(providers.map((p) => [p.id, p])),
    faqs,
    formsByNotice,
    mediaById: new Map(media.map((m) => [m.id, m])),
    guides,
    workspaces,
    workspaceById: new Map(workspaces.map((w) => [w.id, w])),
  }
}

export { siteToday } from './site-today.ts'

