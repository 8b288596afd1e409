import type { Access } from 'payload'
import { publishedOrSignedIn } from './published-or-signed-in.ts'
import { hasRole } from './roles.ts'
import { inOwnWorkspaces } from './workspaces.ts'

/**
 * `publishedOrSignedIn` narrowed to workspaces: everyone reads what is published (a city's
 * notice relates to the province's); staff read drafts only in their own workspaces; admins read
 * everything. On draft queries Payload applies this to the versions, so a draft of another
 * workspace never shows.
 */
export const publishedOrOwnWorkspace: Access = async (args) => {
  const { user } = args.req
  if (!user || hasRole(user, 'admin')) return publishedOrSignedIn(args)
  return { or: [{ _status: { equals: 'published' } }, inOwnWorkspaces(user)] }
}
