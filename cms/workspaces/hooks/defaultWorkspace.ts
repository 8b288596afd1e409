import type { CollectionBeforeValidateHook } from 'payload'
import { workspaceIdsOf } from '../../access/workspaces.ts'
import { provinceWorkspaceId } from '../province.ts'
import { selectedWorkspace } from '../selection.ts'

/**
 * Fills a new document's `workspace` when the writer left it out: the user's only workspace, or
 * the one picked in the admin's selector. A user with several and none picked must choose (the
 * field is required). Trusted code and admins without a workspace write into the province's.
 */
export const defaultWorkspace: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || (data.workspace !== undefined && data.workspace !== null && data.workspace !== '')) return data
  const own = workspaceIdsOf(req.user)
  if (own.length === 1) return { ...data, workspace: own[0] }
  const picked = selectedWorkspace(req)
  if (picked !== undefined) return { ...data, workspace: picked }
  if (own.length === 0) return { ...data, workspace: await provinceWorkspaceId(req) }
  return data
}
