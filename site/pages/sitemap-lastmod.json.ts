import type { APIRoute } from 'astro'
import { issuersOf } from '../../components/lib/format.ts'
import { issuerKey, paths } from '../../components/lib/paths.ts'
import { importBatchEnd, noticeDates } from '../lib/notice-dates.ts'
import { siteData } from '../lib/site-data.ts'

/**
 * Each page's last change, by URL path, for the sitemap (read and removed again by
 * integrations/sitemap-lastmod.ts). A notice's is its last real edit (lib/notice-dates.ts); a
 * topic's, FAQ's or provider's is its own last edit after the import, else its source notice's
 * date; a list page's is the newest of what it lists.
 */
export const GET: APIRoute = async () => {
  const data = await siteData()
  const batchEnd = importBatchEnd([...data.notices, ...data.topics, ...data.faqs, ...data.providers])
  const day = (value: string) => value.slice(0, 10)
  const noticeDay = new Map(data.notices.map((n) => [n.id, day(noticeDates(n, batchEnd).updated)]))
  const own = (doc: { updatedAt: string }, source: string | undefined) => {
    const edited = Date.parse(doc.updatedAt)
    return batchEnd !== undefined && edited <= batchEnd ? source : day(doc.updatedAt)
  }
  const newest = (days: Array<string | undefined>) => days.filter((d): d is string => Boolean(d)).sort().at(-1)
  const out: Record<string, string | undefined> = {}

  for (const n of data.notices) out[paths.notice(n.slug)] = noticeDay.get(n.id)
  const facets: Array<['year' | 'issuer' | 'level' | 'status', (n: (typeof data.notices)[number]) => string[]]> = [
    ['year', (n) => [String(n.year)]],
    ['issuer', (n) => issuersOf(n).map(issuerKey)],
    ['level', (n) => [n.level]],
    ['status', (n) => [n.status]],
  ]
  for (const [facet, valuesOf] of facets) {
    for (const n of data.notices) {
      for (const value of valuesOf(n)) {
        const key = paths.noticeFilter(facet, value)
        out[key] = newest([out[key], noticeDay.get(n.id)])
      }
    }
  }
  out[paths.notices] = newest([...noticeDay.values()])

  const topicDay = new Map(data.topics.map((t) => [t.id, own(t, t.sourceNotice === undefined ? undefined : noticeDay.get(t.sourceNotice))]))
  for (const t of data.topics) {
    out[paths.topic(t.year, t.slug)] = topicDay.get(t.id)
    out[paths.topicYear(t.year)] = newest([out[paths.topicYear(t.year)], topicDay.get(t.id)])
  }
  out[paths.topics] = newest([...topicDay.values()])
  out[paths.topicChanges] = out[paths.topics]
  for (const p of data.providers) {
    const topics = data.topics.filter((t) => t.provider === p.id).map((t) => topicDay.get(t.id))
    out[paths.provider(p.slug)] = own(p, newest(topics))
  }
  out[paths.providers] = newest(data.providers.map((p) => out[paths.provider(p.slug)]))
  const faqDays = data.faqs.map((f) => own(f, f.sourceNotice === undefined ? undefined : noticeDay.get(f.sourceNotice)))
  data.faqs.forEach((f, i) => (out[paths.faq(f.slug)] = faqDays[i]))
  out[paths.faqs] = newest(faqDays)
  out[paths.home] = newest([out[paths.notices], out[paths.topics], out[paths.faqs]])

  const body = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
