import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
