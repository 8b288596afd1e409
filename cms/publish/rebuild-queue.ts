/**
 * When a queued site rebuild is due, and how requests merge. The queue itself is a Payload job
 * (rebuild-jobs.ts), so it survives a restart; this is the arithmetic it runs on.
 *
 * A request waits `debounceMs` for quiet, at most `maxWaitMs` from the first request still
 * waiting: a burst of saves becomes one build, and a steady stream of saves still builds.
 */
export interface RebuildTiming {
  debounceMs: number
  maxWaitMs: number
}

export function rebuildTiming(env: NodeJS.ProcessEnv = process.env): RebuildTiming {
  return {
    debounceMs: Number(env.SITE_REBUILD_DEBOUNCE_MS ?? 5_000),
    maxWaitMs: Number(env.SITE_REBUILD_MAX_WAIT_MS ?? 30_000),
  }
}

export function rebuildDueAt(firstRequestedAt: Date, now: Date, { debounceMs, maxWaitMs }: RebuildTiming): Date {
  return new Date(Math.max(now.getTime(), Math.min(now.getTime() + debounceMs, firstRequestedAt.getTime() + maxWaitMs)))
}

/** What a pending rebuild carries: the documents that asked for it, oldest first. */
export interface RebuildRequest {
  reasons: string[]
  /** ISO time of the oldest request merged in, for maxWait */
  firstRequestedAt: string
}

/** Merges pending requests (in queue order) and new reasons into one: one line per save. */
export function mergeRequests(pending: RebuildRequest[], reasons: string[], now: Date): RebuildRequest {
  const merged = [...pending.flatMap((p) => p.reasons), ...reasons]
  const first = Math.min(now.getTime(), ...pending.map((p) => Date.parse(p.firstRequestedAt)).filter(Number.isFinite))
  return { reasons: merged, firstRequestedAt: new Date(first).toISOString() }
}

/** A queued job's input as stored; anything unreadable still asks for a build. */
export function readRebuildRequest(input: unknown): RebuildRequest {
  const value = (input ?? {}) as Partial<Record<keyof RebuildRequest, unknown>>
  const reasons = Array.isArray(value.reasons) ? value.reasons.map(String) : []
  const first = typeof value.firstRequestedAt === 'string' && Number.isFinite(Date.parse(value.firstRequestedAt)) ? value.firstRequestedAt : new Date().toISOString()
  return { reasons, firstRequestedAt: first }
}
