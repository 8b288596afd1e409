import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { mediaUsedByPublished } from '../access/publicMediaOrSignedIn.ts'
import { rebuildQueue } from './publisher.ts'

type Published = { _status?: string | null; slug?: string | null; id: number | string; updatedAt?: string }

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
  if (collection.slug === 'media') {
    if (await mediaMattersToPublic(current, previousDoc as Published | undefined, req)) queue.request(label(collection.slug, current))
    return doc
  }
  if (!hasDrafts || current._status === 'published' || (await wasUnpublished(collection.slug as CollectionSlug, current, previousDoc as Published | undefined, req))) {
    queue.request(label(collection.slug, current))
  }
  return doc
}

/**
 * A save that leaves a document unpublished matters to the public only when it took a published
 * document offline: the live (non-draft) document is this very save, it is not published, and
 * some earlier version was. A draft save leaves the live document untouched. The admin's
 * 取消发布 (`unpublishAllLocales`) overwrites the latest version in place, so when that was the
 * published one, only `previousDoc` still says it was published.
 */
async function wasUnpublished(collection: CollectionSlug, doc: Published, previousDoc: Published | undefined, req: PayloadRequest): Promise<boolean> {
  const live = (await req.payload.findByID({ collection, id: doc.id, draft: false, depth: 0, req, disableErrors: true })) as Published | null
  if (!live || live._status === 'published' || live.updatedAt !== doc.updatedAt) return false
  if (previousDoc?._status === 'published') return true
  const published = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    req,
  })
  return published.totalDocs > 0
}

/**
 * Media have no drafts: an upload is private until a published notice uses it (that notice's
 * publish rebuilds) or a publisher marks it 公开. Only a file the public can reach, or could
 * until this save, changes the site.
 */
async function mediaMattersToPublic(doc: Published, previousDoc: Published | undefined, req: PayloadRequest): Promise<boolean> {
  const isPublic = (d: Published | undefined) => Boolean((d as { public?: boolean } | undefined)?.public)
  if (isPublic(doc) || isPublic(previousDoc)) return true
  return (await mediaUsedByPublished(req)).some((id) => String(id) === String(doc.id))
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (!req.context.disableRebuild) rebuildQueue(req.payload)?.request(`${label(collection.slug, doc as Published)}（删除）`)
  return doc
}
