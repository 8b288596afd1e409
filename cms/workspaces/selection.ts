import type { PayloadRequest } from 'payload'
import { ownsWorkspace, workspaceIdsOf } from '../access/workspaces.ts'

/** The cookie the admin's workspace selector sets (components/admin/WorkspaceSelector.tsx). */
export const selectedWorkspaceCookie = 'jxjy-workspace'

/**
 * The workspace a user with several picked in the admin's selector, if it is still theirs.
 * Lists show only it, and new documents go into it.
 */
export function selectedWorkspace(req: PayloadRequest): number | string | undefined {
  const cookie = req.headers?.get?.('cookie') ?? ''
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${selectedWorkspaceCookie}=([^;]+)`))
  if (!match) return undefined
  const value = decodeURIComponent(match[1]!)
  const own = workspaceIdsOf(req.user).find((id) => String(id) === value)
  return own !== undefined && ownsWorkspace(req.user, own) ? own : undefined
}
