import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether every document and its version history agree, the way a save leaves them when it
 * commits whole: each document has a history; one history entry is marked latest; a published
 * document's live row is the published entry it was saved as (same `updatedAt`). A save cut off
 * half-way (the crash and the failed save of issue 18) leaves a live row whose history lacks it.
 *
 * Reads through the Local API, so it works on SQLite and MongoDB alike; a collection that cannot
 * be read at all is itself reported.
 */
export interface Inconsistency {
  collection: string
  id?: number | string
  problem: string
}

type Live = { id: number | string; _status?: string | null; updatedAt?: string | null }
type Version = { parent: number | string | { id: number | string }; latest?: boolean | null; version?: { _status?: string | null; updatedAt?: string | null } }

export async function checkConsistency(payload: Payload): Promise<Inconsistency[]> {
  const found: Inconsistency[] = []
  for (const collection of payload.config.collections) {
    if (!collection.versions) continue
    const slug = collection.slug as CollectionSlug
    let live: Live[]
    let versions: Version[]
    try {
      live = (await payload.find({ collection: slug, draft: false, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Live[]
      versions = (await payload.findVersions({ collection: slug, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Version[]
    } catch (error) {
      found.push({ collection: slug, problem: `无法读取：${(error as Error).message}` })
      continue
    }
    const byParent = new Map<string, Version[]>()
    for (const version of versions) {
      const parent = String(typeof version.parent === 'object' && version.parent ? version.parent.id : version.parent)
      byParent.set(parent, [...(byParent.get(parent) ?? []), version])
    }
    const hasDrafts = Boolean(typeof collection.versions === 'object' && collection.versions.drafts)
    for (const doc of live) {
      const history = byParent.get(String(doc.id)) ?? []
      byParent.delete(String(doc.id))
      if (!history.length) {
        found.push({ collection: slug, id: doc.id, problem: '文档没有任何版本记录（保存中途失败留下的半条记录）' })
        continue
      }
      if (hasDrafts && history.filter((v) => v.latest).length !== 1) {
        found.push({ collection: slug, id: doc.id, problem: `应有且只有一个最新版本，实际有 ${history.filter((v) => v.latest).length} 个` })
      }
      if (doc._status === 'published' && !history.some((v) => v.version?._status === 'published' && v.version.updatedAt === doc.updatedAt)) {
        found.push({ collection: slug, id: doc.id, problem: `已发布的内容（${doc.updatedAt}）在版本记录中找不到对应的发布版本` })
      }
    }
    for (const parent of byParent.keys()) {
      found.push({ collection: slug, id: parent, problem: '版本记录指向不存在的文档' })
    }
  }
  return found
}

export function describeInconsistencies(found: Inconsistency[]): string {
  return [
    `数据不一致：发现 ${found.length} 处文档与版本记录不符。`,
    ...found.map((f) => `- ${f.collection}${f.id === undefined ? '' : ` #${f.id}`}：${f.problem}`),
  ].join('\n')
}
