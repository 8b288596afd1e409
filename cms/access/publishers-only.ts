import type { PayloadRequest } from 'payload'
import { hasRole } from './roles.ts'

/** The yes/no form of `isPublisherOrAdmin`, for field-level access (what only publishing staff set). */
export const publishersOnly = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'publisher')
