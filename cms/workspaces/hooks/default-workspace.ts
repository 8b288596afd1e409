import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { workspaceIdsOf } from '../../access/workspaces.ts'
import { provinceWorkspaceId } from '../province.ts'
import { selectedWorkspace } from '../selection.ts'
import type { Workspace } from '../../payload-types.ts'

const empty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Fills a new document's `workspace` when the writer left it out: the user's only workspace, or
 * the one picked in the admin's selector. A user with several who picked none must choose.
 * Trusted code and admins without a workspace write into the province's. Checked here rather
 * than by the field's validation, which Payload skips for drafts: a draft must not end up in no
 * workspace (nobody but admins could see it), so clearing it is refused too.
 */
/** A document that belongs to one workspace (notices, FAQs, forms, topics, providers, media). */
type InWorkspace = { id: number; workspace?: number | Workspace | null }

export const defaultWorkspace: CollectionBeforeValidateHook<InWorkspace> = async ({ collection, data, operation, req }) => {
  if (!data) return data
  const refuse = (message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'workspace', label: '所属机构', message }] }, req.t)
  }
  if (operation === 'update') {
    if ('workspace' in data && empty(data.workspace)) refuse('所属机构：不能清空，每份内容都属于一个机构')
    return data
  }
  if (operation !== 'create' || !empty(data.workspace)) return data
  const own = workspaceIdsOf(req.user)
  if (own.length === 1) return { ...data, workspace: own[0] }
  const picked = selectedWorkspace(req)
  if (picked !== undefined) return { ...data, workspace: picked }
  if (own.length === 0) return { ...data, workspace: await provinceWorkspaceId(req) }
  return refuse('所属机构：你属于多个机构，请选择本内容所属的机构')
}
