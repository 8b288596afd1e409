/**
 * Relations between notices in both directions. The CMS stores each relation once, on the
 * notice that implements, repeals or cites another; the other notice's page shows it reversed.
 * Relations to documents the site does not publish (drafts, withdrawn notices) are left out.
 */
import type { RelationKind } from '../../content/vocabulary.ts'
import type { NoticeData } from './schemas.ts'

export interface RelatedNotice {
  kind: RelationKind
  note?: string
  notice: NoticeData
}

export interface NoticeLinks {
  /** what this notice implements, repeals or cites */
  outgoing: RelatedNotice[]
  /** the notices that implement, repeal or cite this one */
  incoming: RelatedNotice[]
}

export function noticeLinks(notices: readonly NoticeData[]): Map<NoticeData['id'], NoticeLinks> {
  const byId = new Map(notices.map((n) => [n.id, n]))
  const links = new Map<NoticeData['id'], NoticeLinks>(notices.map((n) => [n.id, { outgoing: [], incoming: [] }]))
  for (const source of notices) {
    for (const relation of source.relations) {
      const target = byId.get(relation.target)
      if (!target || target.id === source.id) continue
      links.get(source.id)!.outgoing.push({ kind: relation.kind, note: relation.note, notice: target })
      links.get(target.id)!.incoming.push({ kind: relation.kind, note: relation.note, notice: source })
    }
  }
  return links
}
