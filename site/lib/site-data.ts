/**
 * Everything the pages need, read once from the content collections and indexed: notices by
 * id and slug, relations in both directions, topics with their providers, forms per notice.
 */
import { getCollection } from 'astro:content'
import { todayInChina } from '../../rules/dates.ts'
import { noticeLinks, type NoticeLinks } from './relations.ts'
import type { FaqData, FormData, GuideData, MediaData, NoticeData, ProviderData, TopicData } from './schemas.ts'
import { noticeDeadlines, type Deadline } from './deadlines.ts'
import { studyYearsToday, type StudyYearsToday } from './study-years.ts'

type Id = NoticeData['id']

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
}

let cached: Promise<SiteData> | undefined

interface Entry<T> {
  id: string
  data: T
}

async function data<T>(collection: string): Promise<T[]> {
  const entries = (await getCollection(collection)) as Array<Entry<T>>
  return entries.map((e) => e.data)
}

/** Newest first: by date of issue, then year, then 文号. */
export function compareNotices(a: NoticeData, b: NoticeData): number {
  const da = a.dateIssued ?? `${a.year}-00-00`
  const db = b.dateIssued ?? `${b.year}-00-00`
  return db.localeCompare(da) || (b.docNumber ?? '').localeCompare(a.docNumber ?? '') || a.slug.localeCompare(b.slug)
}

async function load(): Promise<SiteData> {
  const today = process.env.SITE_TODAY?.slice(0, 10) || todayInChina(new Date())
  const [notices, topics, providers, faqs, forms] = await Promise.all([
    data<NoticeData>('notices'),
    data<TopicData>('topics'),
    data<ProviderData>('providers'),
    data<FaqData>('faqs'),
    data<FormData>('forms'),
  ])
  // Media only matter when an attachment holds a file (Astro warns about empty collections).
  const media = notices.some((n) => n.attachments.some((a) => a.file !== undefined)) ? await data<MediaData>('media') : []
  const guides = ((await getCollection('guides')) as GuideEntry[]).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  )
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
  }
}

export function siteData(): Promise<SiteData> {
  cached ??= load()
  return cached
}

/** FAQ categories in first-seen order (FAQs are sorted by `order`). */
export function faqCategories(faqs: readonly FaqData[]): Array<{ category: string; faqs: FaqData[] }> {
  const groups = new Map<string, FaqData[]>()
  for (const faq of faqs) {
    const list = groups.get(faq.category) ?? []
    list.push(faq)
    groups.set(faq.category, list)
  }
  return [...groups].map(([category, list]) => ({ category, faqs: list }))
}
