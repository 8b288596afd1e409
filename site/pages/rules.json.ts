import type { APIRoute } from 'astro'
import { rulesDocument } from '../../rules/index.ts'
import { paths } from '../../components/lib/paths.ts'
import { ruleLinks } from '../lib/rule-links.ts'
import { siteData } from '../lib/site-data.ts'

/** The rulebook as open data: every rule of rules/table.ts, its version and the build date. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const links = ruleLinks(data.notices, data.faqs)
  const doc = rulesDocument(data.today)
  const body = {
    $comment: '由 rules/table.ts 生成；“interpretation: true”为本站对通知的理解，不是政策原文。',
    ...doc,
    schemas: { yearInput: new URL(paths.schema('year-input.json'), base).href, cycleInput: new URL(paths.schema('cycle-input.json'), base).href },
    rules: doc.rules.map((r) => ({
      ...r,
      url: new URL(paths.rule(r.id), base).href,
      sources: r.sources.map((s) => {
        const href = links.sourceHref(s)
        return href ? { ...s, url: new URL(href, base).href } : s
      }),
    })),
  }
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
