import type { APIRoute } from 'astro'
import { escapeXml } from '../lib/atom.ts'
import { paths } from '../../components/lib/paths.ts'
import { siteData } from '../lib/site-data.ts'
import { topicYears } from '../lib/topics.ts'

/** Every page of the site, with the last change of the documents behind it where known. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const pages: Array<{ path: string; lastmod?: string }> = [
    { path: paths.home },
    { path: paths.notices },
    { path: paths.topics },
    { path: paths.topicChanges },
    { path: paths.providers },
    { path: paths.faqs },
    { path: paths.guides },
    { path: paths.calculator },
    { path: paths.search },
    ...data.notices.map((n) => ({ path: paths.notice(n.slug), lastmod: n.updatedAt })),
    ...topicYears(data.topics).map((y) => ({ path: paths.topicYear(y) })),
    ...data.topics.map((t) => ({ path: paths.topic(t.year, t.slug), lastmod: t.updatedAt })),
    ...data.providers.map((p) => ({ path: paths.provider(p.slug), lastmod: p.updatedAt })),
    ...data.faqs.map((f) => ({ path: paths.faq(f.slug), lastmod: f.updatedAt })),
    ...data.guides.map((g) => ({ path: paths.guide(g.id) })),
    { path: paths.bureaus },
    ...data.workspaces.map((w) => ({ path: paths.bureau(w.slug), lastmod: w.updatedAt })),
  ]
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map(
      (p) => `  <url><loc>${escapeXml(new URL(p.path, base).href)}</loc>${p.lastmod ? `<lastmod>${p.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
