/** What a provider's own page shows; the public page and the draft preview both call this. */
import type { ProviderData } from './schemas.ts'
import type { SiteData } from './site-index.ts'
import { topicRows } from './topics.ts'

export function providerPage(provider: ProviderData, site: SiteData) {
  const topics = site.topics.filter((t) => t.provider === provider.id)
  const years = [...new Set(topics.map((t) => t.year))]
  return {
    title: provider.name,
    description: `${provider.name}承担的安徽省公需科目专题（${years.join('、') || '暂无'}年度）。`,
    article: { provider, years, rows: topicRows(topics, site.providerById, site.today) },
  }
}
