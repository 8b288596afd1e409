/**
 * The arithmetic of the rebuild queue: when a queued rebuild is due and how requests merge. The
 * queue itself runs on real SQLite in rebuild-jobs.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { mergeRequests, readRebuildRequest, rebuildDueAt, type RebuildRequest } from './rebuild-queue.ts'

const t = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, seconds))

/** Replays saves at the given seconds; returns when the single pending build becomes due. */
function dueAfter(saves: number[], timing: { debounceMs: number; maxWaitMs: number }): number {
  let pending: RebuildRequest | undefined
  let due = Infinity
  for (const second of saves) {
    if (pending && t(second).getTime() >= due) throw new Error(`built before the save at ${second}s`)
    pending = mergeRequests(pending ? [pending] : [], [`save@${second}`], t(second))
    due = rebuildDueAt(new Date(pending.firstRequestedAt), t(second), timing).getTime()
  }
  return (due - t(0).getTime()) / 1000
}

describe('rebuild timing', () => {
  it('turns ten saves in a minute (3 s apart) into one build, 5 s after the last', () => {
    const saves = Array.from({ length: 10 }, (_, i) => i * 3)
    expect(dueAfter(saves, { debounceMs: 5_000, maxWaitMs: 60_000 })).toBe(27 + 5)
  })

  it('never waits longer than maxWait while saves keep coming', () => {
    expect(() => dueAfter([0, 2, 4, 6, 8, 10, 12, 14], { debounceMs: 5_000, maxWaitMs: 12_000 })).toThrow(/before the save at 12s/)
    expect(dueAfter([0, 2, 4, 6, 8, 10], { debounceMs: 5_000, maxWaitMs: 12_000 })).toBe(12)
  })

  it('is never due in the past, even when maxWait has long passed (a deferred request)', () => {
    expect(rebuildDueAt(t(0), t(100), { debounceMs: 5_000, maxWaitMs: 30_000 })).toEqual(t(100))
  })
})

describe('merging requests', () => {
  it('keeps every save, oldest first, and the oldest request time', () => {
    const a = { reasons: ['notices:a'], firstRequestedAt: t(5).toISOString() }
    const b = { reasons: ['faqs:b', 'faqs:b'], firstRequestedAt: t(2).toISOString() }
    expect(mergeRequests([a, b], ['topics:c'], t(9))).toEqual({
      reasons: ['notices:a', 'faqs:b', 'faqs:b', 'topics:c'],
      firstRequestedAt: t(2).toISOString(),
    })
  })

  it('reads a stored input defensively: a broken row still asks for a build', () => {
    expect(readRebuildRequest(null).reasons).toEqual([])
    expect(readRebuildRequest({ reasons: ['x', 3], firstRequestedAt: t(1).toISOString() })).toEqual({ reasons: ['x', '3'], firstRequestedAt: t(1).toISOString() })
    expect(Number.isFinite(Date.parse(readRebuildRequest({ firstRequestedAt: 'garbage' }).firstRequestedAt))).toBe(true)
  })
})
