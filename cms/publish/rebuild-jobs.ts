import type { Payload, TaskConfig, Where } from 'payload'
import { outsideTransactions } from '../server/request-scope.ts'
import { performRebuild, publishMode } from './publisher.ts'
import { mergeRequests, readRebuildRequest, rebuildDueAt, rebuildTiming, type RebuildRequest } from './rebuild-queue.ts'
import { defaultBuildsDir, tryBuildLock } from './site-builds.ts'

/**
 * Site rebuilds as Payload jobs: a publish queues a `rebuildSite` job in the database, so a
 * pending rebuild survives a restart. A new request replaces the pending job (its reasons carried
 * over), so a burst of saves stays one job; the job becomes due after the debounce. The process
 * that runs jobs (CMS_JOBS_AUTORUN not `off`) wakes Payload's runner when one is due, and at
 * start picks up what an earlier process left. A build holds the builds folder's lock file, so
 * two runners (two processes, two instances on one machine) never build at once: a job that
 * finds the lock taken puts its reasons back in the queue for after the running build.
 */
export const rebuildTaskSlug = 'rebuildSite'
export const rebuildQueueName = 'site'

const jobs = 'payload-jobs' as const

const notFinished: Where[] = [{ taskSlug: { equals: rebuildTaskSlug } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]
const pendingWhere: Where = { and: [...notFinished, { processing: { equals: false } }] }
const runningWhere: Where = { and: [...notFinished, { processing: { equals: true } }] }

/** When the lock is taken, how long a job waits before it looks again. */
const busyRetryMs = 2_000

export const rebuildSiteTask: TaskConfig<{ input: RebuildRequest; output: { outcome: string } }> = {
  slug: rebuildTaskSlug,
  label: '重建公众网站',
  retries: 2,
  handler: async ({ input, req }) => ({ output: { outcome: await runRebuild(req.payload, input) } }),
}

interface Scheduler {
  timer?: ReturnType<typeof setTimeout>
  timerAt?: number
  draining?: Promise<void>
  again: boolean
  requests: Promise<unknown>
  inFlight: number
}
// One per server process, also across Next's bundles.
const holder = globalThis as typeof globalThis & { __siteRebuilds?: Scheduler }
const state = (holder.__siteRebuilds ??= { again: false, requests: Promise.resolve(), inFlight: 0 })

/** Whether this process runs jobs (scheduled publishes and rebuilds); see cms/README.md. */
export const runsJobsHere = (env: NodeJS.ProcessEnv = process.env) => env.CMS_JOBS_AUTORUN !== 'off'

const pendingRequests = async (payload: Payload) =>
  (await payload.find({ collection: jobs, where: pendingWhere, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs

/**
 * Queues a rebuild for `reasons`, replacing the pending one. Outside the publish's own
 * transaction, so the runner sees it at once: a publish that then fails costs a needless rebuild,
 * never a missed one. Requests of this process are queued one after another, so concurrent
 * publishes still merge into one job.
 */
export function requestRebuild(payload: Payload, reasons: string[], options: { earlier?: RebuildRequest; delayMs?: number } = {}): Promise<void> {
  state.inFlight++
  // Its own transactions, after the caller's: a publish's hook starts this without waiting.
  const queued = state.requests.then(() => outsideTransactions('网站重建排队', () => enqueue(payload, reasons, options))).finally(() => state.inFlight--)
  state.requests = queued.catch(() => undefined)
  return queued
}

async function enqueue(payload: Payload, reasons: string[], { earlier, delayMs }: { earlier?: RebuildRequest; delayMs?: number }) {
  const now = new Date()
  const pending = await pendingRequests(payload)
  const merged = mergeRequests([...(earlier ? [earlier] : []), ...pending.map((job) => readRebuildRequest(job.input))], reasons, now)
  const dueAt = delayMs === undefined ? rebuildDueAt(new Date(merged.firstRequestedAt), now, rebuildTiming()) : new Date(now.getTime() + delayMs)
  if (pending.length) {
    // Still pending only: a runner may have claimed one meanwhile, and that build goes ahead.
    await payload.delete({ collection: jobs, where: { and: [{ id: { in: pending.map((job) => job.id) } }, pendingWhere] }, overrideAccess: true })
  }
  await payload.jobs.queue({ task: rebuildTaskSlug, input: merged, queue: rebuildQueueName, waitUntil: dueAt })
  wakeAt(payload, dueAt)
}

/** The job: build (or call the deploy hook) unless another build holds the lock. */
async function runRebuild(payload: Payload, input: RebuildRequest): Promise<string> {
  const release = await tryBuildLock(defaultBuildsDir)
  if (!release) {
    await requestRebuild(payload, [], { earlier: input, delayMs: busyRetryMs })
    return 'deferred'
  }
  try {
    // What is pending now is covered by this build, which reads the CMS after this point.
    const absorbed = await pendingRequests(payload)
    if (absorbed.length) {
      await payload.delete({ collection: jobs, where: { and: [{ id: { in: absorbed.map((job) => job.id) } }, pendingWhere] }, overrideAccess: true })
    }
    const { reasons } = mergeRequests([input, ...absorbed.map((job) => readRebuildRequest(job.input))], [], new Date())
    return await performRebuild(payload, reasons)
  } finally {
    release()
  }
}

function wakeAt(payload: Payload, at: Date) {
  if (!runsJobsHere() || publishMode() === 'off') return
  const when = at.getTime()
  if (state.timer && (state.timerAt ?? 0) <= when) return
  clearTimeout(state.timer)
  state.timerAt = when
  // A little after: the runner takes jobs whose waitUntil is strictly before its clock.
  state.timer = setTimeout(() => {
    state.timer = undefined
    state.timerAt = undefined
    void drain(payload)
  }, Math.max(0, when - Date.now()) + 25)
}

/** Runs due rebuild jobs one at a time in this process, then sleeps until the next is due. */
function drain(payload: Payload): Promise<void> {
  if (state.draining) {
    state.again = true
    return state.draining
  }
  state.draining = (async () => {
    do {
      state.again = false
      await payload.jobs.run({ queue: rebuildQueueName, limit: 1, silent: true })
    } while (state.again)
    const [next] = (await payload.find({ collection: jobs, where: pendingWhere, sort: 'waitUntil', limit: 1, depth: 0, overrideAccess: true })).docs
    if (next) wakeAt(payload, new Date(next.waitUntil ?? Date.now()))
  })()
    .catch((error: unknown) => payload.logger.error({ err: error, msg: '网站重建任务出错' }))
    .finally(() => {
      state.draining = undefined
    })
  return state.draining
}

/**
 * At the start of the process that runs jobs: a rebuild job left "processing" by a process that
 * died mid-build (no live build holds the lock) goes back to pending, and the next due rebuild is
 * scheduled.
 */
export async function resumeRebuilds(payload: Payload): Promise<void> {
  if (!runsJobsHere() || publishMode() === 'off') return
  const release = await tryBuildLock(defaultBuildsDir)
  if (release) {
    try {
      await payload.update({ collection: jobs, where: runningWhere, data: { processing: false }, overrideAccess: true, depth: 0 })
    } finally {
      release()
    }
  }
  const [next] = (await payload.find({ collection: jobs, where: pendingWhere, sort: 'waitUntil', limit: 1, depth: 0, overrideAccess: true })).docs
  if (next) wakeAt(payload, new Date(next.waitUntil ?? Date.now()))
}

export interface SiteRebuilds {
  request: (reason: string) => Promise<void>
  /** Resolves when this process has nothing queued, waiting or running. */
  idle: () => Promise<void>
  /** Whether a rebuild is queued and not yet started (any process). */
  pending: () => Promise<boolean>
}

/** The rebuild queue, or undefined when publishing is off (tests, `cms:api`). */
export function rebuildQueue(payload: Payload): SiteRebuilds | undefined {
  if (publishMode() === 'off') return undefined
  return {
    request: (reason) => requestRebuild(payload, [reason]),
    idle: async () => {
      while (state.inFlight || state.timer || state.draining) await new Promise((resolve) => setTimeout(resolve, 50))
    },
    pending: async () => (await payload.count({ collection: jobs, where: pendingWhere, overrideAccess: true })).totalDocs > 0,
  }
}
