import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'
import { hasRole } from '../access/roles.ts'
import type { Faq, Form, Notice, Provider, Topic } from '../payload-types.ts'

/** Raised when an editor's write would change what the public sees; the admin shows the message. */
class PublishForbidden extends Forbidden {
  constructor(req: PayloadRequest, message: string) {
    super(req.t)
    this.message = message
  }
}

/** The collections with drafts whose published version the public sees. */
export const editorialSlugs = ['notices', 'topics', 'providers', 'faqs', 'forms'] as const
export type EditorialSlug = (typeof editorialSlugs)[number]

/** The hook's collection, as the slug it is registered on (Payload types it as any string). */
function editorialSlug(slug: string): EditorialSlug {
  const known = editorialSlugs.find((s) => s === slug)
  if (!known) throw new Error(`guardPublication 只用于有草稿的公开集合，不用于 ${slug}`)
  return known
}
type EditorialDocument = Notice | Topic | Provider | Faq | Form

const needsReview = (req: PayloadRequest) => Boolean(req.user) && !hasRole(req.user, 'admin', 'publisher')

/**
 * Editors (起草) only ever write drafts. `draftsOrPublisher` refuses an explicit
 * `_status: 'published'`, but Payload also changes the live document when a save is made
 * without `draft=true` (it keeps the published status, or unpublishes when `_status: 'draft'`).
 * So an editor's non-draft save or restore is allowed only while nothing of that document is
 * published. Local API calls with `overrideAccess` (seed, scripts) are not checked.
 */
export const guardPublication: CollectionBeforeOperationHook<EditorialSlug> = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || !needsReview(req)) return args
  if ('draft' in args && args.draft) return args

  if (operation === 'restoreVersion') {
    throw new PublishForbidden(req, '起草人员只能「恢复为草稿」，再由审核发布人员发布。')
  }
  if (operation !== 'update') return args

  // Payload runs this hook as 'update' for a save by id too, with the id among the arguments.
  const target: Where = 'id' in args && args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const { totalDocs } = await req.payload.count({
    collection: editorialSlug(collection.slug),
    overrideAccess: true,
    req,
    where: { and: [target, { _status: { equals: 'published' } }] },
  })
  if (totalDocs > 0) {
    throw new PublishForbidden(req, '该内容已发布：起草人员的修改只能保存为草稿，由审核发布人员审核后发布或撤回。')
  }
  return args
}

/**
 * The last line of defence: whatever the path (duplicate, bulk edit), an editor never writes a
 * published status. Restores are checked above and by Payload (the data here still carries the
 * old version's status even when it is restored as a draft).
 */
export const refusePublishByEditor: CollectionBeforeChangeHook<EditorialDocument> = ({ data, req }) => {
  if (req.context?.isRestoringVersion) return data
  if (needsReview(req) && data?._status === 'published') {
    throw new PublishForbidden(req, '只有审核发布人员或管理员可以发布内容。')
  }
  return data
}
