import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'
import { hasRole } from '../access/roles.ts'

/** Raised when an editor's write would change what the public sees; the admin shows the message. */
class PublishForbidden extends Forbidden {
  constructor(req: PayloadRequest, message: string) {
    super(req.t)
    this.message = message
  }
}

const needsReview = (req: PayloadRequest) => Boolean(req.user) && !hasRole(req.user, 'admin', 'publisher')

/**
 * Editors (起草) only ever write drafts. `draftsOrPublisher` refuses an explicit
 * `_status: 'published'`, but Payload also changes the live document when a save is made
 * without `draft=true` (it keeps the published status, or unpublishes when `_status: 'draft'`).
 * So an editor's non-draft save or restore is allowed only while nothing of that document is
 * published. Local API calls with `overrideAccess` (seed, scripts) are not checked.
 */
export const guardPublication: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || !needsReview(req)) return args
  const a = args as { draft?: boolean; id?: number | string; where?: Where }
  if (a.draft) return args

  if (operation === 'restoreVersion') {
    throw new PublishForbidden(req, '起草人员只能「恢复为草稿」，再由审核发布人员发布。')
  }
  if (operation !== 'update') return args

  const target: Where = a.id !== undefined ? { id: { equals: a.id } } : (a.where ?? {})
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'notices',
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
export const refusePublishByEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.context?.isRestoringVersion) return data
  if (needsReview(req) && data?._status === 'published') {
    throw new PublishForbidden(req, '只有审核发布人员或管理员可以发布内容。')
  }
  return data
}
