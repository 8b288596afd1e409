import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { lexical } from '../../test/lib/lexical.ts'
import { faqPage } from './faq-page.ts'
import { indexSiteData } from './site-index.ts'

const site = indexSiteData(await corpusSources('2026-05-30'))
const faq = (slug: string) => site.faqs.find((f) => f.slug === slug)!

describe('faqPage: what an FAQ’s page shows', () => {
  it('the question as title, the notice it comes from, links resolved on this site', () => {
    const p = faqPage(faq('2021-faq-02'), site)
    expect(p.title).toBe('如何登录安徽省专业技术人员继续教育管理平台？')
    expect(p.article.source?.slug).toBe('wan-ren-she-mi-2021-115')
    expect(p.article.refs.page('notices', 'wan-ren-she-mi-2025-109')).toBe('/notices/wan-ren-she-mi-2025-109/')
  })

  it('describes itself by the answer’s first 100 characters, with … only when cut', () => {
    const long = faqPage(faq('2021-faq-01'), site).description
    expect(Array.from(long)).toHaveLength(101)
    expect(long).toMatch(/^2021年度继续教育公需课，统一在安徽省专业技术人员继续教育管理平台上报名/)
    const short = faqPage({ ...faq('2021-faq-01'), answer: lexical.root(lexical.paragraph(lexical.text('可以。'))) }, site).description
    expect(short).toBe('可以。')
  })

  it('an FAQ whose source notice is not given, or not published, shows none', () => {
    expect(faqPage({ ...faq('2021-faq-02'), sourceNotice: undefined }, site).article.source).toBeUndefined()
    expect(faqPage({ ...faq('2021-faq-02'), sourceNotice: 'a-draft' }, site).article.source).toBeUndefined()
  })
})
