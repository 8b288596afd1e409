import type { CollectionSlug, Payload } from 'payload'

/** Collections an export covers; users are included without secrets (Payload never returns them). */
export const exportedCollections = ['workspaces', 'notices', 'topics', 'providers', 'faqs', 'forms', 'media', 'users'] as const

export type Export = Record<(typeof exportedCollections)[number], unknown[]>

/**
 * Every document of every collection, drafts included, in a stable order: the basis for
 * comparing a database before and after (fuzzing, backup and restore).
 */
export async function exportAll(payload: Payload): Promise<Export> {
  const result = {} as Export
  for (const collection of exportedCollections) {
    const docs: unknown[] = []
    for (let page = 1; ; page++) {
      const batch = await payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        draft: true,
        limit: 200,
        page,
        sort: 'id',
        overrideAccess: true,
        pagination: true,
      })
      docs.push(...batch.docs)
      if (!batch.hasNextPage) break
    }
    result[collection] = docs
  }
  return result
}
