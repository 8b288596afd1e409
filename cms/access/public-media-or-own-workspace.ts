import type { Access } from 'payload'
import { publicMediaOrSignedIn, publicMediaWhere } from './public-media-or-signed-in.ts'
import { hasRole } from './roles.ts'
import { inOwnWorkspaces } from './workspaces.ts'

/**
 * `publicMediaOrSignedIn` narrowed to workspaces: staff see their own workspaces' files and what
 * the public may see anyway; another workspace's unpublished upload stays out of their lists.
 */
export const publicMediaOrOwnWorkspace: Access = async (args) => {
  const { req } = args
  if (!req.user || hasRole(req.user, 'admin')) return publicMediaOrSignedIn(args)
  const visible = await publicMediaWhere(req)
  return { or: [inOwnWorkspaces(req.user), ...(visible.or ?? [visible])] }
}
