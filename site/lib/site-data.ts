/**
 * Everything the pages need, read once from the content collections and indexed: notices by
 * id and slug, relations in both directions, topics with their providers, forms per notice.
 */
import { getCollection } from 'astro:content'
import type { FaqData, FormData, MediaData, NoticeData, ProviderData, TopicData, WorkspaceData } from './schemas.ts'
import { asOf } from './as-of.ts'
import { indexSiteData, needsMedia, siteToday, type GuideEntry, type SiteData } from './site-index.ts'

export { compareNotices, indexSiteData, type GuideEntry, type SiteData } from './site-index.ts'

let cached: Promise<SiteData> | undefined

interface Entry<T> {
  id: string
  data: T
}

async function data<T>(collection: string): Promise<T[]> {
  const entries = (await getCollection(collection)) as Array<Entry<T>>
  return entries.map((e) => e.data)
}

async function load(): Promise<SiteData> {
  const [notices, topics, providers, faqs, forms, workspaces] = await Promise.all([
    data<NoticeData>('notices'),
    data<TopicData>('topics'),
    data<ProviderData>('providers'),
    data<FaqData>('faqs'),
    data<FormData>('forms'),
    data<WorkspaceData>('workspaces'),
  ])
  // Media only matter when a text or attachment shows a file (Astro warns about empty collections).
  const media = needsMedia(notices, faqs) ? await data<MediaData>('media') : []
  const guides = (await getCollection('guides')) as GuideEntry[]
  return indexSiteData(asOf({ today: siteToday(), notices, topics, providers, faqs, forms, media, guides, workspaces }))
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
