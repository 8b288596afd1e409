import type { FieldHook } from 'payload'
import type { User } from '../../../payload-types.ts'

/**
 * The first account on a fresh install (the admin's 创建第一个用户 screen) becomes an admin, so
 * someone can manage users; every later account keeps the role an admin gave it (default 起草).
 * Runs after field access, which strips a role sent by anyone but an admin.
 */
export const firstUserIsAdmin: FieldHook<User, User['role'] | undefined> = async ({ operation, req, value }) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? 'admin' : value
}
