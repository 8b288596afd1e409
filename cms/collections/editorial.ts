import type { CollectionConfig } from 'payload'
import { draftsOrPublisher } from '../access/drafts-or-publisher.ts'
import { isPublisherOrAdmin } from '../access/is-publisher-or-admin.ts'
import { publishedOrSignedIn } from '../access/published-or-signed-in.ts'
import { guardPublication, refusePublishByEditor } from '../hooks/guard-publication.ts'

/** The public reads what is published; staff write drafts; publishers and admins publish and delete. */
export const editorialAccess = {
  read: publishedOrSignedIn,
  create: draftsOrPublisher,
  update: draftsOrPublisher,
  delete: isPublisherOrAdmin,
} satisfies CollectionConfig['access']

/**
 * What every editorial collection shares: drafts with version history, autosave at a pace that
 * does not flood the history, scheduled publishing (run by the jobs runner, see payload.config),
 * and the guard that keeps editors' saves as drafts.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  // 10 s: an editor loses at most a sentence if the browser dies, without a request per keystroke.
  drafts: { autosave: { interval: 10_000 }, schedulePublish: true },
  maxPerDoc: 50,
}

export const editorialHooks = {
  beforeOperation: [guardPublication],
  beforeChange: [refusePublishByEditor],
} satisfies CollectionConfig['hooks']

/** The collections whose draft has a preview: those with a page of their own on the site. */
export const previewCollections = ['notices', 'topics', 'faqs', 'providers'] as const

/** `/preview/<collection>/<id>/`: the draft as its public page (served by the preview server, see server/preview-proxy.ts). */
export function previewPath(collection: string, id: unknown): string | null {
  return id === undefined || id === null ? null : `/preview/${collection}/${encodeURIComponent(String(id))}/`
}

/**
 * The admin's 预览 button: the draft as the public would see it, the site's own page rendered on
 * request for signed-in staff (never part of the public build).
 */
export const previewFor =
  (collection: string): NonNullable<CollectionConfig['admin']>['preview'] =>
  (doc) =>
    previewPath(collection, doc?.id)
