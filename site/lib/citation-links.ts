/**
 * Where each rule's citation links: the notice page of the document it cites, at the anchor of
 * the article when the notice's text has that numbered part (components/lib/article-anchor.ts),
 * else the top of the page. Rules whose document is not on the site get no link.
 */
import type { Rule } from '../../rules/index.ts'
import { articleAnchor } from '../../components/lib/article-anchor.ts'
import { paths } from '../../components/lib/paths.ts'
import { headingAnchors } from '../../components/lib/richtext.ts'
import type { NoticeData } from './schemas.ts'

export function citationLinks(rules: readonly Rule[], notices: readonly NoticeData[]): Record<string, string> {
  const anchors = new Map<NoticeData['id'], Set<string>>()
  const links: Record<string, string> = {}
  for (const rule of rules) {
    const notice = notices.find((n) => n.docNumber === rule.source) ?? notices.find((n) => !n.docNumber && n.source === rule.seed)
    if (!notice) continue
    if (!anchors.has(notice.id)) anchors.set(notice.id, headingAnchors(notice.body))
    const anchor = articleAnchor(rule.article)
    links[rule.id] = `${paths.notice(notice.slug)}${anchor && anchors.get(notice.id)!.has(anchor) ? `#${anchor}` : ''}`
  }
  return links
}
