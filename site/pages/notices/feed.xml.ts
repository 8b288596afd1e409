import type { APIRoute } from 'astro'
import { buildAtomFeed } from '../../lib/atom.ts'
import { paths } from '../../../components/lib/paths.ts'
import { excerpt } from '../../../components/lib/richtext.ts'
import { noticePageTitle } from '../../../components/lib/format.ts'
import { siteData } from '../../lib/site-data.ts'

/** Atom feed of the 50 newest notices. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const abs = (path: string) => new URL(path, base).href
  const body = buildAtomFeed({
    id: abs(paths.notices),
    title: '安徽专业技术人员继续教育 · 通知',
    selfUrl: abs(paths.noticeFeed),
    siteUrl: abs(paths.notices),
    entries: data.notices.slice(0, 50).map((n) => ({
      id: abs(paths.notice(n.slug)),
      title: noticePageTitle(n),
      url: abs(paths.notice(n.slug)),
      updated: n.updatedAt,
      published: n.dateIssued,
      author: n.issuer,
      summary: excerpt(n.body, 200),
    })),
  })
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
