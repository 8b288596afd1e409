import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/**
 * Any signed-in staff member may write, but only publishers and admins may write a published
 * version: an editor's save that asks for `_status: 'published'` is refused. Saves that would
 * change a live document without asking (no `draft=true`) are refused by
 * `hooks/guard-publication.ts`, which can see the document's current status.
 */
export const draftsOrPublisher: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'publisher')) return true
  const status = (data as { _status?: string } | undefined)?._status
  return status !== 'published'
}
