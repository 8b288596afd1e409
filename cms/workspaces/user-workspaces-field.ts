import type { RelationshipField } from 'payload'
import { onlyAdmins } from '../access/only-admins.ts'

/**
 * 所属机构 of an account: where its role applies. Required for everyone but admins (who see
 * everything); only admins set it, so nobody moves themselves into another body.
 */
export const userWorkspacesField: RelationshipField = {
  name: 'workspaces',
  label: '所属机构',
  type: 'relationship',
  relationTo: 'workspaces',
  hasMany: true,
  index: true,
  access: { create: onlyAdmins, update: onlyAdmins },
  validate: (value: unknown, { data, req }: { data: unknown; req: { user?: unknown } }) => {
    const role = (data as { role?: string } | undefined)?.role
    // Nobody signed in: the create-first-user screen (that account becomes admin) or trusted code.
    if (role === 'admin' || role === undefined || !req.user) return true
    return Array.isArray(value) && value.length > 0 ? true : '所属机构：除管理员外，每个账号至少属于一个机构'
  },
  admin: { description: '起草和审核发布人员只能处理所属机构的内容；管理员可不填。' },
}
