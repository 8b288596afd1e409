import type { PayloadRequest } from 'payload'
import { hasRole } from './roles.ts'

/** The yes/no form of `isAdmin`, for field-level access (roles) and account unlocks. */
export const onlyAdmins = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
