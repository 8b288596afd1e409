import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { lexical } from '../../test/lib/lexical.ts'
import { faqSchema, noticeSchema, type NoticeData } from './schemas.ts'
import { compareNotices, indexSiteData, needsMedia } from './site-index.ts'

const notice = (slug: string, year: number, over: Record<string, unknown> = {}): NoticeData =>
  noticeSchema.parse({ id: slug, slug, title: slug, issuer: '安徽省人力资源和社会保障厅', level: 'province', year, status: 'in-force', updatedAt: '', ...over })

describe('compareNotices: newest first', () => {
  it('by date of issue; an undated notice counts as the start of its year; then 文号, then slug', () => {
    const list = [
      notice('a-2025', 2025),
      notice('dated-2025', 2025, { dateIssued: '2025-07-18' }),
      notice('dated-2024', 2024, { dateIssued: '2024-12-31' }),
      notice('b-2025', 2025),
      notice('n-2025-85', 2025, { docNumber: '芜人社秘〔2025〕85号' }),
    ]
    expect(list.sort(compareNotices).map((n) => n.slug)).toEqual(['dated-2025', 'n-2025-85', 'a-2025', 'b-2025', 'dated-2024'])
  })
})

describe('needsMedia: media are read only when some text shows a file', () => {
  it('none in the corpus; an attachment with a file or an upload in a notice or an answer does', () => {
    const faq = faqSchema.parse({ id: 'q', slug: 'q', question: '证书在哪里打印？', answer: lexical.root(), category: '证书', updatedAt: '' })
    expect(needsMedia([notice('a', 2025, { attachments: [{ title: '附件1' }] })], [faq])).toBe(false)
    expect(needsMedia([notice('a', 2025, { attachments: [{ title: '附件1', file: 7 }] })], [])).toBe(true)
    expect(needsMedia([notice('a', 2025, { body: lexical.root(lexical.upload(7)) })], [])).toBe(true)
    expect(needsMedia([], [{ ...faq, answer: lexical.root(lexical.upload(7)) }])).toBe(true)
  })
})

describe('indexSiteData: the corpus sorted and indexed', async () => {
  const sources = await corpusSources('2026-05-30')
  // Handed over in the wrong order, so the sorting has something to do.
  for (const list of [sources.notices, sources.topics, sources.providers, sources.faqs, sources.guides, sources.workspaces!]) list.reverse()
  const site = indexSiteData(sources)

  it('sorts each collection the way the pages list it', () => {
    expect(needsMedia(site.notices, site.faqs)).toBe(false)
    expect(site.notices[0]?.slug).toBe('fuyang-rsj-2025-notice')
    expect(site.notices.at(-1)?.slug).toBe('wan-ren-fa-2001-30')
    expect(site.topics.map((t) => t.year)).toEqual([...site.topics.map((t) => t.year)].sort((a, b) => b - a))
    expect(site.topics[0]?.year).toBe(2023)
    expect(site.faqs.map((f) => f.order)).toEqual([...site.faqs.map((f) => f.order)].sort((a, b) => a - b))
    expect(site.workspaces.map((w) => w.slug)).toEqual(['renshe-ting', 'anqing', 'fuyang', 'wuhu', 'dikuangju'])
    expect(site.guides.map((g) => g.data.order)).toEqual([...site.guides.map((g) => g.data.order)].sort((a, b) => a - b))
  })

  it('indexes by id, forms by their notice, relations both ways', () => {
    expect(site.noticeById.get('wan-ren-she-mi-2025-109')?.docNumber).toBe('皖人社秘〔2025〕109号')
    expect(site.formsByNotice.get('yi-ren-she-mi-2023-43')?.map((f) => f.slug).sort()).toEqual(['anqing-peixun-qingkuang-huizong-biao', 'anqing-peixun-xiangmu-beian-biao', 'anqing-zhengshu-bianhao-shenqing-biao'])
    expect(site.formsByNotice.has('wan-ren-she-mi-2025-109')).toBe(false)
    expect(site.links.get('wu-ren-she-mi-2025-52')?.incoming.map((l) => [l.kind, l.notice.slug])).toContainEqual(['repeals', 'wu-ren-she-mi-2025-85'])
    expect(site.providerById.size).toBe(site.providers.length)
  })

  it('works out the deadlines and the study years on its day', () => {
    expect(site.deadlines.at(-1)?.id).toBe('study-2025')
    expect(site.years.stillOpen.map((y) => [y.year, y.daysLeft])).toEqual([[2025, 1]])
  })
})
