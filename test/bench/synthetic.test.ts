/** Smoke test of the bench's synthetic corpora: Payload's REST shape, paging, unique slugs and 文号. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markdownToLexical } from '../../bench/lib/lexical.ts'
import { staticImports } from '../../bench/lib/pageAssets.ts'
import { corpusSize, generateCorpus, serveApiDocs, toApiDocs, type CorpusServer } from '../../bench/synthetic.ts'
import { loadCorpus } from '../../content/load.ts'
import { docNumberPattern, type Corpus } from '../../content/schema.ts'

let seed: Corpus
let corpus: Corpus
let server: CorpusServer

beforeAll(async () => {
  seed = await loadCorpus()
  corpus = generateCorpus(seed, 300)
  server = await serveApiDocs(toApiDocs(corpus))
})
afterAll(() => server?.close())

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

  it('is the same corpus every time for a size', () => {
    expect(generateCorpus(seed, 300).faqs.map((f) => f.question)).toEqual(corpus.faqs.map((f) => f.question))
  })

  it('pages like Payload: 100 per page until hasNextPage is false, relations as ids at depth 0', async () => {
    const seen: unknown[] = []
    for (let page = 1; ; page++) {
      const body = (await (await fetch(`${server.url}/api/notices?limit=100&page=${page}&depth=0&sort=id`)).json()) as {
        docs: Array<{ id: number; body: { root: { type: string } }; relations: Array<{ target: unknown }> }>
        hasNextPage: boolean
        totalDocs: number
        page: number
        nextPage: number | null
      }
      expect(body.page).toBe(page)
      expect(body.totalDocs).toBe(corpus.notices.length)
      seen.push(...body.docs)
      for (const doc of body.docs) {
        expect(doc.body.root.type).toBe('root')
        for (const r of doc.relations) expect(typeof r.target).toBe('number')
      }
      if (!body.hasNextPage) break
      expect(body.nextPage).toBe(page + 1)
    }
    expect(seen).toHaveLength(corpus.notices.length)
  })

  it('filters by where[year][equals] and populates relationships at depth 1', async () => {
    const body = (await (await fetch(`${server.url}/api/topics?where[year][equals]=2023&limit=100&depth=1`)).json()) as {
      docs: Array<{ year: number; sourceNotice: { id: number; title: string } }>
    }
    expect(body.docs.length).toBeGreaterThan(0)
    for (const t of body.docs) {
      expect(t.year).toBe(2023)
      expect(typeof t.sourceNotice.title).toBe('string')
    }
  })
})

describe('bench helpers', () => {
  it('writes Lexical like the CMS seed: headings, lists, quotes, tables as one paragraph', () => {
    const doc = markdownToLexical('## 一、培训对象\n\n1. 甲\n2. 乙\n\n> 引文\n\n| a | b |\n| --- | --- |')
    expect((doc.root.children as Array<{ type: string }>).map((n) => n.type)).toEqual(['heading', 'list', 'quote', 'paragraph'])
  })

  it('finds static imports but not dynamic import()', () => {
    expect(staticImports('import{a}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")')).toEqual(['./a.js', './b.js', './c.js'])
  })
})
