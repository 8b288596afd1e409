import type { PayloadRequest } from 'payload'
import { hasRole } from './roles.ts'

/**
 * Who may queue, run or cancel background jobs through the API (`/api/payload-jobs/run`).
 * The runner inside the server (jobs.autoRun) needs no user; scheduled publishes run as the
 * person who scheduled them, so an editor's schedule cannot publish.
 */
export const publishersRunJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'publisher')
