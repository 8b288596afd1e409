import type { Payload } from 'payload'

/** A scheduled publish (or unpublish) whose time has passed without it happening. */
export interface OverdueSchedule {
  id: number | string
  action: '发布' | '撤回'
  collection: string
  docId: string
  dueAt: string
  /** why it failed, when the runner tried and gave up */
  error?: string
}

/**
 * The runner takes due jobs every minute; one still waiting well after its time means no server
 * runs jobs (CMS_JOBS_AUTORUN=off everywhere, the CMS was down) or it failed. Editors must see it.
 */
export const overdueGraceMs = 2 * 60_000

export async function overdueSchedules(payload: Payload, now = new Date()): Promise<OverdueSchedule[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { less_than: new Date(now.getTime() - overdueGraceMs).toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((job) => {
    const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: number | string } }
    const error = job.hasError ? ((job.error as { message?: string } | null)?.message ?? '执行失败') : undefined
    return {
      id: job.id,
      action: input.type === 'unpublish' ? '撤回' : '发布',
      collection: String(input.doc?.relationTo ?? ''),
      docId: String(input.doc?.value ?? ''),
      dueAt: String(job.waitUntil),
      ...(error ? { error } : {}),
    }
  })
}
