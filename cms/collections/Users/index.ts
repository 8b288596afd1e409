import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../access/adminOrSelf.ts'
import { isAdmin } from '../access/isAdmin.ts'
import { hasRole, roleLabels, roles } from '../access/roles.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: '系统' },
  fields: [
    { name: 'name', label: '姓名', type: 'text' },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        // Nobody raises their own role: only admins set roles, and the first account is an admin.
        create: ({ req: { user } }) => hasRole(user, 'admin'),
        update: ({ req: { user } }) => hasRole(user, 'admin'),
      },
      admin: { description: '起草：编写草稿；审核发布：审核并发布；管理员：另可管理用户' },
    },
  ],
}
