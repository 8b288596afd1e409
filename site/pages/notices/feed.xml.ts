import type { APIRoute } from 'astro'
import { buildAtomFeed } from '../../lib/atom.ts'
import { paths } from '../../../components/lib/paths.ts'
import { excerpt } from '../../../components/lib/richtext.ts'
import { issuersText, noticeName } from '../../../components/lib/format.ts'
import { importBatchEnd, noticeDates, publishedText } from '../../lib/notice-dates.ts'
import { siteData } from '../../lib/site-data.ts'

/** Atom feed of the 50 newest notices, dated by the documents' own dates (lib/notice-dates.ts). */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const abs = (path: string) => new URL(path, base).href
  const batchEnd = importBatchEnd(data.notices)
  const body = buildAtomFeed({
    id: abs(paths.notices),
    title: '安徽专业技术人员继续教育 · 通知',
    selfUrl: abs(paths.noticeFeed),
    siteUrl: abs(paths.notices),
    entries: data.notices.slice(0, 50).map((n) => {
      const dates = noticeDates(n, batchEnd)
      const text = excerpt(n.body, 200)
      return {
        id: abs(paths.notice(n.slug)),
        title: n.docNumber && !n.title.includes(n.docNumber) ? `${n.title}（${n.docNumber}）` : noticeName(n),
        url: abs(paths.notice(n.slug)),
        updated: dates.updated,
        published: dates.published,
        author: issuersText(n),
        summary: [`${n.datePublished ? '发布日期' : n.dateIssued ? '成文日期' : '年份'}：${publishedText(dates)}。`, text].filter(Boolean).join(' '),
      }
    }),
  })
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
