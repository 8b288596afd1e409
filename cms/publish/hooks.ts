import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { rebuildQueue } from './publisher.ts'

type Published = { _status?: string | null; slug?: string | null; id: number | string }

const label = (collection: string, doc: Published) => `${collection}:${doc.slug ?? doc.id}`

/**
 * Asks for a site rebuild when what the public sees changed: a published save, an unpublish, or
 * a scheduled publish firing. Draft saves and autosaves of a published document leave the public
 * version as it is, so they do not. Seeds pass `disableRebuild`.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  const queue = req.context.disableRebuild ? undefined : rebuildQueue(req.payload)
  if (!queue) return doc
  const current = doc as Published
  const hasDrafts = '_status' in current
  let publicChange = !hasDrafts || current._status === 'published'
  if (!publicChange && (previousDoc as Published | undefined)?._status === 'published') {
    const live = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id: current.id,
      draft: false,
      depth: 0,
      req,
      disableErrors: true,
    })
    publicChange = (live as Published | null)?._status !== 'published'
  }
  if (publicChange) queue.request(label(collection.slug, current))
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (!req.context.disableRebuild) rebuildQueue(req.payload)?.request(`${label(collection.slug, doc as Published)}（删除）`)
  return doc
}
