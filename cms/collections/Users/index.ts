import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/admin-or-self.ts'
import { isAdmin } from '../../access/is-admin.ts'
import { onlyAdmins } from '../../access/only-admins.ts'
import { roleLabels, roles } from '../../access/roles.ts'
import { userWorkspacesField } from '../../workspaces/user-workspaces-field.ts'
import { firstUserIsAdmin } from './hooks/first-user-is-admin.ts'
import { keepOneAdminOnChange, keepOneAdminOnDelete } from './hooks/keep-one-admin.ts'
import { checkNewPassword, checkResetPassword } from './hooks/password-rules.ts'
import { forgiveSignIn, guardSignIn, liftLocks } from './hooks/sign-in.ts'
import { resetPasswordMail } from '../../email/reset-password-mail.ts'
import { parseTrustedProxy } from '../../server/rate-limit.ts'

// A wrong TRUSTED_PROXY stops the start with its message, not the first sign-in with a 500.
parseTrustedProxy(process.env.TRUSTED_PROXY)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: {
    // Payload's own lock-out locks an account for everyone, so an attacker could keep the admin
    // out: it is set out of reach (keeping its 强制解锁 button and columns), and wrong passwords
    // lock one account on one client address instead (lockout.ts, hooks/sign-in.ts).
    maxLoginAttempts: Number.MAX_SAFE_INTEGER,
    lockTime: 15 * 60 * 1000,
    forgotPassword: resetPasswordMail,
    tokenExpiration: 8 * 60 * 60,
    // Secure cookies whenever the CMS is served over HTTPS (set CMS_PUBLIC_URL to its address).
    cookies: { sameSite: 'Lax', secure: (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://') },
  },
  access: {
    // Staff see only their own account: never another workspace's users.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
    unlock: onlyAdmins,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'workspaces', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
    group: '系统',
    // Others reach their own account through the avatar menu (账户).
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
    description: '起草：编写和修改草稿；审核发布：审核、发布、撤回和定时发布；管理员：另可管理用户。',
  },
  fields: [
    { name: 'name', label: '姓名', type: 'text' },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      // Shown on the create-first-user screen too: with nobody signed in, the account is the first.
      defaultValue: ({ user }: { user?: unknown }) => (user ? 'editor' : 'admin'),
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: {
        // Nobody raises their own role: only admins set roles; the first account becomes admin (hook).
        create: onlyAdmins,
        update: onlyAdmins,
      },
      hooks: { beforeChange: [firstUserIsAdmin] },
      admin: { description: '起草：编写草稿；审核发布：审核并发布；管理员：另可管理用户。只有管理员可以修改。' },
    },
    userWorkspacesField,
  ],
  hooks: {
    beforeOperation: [guardSignIn, checkResetPassword],
    beforeValidate: [checkNewPassword],
    beforeChange: [keepOneAdminOnChange],
    beforeDelete: [keepOneAdminOnDelete],
    afterLogin: [forgiveSignIn],
    afterOperation: [liftLocks],
  },
}
