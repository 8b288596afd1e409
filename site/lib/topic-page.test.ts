import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { indexSiteData } from './site-index.ts'
import { topicPage } from './topic-page.ts'

const site = indexSiteData(await corpusSources('2024-03-01'))
const topic = (slug: string) => site.topics.find((t) => t.slug === slug)!

describe('topicPage: what a topic’s page shows', () => {
  it('a 2021 topic: year in the title, provider and hours in the description, its own hotlines; closed by 2024', () => {
    const p = topicPage(topic('2021-nongye-keji-fazhan'), site)
    expect(p.title).toBe('农业科技发展（2021年度公需科目）')
    expect(p.description).toBe('2021年度公需科目专题“农业科技发展”，培训单位北京信联教育投资有限公司，30学时。')
    expect(p.article.hotlines).toEqual(['4006520666'])
    expect(p.article.source?.slug).toBe('wan-ren-she-mi-2021-115')
    expect(p.article.state.status).toBe('closed')
  })

  it('a 2023 topic with no provider named: no 培训单位 in the description, no hotlines; open on 2024-03-01', () => {
    const p = topicPage(topic('2023-shuzi-zhongguo'), site)
    expect(p.description).toBe('2023年度公需科目专题“数字中国：数字化建设与发展”，30学时。')
    expect(p.article.provider).toBeUndefined()
    expect(p.article.hotlines).toEqual([])
    expect(p.article.state).toMatchObject({ status: 'open', daysLeft: 30 })
  })

  it('a topic without hotlines of its own shows its provider’s', () => {
    const t = { ...topic('2021-nongye-keji-fazhan'), hotlines: [] }
    const provider = site.providerById.get(t.provider!)!
    expect(provider.hotlines.length).toBeGreaterThan(0)
    expect(topicPage(t, site).article.hotlines).toEqual(provider.hotlines)
  })
})
