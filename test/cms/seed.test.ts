/**
 * The starting corpus goes through the CMS's own validation (文号, windows, phones, slugs,
 * statuses) into an empty database, once: a second start changes nothing. Relations from the
 * corpus are readable from both ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Corpus } from '../../content/schema.ts'
import { api, bootCms, type TestCms } from './helpers.ts'

let cms: TestCms
let corpus: Corpus
beforeAll(async () => {
  cms = await bootCms({ http: true })
  corpus = await (await import('../../content/load.ts')).loadCorpus()
})
afterAll(async () => cms?.close())

const counts = async () => {
  const out: Record<string, number> = {}
  for (const c of ['notices', 'topics', 'providers', 'faqs', 'forms'] as const) out[c] = (await cms.payload.count({ collection: c, overrideAccess: true })).totalDocs
  return out
}

describe('seeding the corpus', () => {
  it('imports every record, all published, and a second run changes nothing', async () => {
    const { prepareDatabase } = await import('../../cms/server/prepare.ts')
    expect((await prepareDatabase(cms.payload, { seedWhenEmpty: true })).seeded).toBe(true)
    const expected = {
      notices: corpus.notices.length,
      topics: corpus.topics.length,
      providers: corpus.providers.length,
      faqs: corpus.faqs.length,
      forms: corpus.forms.length,
    }
    expect(await counts()).toEqual(expected)
    expect((await prepareDatabase(cms.payload, { seedWhenEmpty: true })).seeded).toBe(false)
    expect(await counts()).toEqual(expected)

    const anonymous = await api<{ totalDocs: number }>(cms.url!, 'GET', '/api/notices?limit=1')
    expect(anonymous.body.totalDocs).toBe(corpus.notices.length)
  })

  it('each relation in the corpus shows on the target notice too', async () => {
    const pairs = corpus.notices.flatMap((n) => n.relations.map((r) => [n.slug, r.target] as const))
    expect(pairs.length, 'the corpus relates its notices (115号 ← 85号, 109号 …)').toBeGreaterThan(0)
    for (const [from, to] of pairs) {
      const r = await api<{ docs: { relatedBy: { docs: { slug: string }[] } }[] }>(cms.url!, 'GET', `/api/notices?where[slug][equals]=${encodeURIComponent(to)}&depth=1`)
      expect(r.body.docs[0]?.relatedBy.docs.map((d) => d.slug), `${from} → ${to}`).toContain(from)
    }
  })

  it('every seeded topic has a derived status', async () => {
    const r = await api<{ docs: { windowStatus: string }[] }>(cms.url!, 'GET', '/api/topics?limit=200&depth=0')
    expect(r.body.docs.length).toBe(corpus.topics.length)
    for (const t of r.body.docs) expect(['upcoming', 'open', 'closed', 'unknown']).toContain(t.windowStatus)
  })
})
