import type { CollectionConfig } from 'payload'
import { guardPublication, refusePublishByEditor } from '../hooks/guardPublication.ts'

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

const siteUrl = () => (process.env.SITE_PREVIEW_URL ?? 'http://localhost:4321').replace(/\/+$/, '')

/**
 * The admin's 预览 button: the site's preview page for this document (built in a later issue).
 * Documents without a slug yet have no preview.
 */
export const previewFor =
  (collection: string): NonNullable<CollectionConfig['admin']>['preview'] =>
  (doc) => {
    const slug = typeof doc?.slug === 'string' ? doc.slug : ''
    return slug ? `${siteUrl()}/preview/${collection}/${encodeURIComponent(slug)}` : null
  }
