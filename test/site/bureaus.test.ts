/**
 * The site's 各地各部门 pages (issue 16), built for real from a CMS holding three workspaces: the
 * province, 安庆 (notices, forms, a draft) and 阜阳 with nothing yet. Each body's page lists what
 * it published and its contacts; an empty one says so; drafts stay out; notice URLs are unchanged
 * and the notice list filters by workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../content/load.ts'
import type { Corpus } from '../../content/schema.ts'
import { workspaceForIssuer } from '../../content/workspaces.ts'
import { buildTestSite, type TestSite } from './helpers.ts'

const kept = ['renshe-ting', 'anqing', 'fuyang']
let site: TestSite
let corpus: Corpus

/** The corpus cut down to three bodies, with 阜阳's own notice left out so its page is empty. */
function threeWorkspaces(full: Corpus): Corpus {
  const all = full.workspaces!
  const withNotices = new Set(['renshe-ting', 'anqing'])
  const notices = full.notices.filter((n) => withNotices.has(workspaceForIssuer(all, n.issuer).slug))
  const slugs = new Set(notices.map((n) => n.slug))
  return {
    workspaces: all.filter((w) => kept.includes(w.slug)),
    notices: notices.map((n) => ({ ...n, statusBy: n.statusBy && slugs.has(n.statusBy) ? n.statusBy : undefined, relations: n.relations.filter((r) => slugs.has(r.target)) })),
    providers: full.providers,
    topics: full.topics.filter((t) => slugs.has(t.sourceNotice)),
    faqs: full.faqs.filter((f) => slugs.has(f.sourceNotice)),
    forms: full.forms.filter((f) => slugs.has(f.sourceNotice)),
  }
}

beforeAll(async () => {
  corpus = threeWorkspaces(await loadCorpus())
  site = await buildTestSite({
    seed: false,
    prepare: async (payload) => {
      const { seedCorpus } = await import('../../cms/seed/index.ts')
      await seedCorpus(payload, corpus)
      const anqing = (await payload.find({ collection: 'workspaces', where: { slug: { equals: 'anqing' } } })).docs[0]!
      await payload.create({
        collection: 'notices',
        overrideAccess: true,
        draft: true,
        data: { title: '安庆草稿通知不应公开', slug: 'anqing-draft-only', issuer: '安庆市人力资源和社会保障局', level: 'city', year: 2026, status: 'in-force', workspace: anqing.id, _status: 'draft' },
      })
    },
  })
}, 600_000)
afterAll(async () => site?.close())

describe('/bureaus/', () => {
  it('lists the three bodies with their contacts and latest notices', () => {
    const html = site.html('/bureaus/')
    for (const name of ['安徽省人力资源和社会保障厅', '安庆市人力资源和社会保障局', '阜阳市人力资源和社会保障局']) expect(html).toContain(name)
    expect(html).not.toContain('芜湖市人力资源和社会保障局')
    expect(html).toContain('href="tel:05565897204"')
    expect(html).toContain('/notices/yi-ren-she-mi-2023-43/')
    expect(html).toContain('本站尚未收录阜阳发布的通知')
    expect(html).toMatch(/href="\/bureaus\/anqing\/"/)
  })
})

describe('/bureaus/<slug>/', () => {
  it("a city's page: its notices, forms and contacts, no drafts, no other body's notices", () => {
    const html = site.html('/bureaus/anqing/')
    expect(html).toContain('/notices/yi-ren-she-mi-2023-43/')
    expect(html).not.toContain('/notices/wan-ren-she-mi-2021-115/')
    expect(html).not.toContain('安庆草稿通知不应公开')
    expect(html).toContain('黄国应')
    for (const form of corpus.forms) expect(html).toContain(form.title)
  })

  it("the province's page holds its notices, the national ones too, and its FAQs", () => {
    const html = site.html('/bureaus/renshe-ting/')
    expect(html).toContain('/notices/wan-ren-she-mi-2021-115/')
    expect(html).toContain('/notices/ren-she-bu-ling-25/')
    expect(html).not.toContain('/notices/yi-ren-she-mi-2023-43/')
    expect(corpus.faqs.length).toBeGreaterThan(0)
    expect(html).toContain(`/faqs/${corpus.faqs[0]!.slug}/`)
    // the guides in content/guides/ belong to the province
    expect(html).toContain('/guides/xueshi-zenme-suan/')
  })

  it('an empty body says plainly that the site holds nothing from it yet', () => {
    const html = site.html('/bureaus/fuyang/')
    expect(html).toContain('本站尚未收录阜阳发布的任何通知、问题解答或表格')
    expect(html).toContain('暂无：本站尚未收录阜阳发布的通知')
  })
})

describe('notices', () => {
  it('keep their URLs and filter by workspace', () => {
    expect(site.has('/notices/yi-ren-she-mi-2023-43/')).toBe(true)
    expect(site.has('/notices/anqing-draft-only/')).toBe(false)
    expect(site.html('/notices/')).toContain('href="/notices/workspace/anqing/"')
    const filtered = site.html('/notices/workspace/anqing/')
    expect(filtered).toContain('/notices/yi-ren-she-mi-2023-43/')
    expect(filtered).not.toContain('/notices/wan-ren-she-mi-2021-115/"')
    expect(site.has('/notices/workspace/fuyang/')).toBe(false)
  })

  it('the sitemap and the navigation reach the bureau pages', () => {
    const sitemaps = [...site.html('/sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    const sitemap = sitemaps.map((p) => site.html(p)).join('')
    for (const slug of kept) expect(sitemap).toContain(`/bureaus/${slug}/`)
    expect(site.html('/')).toContain('href="/bureaus/"')
  })
})
