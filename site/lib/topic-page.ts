/** What a topic's own page shows; the public page and the draft preview both call this. */
import type { TopicData } from './schemas.ts'
import type { SiteData } from './site-index.ts'
import { topicState } from './topics.ts'

export function topicPage(topic: TopicData, site: SiteData) {
  const provider = topic.provider === undefined ? undefined : site.providerById.get(topic.provider)
  const source = topic.sourceNotice === undefined ? undefined : site.noticeById.get(topic.sourceNotice)
  return {
    title: `${topic.title}（${topic.year}年度公需科目）`,
    description: `${topic.year}年度公需科目专题“${topic.title}”${provider ? `，培训单位${provider.name}` : ''}，${topic.hours}学时。`,
    article: {
      topic,
      provider,
      source,
      hotlines: topic.hotlines.length ? topic.hotlines : (provider?.hotlines ?? []),
      state: topicState(topic, site.today),
    },
  }
}
