/**
 * The site as it stands on its day (SITE_TODAY): a document whose own date (发布日期, else
 * 成文日期, else its year) is after the day is not on the site yet, nor is what is taken from it
 * (its topics, FAQs, forms and guides, and the providers only those topics name); a status dated
 * after the day has not happened yet, so the notice is still in force. Every page, the feed, the
 * sitemap, the calendar and the search index read the site's data, so none can show a document
 * before its day. The draft preview shows drafts whatever their dates and does not use this.
 */
import { noticeDates } from './notice-dates.ts'
import type { NoticeData } from './schemas.ts'
import type { SiteSources } from './site-index.ts'

/** The day a notice is on the site from: its own date, or 1 January of its year. */
export function noticeDay(n: NoticeData): string {
  return noticeDates(n, undefined).published
}

function statusOn(n: NoticeData, today: string): NoticeData {
  if (n.status === 'in-force' || !n.statusDate || n.statusDate <= today) return n
  return { ...n, status: 'in-force', statusDate: undefined, statusBy: undefined }
}

export function asOf(sources: SiteSources): SiteSources {
  const { today } = sources
  const notices = sources.notices.filter((n) => noticeDay(n) <= today).map((n) => statusOn(n, today))
  const ids = new Set(notices.map((n) => n.id))
  const slugs = new Set(notices.map((n) => n.slug))
  const fromPresent = (source: NoticeData['id'] | undefined) => source === undefined || ids.has(source)
  const topics = sources.topics.filter((t) => fromPresent(t.sourceNotice))
  const named = new Set(topics.map((t) => t.provider))
  const namedBefore = new Set(sources.topics.map((t) => t.provider))
  return {
    ...sources,
    notices,
    topics,
    providers: sources.providers.filter((p) => named.has(p.id) || !namedBefore.has(p.id)),
    faqs: sources.faqs.filter((f) => fromPresent(f.sourceNotice)),
    forms: sources.forms.filter((f) => ids.has(f.sourceNotice)),
    guides: sources.guides.filter((g) => slugs.has(g.data.sourceNotice)),
  }
}
