import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Admins reach every account; others only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
