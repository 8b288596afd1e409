import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { providerPage } from './provider-page.ts'
import { providerSchema, topicSchema } from './schemas.ts'
import { indexSiteData } from './site-index.ts'

const sources = await corpusSources('2024-03-01')
const later = topicSchema.parse({ id: 'later', slug: 'later', year: 2023, title: '人工智能', hours: 30, studyDeadline: '2024-03-31', provider: 'anhui-kaifang-daxue', updatedAt: '' })
const site = indexSiteData({ ...sources, topics: [...sources.topics, later] })
const provider = (slug: string) => site.providerById.get(slug)!

describe('providerPage: what a provider’s page shows', () => {
  it('its topics, newest year first, with each year named in the description', () => {
    const p = providerPage(provider('anhui-kaifang-daxue'), site)
    expect(p.title).toBe('安徽开放大学')
    expect(p.article.years).toEqual([2023, 2021])
    expect(p.description).toBe('安徽开放大学承担的安徽省公需科目专题（2023、2021年度）。')
    expect(p.article.rows.map((r) => [r.topic.slug, r.state.status])).toEqual([['later', 'open'], ['2021-shijiujie-wuzhong-quanhui', 'closed']])
  })

  it('another provider’s topics are not listed', () => {
    const rows = providerPage(provider('zhenghe-keji'), site).article.rows
    expect(rows.map((r) => r.topic.slug)).toEqual(['2021-changsanjiao-xiangcun-zhenxing'])
  })

  it('a provider with no topics on the site says 暂无', () => {
    const none = providerSchema.parse({ id: 'none', slug: 'none', name: '某培训机构', updatedAt: '' })
    const p = providerPage(none, site)
    expect(p.description).toBe('某培训机构承担的安徽省公需科目专题（暂无年度）。')
    expect(p.article.rows).toEqual([])
  })
})
