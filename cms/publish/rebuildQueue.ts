/**
 * Collapses bursts of publish events into single site builds and never runs two at once.
 * A request waits `debounceMs` for quiet (at most `maxWaitMs` from the first request); a request
 * that arrives during a build queues exactly one more build after it.
 */
export interface RebuildQueueOptions {
  debounceMs: number
  maxWaitMs: number
  run: (reasons: string[]) => Promise<void>
  onError?: (error: unknown) => void
}

export interface RebuildQueue {
  request: (reason: string) => void
  /** Resolves when nothing is pending or running. */
  idle: () => Promise<void>
  readonly building: boolean
  readonly pending: boolean
}

export function createRebuildQueue({ debounceMs, maxWaitMs, run, onError }: RebuildQueueOptions): RebuildQueue {
  let reasons: string[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstRequestAt = 0
  let current: Promise<void> | undefined
  let waiters: Array<() => void> = []

  const settleIfIdle = () => {
    if (!timer && !current && reasons.length === 0) {
      for (const resolve of waiters) resolve()
      waiters = []
    }
  }

  const fire = () => {
    timer = undefined
    if (current) return // the running build's finally() starts the next one
    const batch = reasons
    reasons = []
    current = run(batch)
      .catch((error: unknown) => onError?.(error))
      .finally(() => {
        current = undefined
        if (reasons.length) schedule(0)
        settleIfIdle()
      })
  }

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(fire, delay)
  }

  return {
    request(reason) {
      if (reasons.length === 0) firstRequestAt = Date.now()
      reasons.push(reason)
      if (current) return
      const waited = Date.now() - firstRequestAt
      schedule(Math.max(0, Math.min(debounceMs, maxWaitMs - waited)))
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve)
        settleIfIdle()
      }),
    get building() {
      return Boolean(current)
    },
    get pending() {
      return Boolean(timer) || reasons.length > 0
    },
  }
}
