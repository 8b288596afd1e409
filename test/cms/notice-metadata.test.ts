/**
 * The gov.cn metadata of a notice (发布日期, 施行日期, 主题分类, joint issuers, 解读, 索引号) as
 * the CMS stores and serves it: the seeded corpus reads back the same over REST, a publisher
 * writes every field over REST, the list filters by several at once, and bad values are refused
 * naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Corpus } from '../../content/schema.ts'
import { api, bootCms, createUser, login, noticeData, type TestCms } from './helpers.ts'

let cms: TestCms
let corpus: Corpus
let token: string

interface NoticeDoc {
  id: number
  slug: string
  issuer: string
  coIssuers?: string[] | null
  subjects?: string[] | null
  datePublished?: string | null
  effectiveDate?: string | null
  effectiveNote?: string | null
  indexNumber?: string | null
  attachments?: Array<{ title: string; note?: string | null; link?: string | null }> | null
  relations?: Array<{ kind: string; target: number | { slug: string } }> | null
}

beforeAll(async () => {
  cms = await bootCms({ http: true })
  corpus = await (await import('../../content/load.ts')).loadCorpus()
  const { prepareDatabase } = await import('../../cms/server/prepare.ts')
  await prepareDatabase(cms.payload, { seedWhenEmpty: true })
  token = await login(cms.url!, await createUser(cms.payload, 'publisher'))
})
afterAll(async () => cms?.close())

const bySlug = async (slug: string) => {
  const r = await api<{ docs: NoticeDoc[] }>(cms.url!, 'GET', `/api/notices?where[slug][equals]=${slug}&depth=1`)
  return r.body.docs[0]!
}

describe('the seeded corpus reads back the same over REST (seed round trip)', () => {
  it('every notice keeps its joint issuers, 主题分类, 施行, 发布日期, 索引号 and attachment links', async () => {
    for (const n of corpus.notices) {
      const doc = await bySlug(n.slug)
      expect(doc.issuer, n.slug).toBe(n.issuer)
      expect(doc.coIssuers ?? [], n.slug).toEqual(n.coIssuers)
      expect(doc.subjects ?? [], n.slug).toEqual(n.subjects)
      expect(doc.effectiveNote ?? undefined, n.slug).toBe(n.effectiveNote)
      expect(doc.effectiveDate ?? undefined, n.slug).toBe(n.effectiveDate && `${n.effectiveDate}T00:00:00.000Z`)
      expect(doc.datePublished ?? undefined, n.slug).toBe(n.datePublished && `${n.datePublished}T00:00:00.000Z`)
      expect(doc.indexNumber ?? undefined, n.slug).toBe(n.indexNumber)
      expect((doc.attachments ?? []).map((a) => a.link ?? undefined), n.slug).toEqual(n.attachments.map((a) => a.link))
    }
  })

  it('皖办发〔2017〕59号: 省委办公厅 with 省政府办公厅 as a list', async () => {
    const doc = await bySlug('wan-ban-fa-2017-59')
    expect([doc.issuer, ...(doc.coIssuers ?? [])]).toEqual(['省委办公厅', '省政府办公厅'])
  })

  it('芜人社秘〔2025〕85号 interprets 109号 (解读), and 109号 says so from its side', async () => {
    const doc = await bySlug('wu-ren-she-mi-2025-85')
    const interprets = (doc.relations ?? []).filter((r) => r.kind === 'interprets')
    expect(interprets.map((r) => (typeof r.target === 'object' ? r.target.slug : r.target))).toEqual(['wan-ren-she-mi-2025-109'])
  })
})

describe('a publisher edits the metadata over REST', () => {
  it('writes every field and reads it back', async () => {
    const created = await api<{ doc: NoticeDoc }>(cms.url!, 'POST', '/api/notices', {
      token,
      body: {
        ...noticeData({ slug: 'metadata-joint-notice' }),
        issuer: '安徽省人力资源和社会保障厅',
        coIssuers: ['安徽省财政厅', '安徽省教育厅'],
        datePublished: '2025-03-05',
        effectiveDate: '2025-04-01',
        effectiveNote: '自2025年4月1日起施行',
        subjects: ['annual-work', 'public-subjects'],
        indexNumber: '11340000MB1234567X/202503-00001',
        attachments: [{ title: '附件1', link: '/faqs/' }],
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = await bySlug('metadata-joint-notice')
    expect(doc).toMatchObject({
      coIssuers: ['安徽省财政厅', '安徽省教育厅'],
      datePublished: '2025-03-05T00:00:00.000Z',
      effectiveDate: '2025-04-01T00:00:00.000Z',
      effectiveNote: '自2025年4月1日起施行',
      subjects: ['annual-work', 'public-subjects'],
      indexNumber: '11340000MB1234567X/202503-00001',
    })
    expect(doc.attachments?.[0]?.link).toBe('/faqs/')
  })

  it('the list filters by several fields at once', async () => {
    const q = '/api/notices?depth=0&limit=100&where[and][0][subjects][in]=public-subjects&where[and][1][level][equals]=province&where[and][2][year][equals]=2021'
    const r = await api<{ docs: NoticeDoc[] }>(cms.url!, 'GET', q)
    expect(r.body.docs.map((d) => d.slug)).toEqual(['wan-ren-she-mi-2021-115'])
  })

  it('refuses an unknown 主题分类 and an attachment link off the site, naming the field', async () => {
    const badSubject = await api<{ errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }>(
      cms.url!,
      'POST',
      '/api/notices',
      { token, body: { ...noticeData(), subjects: ['no-such-subject'] } },
    )
    expect(badSubject.status).toBe(400)
    expect(JSON.stringify(badSubject.body)).toContain('subjects')
    const badLink = await api(cms.url!, 'POST', '/api/notices', {
      token,
      body: { ...noticeData(), attachments: [{ title: '附件', link: 'javascript:alert(1)' }] },
    })
    expect(badLink.status).toBe(400)
    expect(JSON.stringify(badLink.body)).toContain('本站链接须以 / 开头')
  })
})
