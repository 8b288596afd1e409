import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { mediaUsedByPublished } from '../access/public-media-or-signed-in.ts'
import type { Faq, Form, Media, Notice, Provider, Topic } from '../payload-types.ts'
import { rebuildQueue } from './rebuild-jobs.ts'

/** A document of a collection the public site shows (see with-rebuild-hooks.ts). */
type PublicDocument = Notice | Topic | Provider | Faq | Form | Media
const publicSlugs = ['notices', 'topics', 'providers', 'faqs', 'forms', 'media'] as const
type PublicSlug = (typeof publicSlugs)[number]

/** The hook's collection, as the slug it is registered on (Payload types it as any string). */
function publicSlug(slug: string): PublicSlug {
  const known = publicSlugs.find((s) => s === slug)
  if (!known) throw new Error(`网站重建钩子只用于公开集合，不用于 ${slug}`)
  return known
}

/** A saved media document (the only public collection with an upload's `public` switch). */
const isMedia = (doc: PublicDocument | undefined): doc is Media => doc !== undefined && 'filename' in doc

const label = (collection: string, doc: PublicDocument) => `${collection}:${('slug' in doc ? doc.slug : undefined) ?? doc.id}`

/**
 * Asks for a site rebuild when what the public sees changed: a published save, an unpublish, or
 * a scheduled publish firing. Draft saves and autosaves of a published document leave the public
 * version as it is, so they do not. Seeds pass `disableRebuild`. The request is a job in the
 * database (rebuild-jobs.ts), so it outlives this process.
 */
export const rebuildAfterChange: CollectionAfterChangeHook<PublicDocument> = async ({ doc, previousDoc, collection, req }) => {
  const queue = req.context.disableRebuild ? undefined : rebuildQueue(req.payload)
  if (!queue) return doc
  const hasDrafts = '_status' in doc
  if (collection.slug === 'media') {
    if (isMedia(doc) && (await mediaMattersToPublic(doc, isMedia(previousDoc) ? previousDoc : undefined, req))) queueAfterCommit(req, queue.request(label(collection.slug, doc)))
    return doc
  }
  if (!hasDrafts || doc._status === 'published' || (await wasUnpublished(publicSlug(collection.slug), doc, previousDoc, req))) {
    queueAfterCommit(req, queue.request(label(collection.slug, doc)))
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
async function wasUnpublished(collection: PublicSlug, doc: PublicDocument, previousDoc: PublicDocument | undefined, req: PayloadRequest): Promise<boolean> {
  const live = await req.payload.findByID({ collection, id: doc.id, draft: false, depth: 0, req, disableErrors: true })
  if (!live || ('_status' in live && live._status === 'published') || live.updatedAt !== doc.updatedAt) return false
  if (previousDoc && '_status' in previousDoc && previousDoc._status === 'published') return true
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
 * The rebuild is queued in its own transaction, outside the save's (requestRebuild runs
 * `outsideTransactions`). On the embedded database that one waits for the save's transaction to
 * end (one writer per process), so the hook must not wait for it: that would wait for itself. It
 * is queued as soon as the save commits; a save that fails queues nothing, or a needless rebuild.
 */
function queueAfterCommit(req: PayloadRequest, queued: Promise<void>): void {
  queued.catch((error: unknown) => req.payload.logger.error({ err: error, msg: '网站重建请求未能排队' }))
}

/**
 * Media have no drafts: an upload is private until a published notice uses it (that notice's
 * publish rebuilds) or a publisher marks it 公开. Only a file the public can reach, or could
 * until this save, changes the site.
 */
async function mediaMattersToPublic(doc: Media, previousDoc: Media | undefined, req: PayloadRequest): Promise<boolean> {
  if (doc.public || previousDoc?.public) return true
  return (await mediaUsedByPublished(req)).some((id) => String(id) === String(doc.id))
}

export const rebuildAfterDelete: CollectionAfterDeleteHook<PublicDocument> = async ({ doc, collection, req }) => {
  const queue = req.context.disableRebuild ? undefined : rebuildQueue(req.payload)
  if (queue) queueAfterCommit(req, queue.request(`${label(collection.slug, doc)}（删除）`))
  return doc
}
