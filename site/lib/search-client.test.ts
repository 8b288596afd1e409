import { describe, expect, it } from 'vitest'
import { bestSection, docNumberFirst, primaryAnswers, searchOptions, type PagefindResult, type PagefindResultData } from './search-client.ts'

/** A Pagefind result as its API hands it over; `fetched` records whose fragment was loaded. */
const fetched: string[] = []
const result = (id: string, meta: Record<string, string> = {}, matchedMetaFields?: string[]): PagefindResult => ({
  id,
  score: 1,
  ...(matchedMetaFields ? { matchedMetaFields } : {}),
  data: async () => {
    fetched.push(id)
    return { url: `/${id}/`, excerpt: '', meta, filters: {} }
  },
})

describe('docNumberFirst: the notice bearing the 文号 before the pages citing it', () => {
  it('moves results matched in docKey to the front, keeping each group’s order', () => {
    const results = [result('faq'), result('n109', {}, ['docKey', 'title']), result('guide', {}, ['title']), result('n85', {}, ['docKey'])]
    expect(docNumberFirst(results).map((r) => r.id)).toEqual(['n109', 'n85', 'faq', 'guide'])
    expect(docNumberFirst([result('a'), result('b')]).map((r) => r.id)).toEqual(['a', 'b'])
  })
})

describe('primaryAnswers: is one of the first results about the query?', () => {
  it('yes when a shown result’s title holds every word (打印证书 → 打印, 证书); mentions do not count', async () => {
    expect(await primaryAnswers('打印证书', [result('a', { title: '学时证明打印' }), result('b', { title: '证书在哪里打印？' })])).toBe(true)
    expect(await primaryAnswers('打印证书', [result('a', { title: '学时证明打印', keywords: '证书' })])).toBe(false)
  })

  it('the title key counts, case and spaces aside; a query of no words needs no check', async () => {
    expect(await primaryAnswers('学时管理办法', [result('a', { title: '皖人社秘〔2025〕109号', titleKey: '学时 管理 办法' })])).toBe(true)
    expect(await primaryAnswers('PDF', [result('a', { title: '附件 pdf 下载' })])).toBe(true)
    expect(await primaryAnswers('', [])).toBe(true)
  })

  it('loads only the five results shown first', async () => {
    fetched.length = 0
    const results = Array.from({ length: 8 }, (_, i) => result(`r${i}`, { title: i === 6 ? '补考' : '其他' }))
    expect(await primaryAnswers('补考', results)).toBe(false)
    expect(fetched.sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
  })
})

describe('bestSection: the part of a long page that matched', () => {
  const page = (subs: PagefindResultData['sub_results']): PagefindResultData => ({ url: '/notices/x/', excerpt: '', meta: {}, filters: {}, sub_results: subs })
  it('the sub-result with the most hits, when it is a section with an anchor', () => {
    const best = bestSection(page([
      { title: '一、培训对象', url: '/notices/x/#s-一', excerpt: '', anchor: { element: 'h2', id: 's-一' }, locations: [3] },
      { title: '五、有关要求', url: '/notices/x/#s-五', excerpt: '', anchor: { element: 'h2', id: 's-五' }, locations: [40, 41, 52] },
    ]))
    expect(best?.url).toBe('/notices/x/#s-五')
  })
  it('none when the best match is the page’s top (no anchor), or there are no sections', () => {
    expect(bestSection(page([{ title: '通知', url: '/notices/x/', excerpt: '', locations: [1, 2] }, { title: '一', url: '/notices/x/#s-一', excerpt: '', anchor: { element: 'h2', id: 's-一' }, locations: [9] }]))).toBeUndefined()
    expect(bestSection(page(undefined))).toBeUndefined()
  })
})

describe('searchOptions: how results are ranked', () => {
  it('a 文号 match outweighs keywords, which outweigh titles; the displayed 文号 weighs nothing', () => {
    const w = searchOptions.ranking.metaWeights
    expect(w.docKey).toBeGreaterThan(w.keywords)
    expect(w.keywords).toBeGreaterThan(w.titleKey)
    expect(w.titleKey).toBeGreaterThan(w.title)
    expect(w.docNumber).toBe(0)
  })
})
