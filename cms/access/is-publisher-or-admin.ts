import type { Access } from 'payload'
import { hasRole } from './roles.ts'

export const isPublisherOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'publisher')
