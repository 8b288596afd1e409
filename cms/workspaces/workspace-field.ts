import { validations, type RelationshipField, type RelationshipFieldSingleValidation } from 'payload'
import { hasRole } from '../access/roles.ts'
import { workspaceIdsOf } from '../access/workspaces.ts'

/**
 * 所属机构: which body a document belongs to. Staff choose among their own workspaces (the
 * choice is checked on save too, so the API cannot move a document elsewhere); one workspace is
 * filled in for them (hooks/default-workspace.ts).
 */
/**
 * Required, but checked here rather than with `required`: that would make the media table's
 * column NOT NULL, which SQLite cannot add to an existing table. The hook fills it before this
 * runs, so only a user with several workspaces who picked none sees the message.
 */
const requireWorkspace: RelationshipFieldSingleValidation = (value, options) => {
  if (value === undefined || value === null || value === '') return '所属机构：请选择本内容所属的机构'
  return validations.relationship(value as never, options as never)
}

export const workspaceField = (): RelationshipField => ({
  name: 'workspace',
  label: '所属机构（必填）',
  type: 'relationship',
  relationTo: 'workspaces',
  index: true,
  validate: requireWorkspace,
  defaultValue: ({ user }: { user?: unknown }) => {
    const own = workspaceIdsOf(user as never)
    return own.length === 1 ? own[0] : undefined
  },
  filterOptions: ({ user }) => {
    if (!user || hasRole(user as never, 'admin')) return true
    const own = workspaceIdsOf(user as never)
    return { id: { in: own.length ? own : [-1] } }
  },
  admin: {
    position: 'sidebar',
    description: '发布本内容的机构。只能选择自己所在的机构；发文机关另填。',
  },
})
