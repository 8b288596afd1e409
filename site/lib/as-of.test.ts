import { describe, expect, it } from 'vitest'
import { asOf, noticeDay } from './as-of.ts'
import type { FaqData, FormData, NoticeData, ProviderData, TopicData } from './schemas.ts'
import type { GuideEntry, SiteSources } from './site-index.ts'

const notice = (id: number, slug: string, dates: Partial<NoticeData>) =>
  ({ id, slug, year: 2025, status: 'in-force', relations: [], updatedAt: '2026-12-02T00:00:00Z', ...dates }) as unknown as NoticeData
const n43 = notice(1, 'yi-ren-she-mi-2023-43', { year: 2023, dateIssued: '2023-04-11' })
const n52 = notice(2, 'wu-ren-she-mi-2025-52', { status: 'repealed', statusDate: '2025-06-12', statusBy: 3 })
const n85 = notice(3, 'wu-ren-she-mi-2025-85', {})
const fuyang = notice(4, 'fuyang-rsj-2025-notice', { dateIssued: '2025-07-18' })

const sources = (today: string): SiteSources => ({
  today,
  notices: [n43, n52, n85, fuyang],
  topics: [{ id: 't23', sourceNotice: 1, provider: 'p1' }, { id: 't25', sourceNotice: 4, provider: 'p2' }] as unknown as TopicData[],
  providers: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] as unknown as ProviderData[],
  faqs: [{ slug: 'a', sourceNotice: 1 }, { slug: 'b', sourceNotice: 4 }, { slug: 'c' }] as unknown as FaqData[],
  forms: [{ slug: 'f', sourceNotice: 1 }, { slug: 'g', sourceNotice: 3 }] as unknown as FormData[],
  media: [],
  guides: [{ id: 'g1', data: { sourceNotice: 'yi-ren-she-mi-2023-43' } }, { id: 'g2', data: { sourceNotice: 'fuyang-rsj-2025-notice' } }] as unknown as GuideEntry[],
})

describe('asOf: the site on its day', () => {
  it('a document is on the site from its own date: 发布日期, else 成文日期, else 1 January of its year', () => {
    expect(noticeDay(n43)).toBe('2023-04-11')
    expect(noticeDay(n85)).toBe('2025-01-01')
    expect(noticeDay(notice(9, 'x', { dateIssued: '2025-07-01', datePublished: '2025-07-03' }))).toBe('2025-07-03')
  })

  it('2024-03-01: no 2025 document, nor the topics, FAQs, forms, guides and providers taken from them', () => {
    const s = asOf(sources('2024-03-01'))
    expect(s.notices.map((n) => n.slug)).toEqual(['yi-ren-she-mi-2023-43'])
    expect(s.topics.map((t) => t.id)).toEqual(['t23'])
    expect(s.providers.map((p) => p.id)).toEqual(['p1', 'p3'])
    expect(s.faqs.map((f) => f.slug)).toEqual(['a', 'c'])
    expect(s.forms.map((f) => f.slug)).toEqual(['f'])
    expect(s.guides.map((g) => g.id)).toEqual(['g1'])
  })

  it('a status dated after the day has not happened: 52号 is in force on 2025-06-01, repealed from 2025-06-12', () => {
    const before = asOf(sources('2025-06-01')).notices.find((n) => n.id === 2)!
    expect(before).toMatchObject({ status: 'in-force', statusDate: undefined, statusBy: undefined })
    expect(asOf(sources('2025-06-12')).notices.find((n) => n.id === 2)).toMatchObject({ status: 'repealed', statusDate: '2025-06-12', statusBy: 3 })
  })

  it('on a day after every document, everything is there', () => {
    const all = sources('2026-12-02')
    expect(asOf(all)).toEqual(all)
  })
})
