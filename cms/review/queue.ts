import type { Payload, PayloadRequest, Where } from 'payload'
import { hasRole } from '../access/roles.ts'
import { inOwnWorkspaces, isProvinceStaff } from '../access/workspaces.ts'
import { provinceCollections, workspaceCollections } from '../workspaces/with-workspaces.ts'
import { documentTitle } from './mail.ts'
import { reviewedCollections, type ReviewedSlug, type ReviewState } from './states.ts'

export interface QueueItem {
  collection: ReviewedSlug
  collectionLabel: string
  id: number | string
  title: string
  submittedAt: string | null
  submittedBy: { id: number | string; name?: string | null; email?: string } | null
  /** the document in the admin */
  editPath: string
  /** Payload's versions view comparing the submitted draft with the published version (or the previous one) */
  comparePath: string
}

/** The columns the 待审核 list view shows (the `ui` fields are in fields.ts), after the title. */
export const queueColumns = ['review', 'reviewSubmitter', 'reviewSubmittedWhen', 'reviewCompare'] as const

/**
 * The list view of one collection's 待审核 documents, oldest submission first, with who submitted
 * each, when, and a link to compare it with the published version. Payload keeps a list's columns
 * and sort as the user's preference: the view's own banner links back to the usual ones.
 */
export function queueListPath(collection: ReviewedSlug, useAsTitle: string, hasWorkspace: boolean): string {
  const columns = [useAsTitle, ...queueColumns, ...(hasWorkspace ? ['workspace'] : [])]
  const query = new URLSearchParams({ 'where[review][equals]': 'submitted', sort: 'reviewSubmittedAt', columns: JSON.stringify(columns) })
  return `/collections/${collection}?${query.toString()}`
}

/** The usual list again: the collection's own default columns and sort, no filter. */
export function usualListPath(collection: ReviewedSlug, defaultColumns: readonly string[], defaultSort: string | undefined): string {
  const query = new URLSearchParams({ columns: JSON.stringify(defaultColumns), ...(defaultSort ? { sort: defaultSort } : {}) })
  return `/collections/${collection}?${query.toString()}`
}

/**
 * Which of a collection's documents the reader reviews: those of their own workspaces, topics and
 * providers only for the province's staff (`false`: none); admins and trusted code (no user) all.
 */
export async function reviewerScope(slug: ReviewedSlug, req: Partial<PayloadRequest> | undefined): Promise<Where | null | false> {
  const user = req?.user
  if (!user || hasRole(user, 'admin')) return null
  if ((workspaceCollections as readonly string[]).includes(slug)) return inOwnWorkspaces(user)
  if ((provinceCollections as readonly string[]).includes(slug)) return (await isProvinceStaff(req as PayloadRequest)) ? null : false
  return null
}

/**
 * Everything waiting for review (`review = submitted`, or another state) across the editorial
 * collections, oldest submission first. `req` carries the reader: a publisher sees the documents
 * of their own workspaces (cms/workspaces/), an admin all of them.
 */
export async function reviewQueue(
  payload: Payload,
  { req, state = 'submitted', submittedBy, limit = 50 }: { req?: Partial<PayloadRequest>; state?: ReviewState; submittedBy?: number | string; limit?: number } = {},
): Promise<QueueItem[]> {
  const items: QueueItem[] = []
  for (const slug of Object.keys(reviewedCollections) as ReviewedSlug[]) {
    const scope = await reviewerScope(slug, req)
    if (scope === false) continue
    const collection = payload.collections[slug].config
    const { docs } = await payload.find({
      collection: slug,
      where: {
        and: [
          { review: { equals: state } },
          ...(submittedBy === undefined ? [] : [{ reviewSubmittedBy: { equals: submittedBy } }]),
          ...(scope ? [scope] : []),
        ],
      },
      sort: 'reviewSubmittedAt',
      draft: true,
      depth: 1,
      limit,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
      const by = doc.reviewSubmittedBy
      items.push({
        collection: slug,
        collectionLabel: reviewedCollections[slug],
        id: doc.id,
        title: documentTitle(collection, doc),
        submittedAt: (doc.reviewSubmittedAt as string | null | undefined) ?? null,
        submittedBy: by && typeof by === 'object' ? (by as QueueItem['submittedBy']) : null,
        editPath: `/collections/${slug}/${doc.id}`,
        comparePath: await comparePath(payload, slug, doc.id),
      })
    }
  }
  return items.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')).slice(0, limit)
}

/** The newest version against the published one when there is one, else against its predecessor. */
export async function comparePath(payload: Payload, slug: ReviewedSlug, id: number | string): Promise<string> {
  const versions = (where: Record<string, unknown>) =>
    payload.findVersions({ collection: slug, where: { parent: { equals: id }, ...where }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
  const [latest] = (await versions({})).docs
  const base = `/collections/${slug}/${id}/versions`
  if (!latest) return base
  const [published] = (await versions({ 'version._status': { equals: 'published' } })).docs
  return `${base}/${latest.id}${published && published.id !== latest.id ? `?versionFrom=${published.id}` : ''}`
}
