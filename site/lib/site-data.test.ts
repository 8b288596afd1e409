import { describe, expect, it, vi } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'

// The content collections as Astro hands them to the pages: entries of { id, data }, from the corpus.
const sources = await corpusSources('2026-05-30')
const read: string[] = []
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    read.push(name)
    if (name === 'guides') return sources.guides
    const list = { notices: sources.notices, topics: sources.topics, providers: sources.providers, faqs: sources.faqs, forms: sources.forms, workspaces: sources.workspaces, media: [] }[name] ?? []
    return list.map((data: { slug?: string; id: unknown }) => ({ id: data.slug ?? String(data.id), data }))
  },
}))
const { faqCategories, siteData } = await import('./site-data.ts')

describe('siteData: the collections read once and indexed', () => {
  it('reads each collection once, media only when a text shows a file, and indexes them', async () => {
    const site = await siteData()
    expect(await siteData()).toBe(site)
    expect(read.sort()).toEqual(['faqs', 'forms', 'guides', 'notices', 'providers', 'topics', 'workspaces'])
    expect(site.notices[0]?.slug).toBe('fuyang-rsj-2025-notice')
    expect(site.workspaceById.get('wuhu')?.shortName).toBe('芜湖')
    expect(site.guides.map((g) => g.id)).toContain('xueshi-zenme-suan')
  })
})

describe('faqCategories: FAQs grouped by category, in first-seen order', () => {
  it('the corpus FAQs: every one in exactly one group, groups in the order they first appear', () => {
    const groups = faqCategories(sources.faqs)
    expect(groups.flatMap((g) => g.faqs)).toHaveLength(sources.faqs.length)
    expect(groups.map((g) => g.category)).toEqual([...new Set(sources.faqs.map((f) => f.category))])
    for (const g of groups) expect(g.faqs.every((f) => f.category === g.category)).toBe(true)
  })

  it('keeps the given order inside a group', () => {
    const faq = (slug: string, category: string) => ({ ...sources.faqs[0]!, slug, category })
    expect(faqCategories([faq('a', '证书'), faq('b', '报名'), faq('c', '证书')]).map((g) => [g.category, g.faqs.map((f) => f.slug)])).toEqual([['证书', ['a', 'c']], ['报名', ['b']]])
  })
})
