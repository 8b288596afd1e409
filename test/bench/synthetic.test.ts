/**
 * The bench's generated corpora: unique slugs and 文号, the same corpus for a size, and accepted
 * whole by the real CMS (written through the seed, served by the project's API server), as the
 * build benchmark reads them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCorpusCms, type CorpusCms } from '../../bench/corpus-cms.ts'
import { staticImports } from '../../bench/lib/page-assets.ts'
import { corpusSize, generateCorpus } from '../../bench/synthetic.ts'
import { loadCorpus } from '../../content/load.ts'
import { docNumberPattern, type Corpus } from '../../content/schema.ts'

let seed: Corpus
let corpus: Corpus
let cms: CorpusCms
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'))

beforeAll(async () => {
  seed = await loadCorpus()
  corpus = generateCorpus(seed, 300)
  cms = await startCorpusCms({ extra: 300, dir })
}, 180_000)
afterAll(async () => {
  await cms?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('seed + 300 generated documents', () => {
  it('holds the seed and 300 more, with unique slugs per collection and unique valid 文号', () => {
    expect(corpusSize(corpus)).toBe(corpusSize(seed) + 300)
    for (const list of [corpus.notices, corpus.faqs, corpus.topics, corpus.providers, corpus.forms]) {
      expect(new Set(list.map((d) => d.slug)).size).toBe(list.length)
    }
    const numbers = corpus.notices.map((n) => n.docNumber).filter((d): d is string => Boolean(d))
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const n of numbers) expect(n).toMatch(docNumberPattern)
  })

  it('copies no seed title, question or topic title, and reuses no seed 文号 serial (search recall at scale must mean something)', () => {
    const seedTitles = new Set([...seed.notices.map((n) => n.title), ...seed.faqs.map((f) => f.question), ...seed.topics.map((t) => t.title), ...seed.forms.map((f) => f.title)])
    const big = generateCorpus(seed, 3000)
    const generated = [
      ...big.notices.filter((n) => n.source === 'synthetic').map((n) => n.title),
      ...big.faqs.slice(seed.faqs.length).map((f) => f.question),
      ...big.topics.slice(seed.topics.length).map((t) => t.title),
      ...big.forms.slice(seed.forms.length).map((f) => f.title),
    ]
    expect(generated.filter((t) => seedTitles.has(t))).toEqual([])
    const serial = (n?: string) => /(\d+)号$/.exec(n ?? '')?.[1]
    const seedSerials = new Set(seed.notices.map((n) => serial(n.docNumber)).filter(Boolean))
    expect(big.notices.filter((n) => n.source === 'synthetic' && seedSerials.has(serial(n.docNumber))).map((n) => n.docNumber)).toEqual([])
  })

  it('dates nothing after the day the site is built as of (a site built on a day holds no later document)', () => {
    const asOf = '2024-03-15'
    const dated = generateCorpus(seed, 3000, undefined, asOf)
    const synthetic = dated.notices.filter((n) => n.source === 'synthetic')
    expect(synthetic.filter((n) => (n.dateIssued ?? '') > asOf || n.year > 2024)).toEqual([])
    expect(synthetic.some((n) => n.year === 2024)).toBe(true)
    const years = [...dated.faqs.slice(seed.faqs.length).flatMap((f) => f.years), ...dated.topics.slice(seed.topics.length).map((t) => t.year), ...dated.forms.slice(seed.forms.length).map((f) => Number(/(\d{4})年度/.exec(f.title)?.[1]))]
    expect(Math.max(...years)).toBe(2024)
  })

  it('is the same corpus every time for a size', () => {
    expect(generateCorpus(seed, 300).faqs.map((f) => f.question)).toEqual(corpus.faqs.map((f) => f.question))
  })

  it('goes whole into the real CMS: every document published and served, relations as ids at depth 0', async () => {
    expect(cms.documents).toBe(corpusSize(corpus))
    for (const [collection, list] of Object.entries({ providers: corpus.providers, topics: corpus.topics, faqs: corpus.faqs, forms: corpus.forms })) {
      const body = (await (await fetch(`${cms.url}/api/${collection}?limit=1`)).json()) as { totalDocs: number }
      expect(body.totalDocs, collection).toBe(list.length)
    }
    const seen: string[] = []
    for (let page = 1; ; page++) {
      const body = (await (await fetch(`${cms.url}/api/notices?limit=100&page=${page}&depth=0&sort=id`)).json()) as {
        docs: Array<{ slug: string; body: { root: { children: Array<{ type: string }> } } | null; relations: Array<{ target: unknown }> }>
        hasNextPage: boolean
        totalDocs: number
      }
      expect(body.totalDocs).toBe(corpus.notices.length)
      for (const doc of body.docs) {
        seen.push(doc.slug)
        for (const r of doc.relations) expect(typeof r.target).toBe('number')
      }
      if (!body.hasNextPage) break
    }
    expect(seen.sort()).toEqual(corpus.notices.map((n) => n.slug).sort())
  })

  it('stores generated text as the CMS editor does: headings and paragraphs, relationships populated at depth 1', async () => {
    const generated = corpus.notices.find((n) => n.source === 'synthetic')!
    const notice = (await (await fetch(`${cms.url}/api/notices?where[slug][equals]=${generated.slug}&depth=0`)).json()) as {
      docs: Array<{ body: { root: { children: Array<{ type: string }> } } }>
    }
    const types = notice.docs[0]!.body.root.children.map((n) => n.type)
    expect(types).toContain('heading')
    expect(types).toContain('paragraph')

    const topics = (await (await fetch(`${cms.url}/api/topics?where[year][equals]=2023&limit=100&depth=1`)).json()) as {
      docs: Array<{ year: number; sourceNotice: { id: number; title: string } }>
    }
    expect(topics.docs.length).toBeGreaterThan(0)
    for (const t of topics.docs) {
      expect(t.year).toBe(2023)
      expect(typeof t.sourceNotice.title).toBe('string')
    }
  })
})

describe('bench helpers', () => {
  it('finds static imports but not dynamic import()', () => {
    expect(staticImports('import{a}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")')).toEqual(['./a.js', './b.js', './c.js'])
  })
})
