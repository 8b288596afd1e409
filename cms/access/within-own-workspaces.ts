import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from './roles.ts'
import { inOwnWorkspaces, ownsWorkspace, workspaceIdsOf } from './workspaces.ts'

const and = (a: boolean | Where, b: Where): Where => (a === true ? b : { and: [a as Where, b] })

type Narrow = (allowed: true | Where, user: NonNullable<PayloadRequest['user']>, workspace: unknown) => boolean | Where

/**
 * `base`, then `narrow` for signed-in staff other than admins (who act anywhere). `workspace` is
 * the one named in the request's data, if any.
 */
const narrowedForStaff =
  (base: Access, narrow: Narrow): Access =>
  async (args) => {
    const allowed = await base(args)
    const { user } = args.req
    if (!allowed || !user || hasRole(user, 'admin')) return allowed
    const workspace = (args.data as { workspace?: unknown } | undefined)?.workspace
    return narrow(allowed, user, workspace ?? undefined)
  }

/**
 * Narrows a create access to the user's workspaces: the new document's `workspace`, when given,
 * must be one of theirs; when left out it is filled from the user (hooks/default-workspace.ts),
 * so they need at least one.
 */
export const createsInOwnWorkspace = (base: Access): Access =>
  narrowedForStaff(base, (_allowed, user, workspace) => (workspace === undefined ? workspaceIdsOf(user).length > 0 : ownsWorkspace(user, workspace)))

/**
 * Narrows an update or delete access to documents of the user's own workspaces, and refuses a
 * move (`workspace` in the data) to a workspace not theirs. Publishing, unpublishing and
 * restoring are updates, so a publisher does them only at home.
 */
export const withinOwnWorkspaces = (base: Access): Access =>
  narrowedForStaff(base, (allowed, user, workspace) =>
    workspace !== undefined && !ownsWorkspace(user, workspace) ? false : and(allowed, inOwnWorkspaces(user)),
  )

/** Version history (drafts included) only of one's own workspaces. */
export const ownWorkspaceVersions: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return inOwnWorkspaces(user, 'version.workspace')
}
