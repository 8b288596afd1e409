import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRebuildQueue } from '../../cms/publish/rebuildQueue.ts'

describe('rebuild queue', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const controlledBuilds = () => {
    const runs: string[][] = []
    let finish: () => void = () => {}
    let concurrent = 0
    let maxConcurrent = 0
    const run = (reasons: string[]) => {
      runs.push(reasons)
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      return new Promise<void>((resolve) => {
        finish = () => {
          concurrent--
          resolve()
        }
      })
    }
    return { runs, run, finish: () => finish(), maxConcurrent: () => maxConcurrent }
  }

  it('turns ten saves in a minute into one build', async () => {
    const builds = controlledBuilds()
    const queue = createRebuildQueue({ debounceMs: 5_000, maxWaitMs: 60_000, run: builds.run })
    for (let i = 0; i < 10; i++) {
      queue.request(`notices:${i}`)
      await vi.advanceTimersByTimeAsync(3_000)
    }
    expect(builds.runs).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(builds.runs).toEqual([Array.from({ length: 10 }, (_, i) => `notices:${i}`)])
  })

  it('never waits longer than maxWait while saves keep coming', async () => {
    const builds = controlledBuilds()
    const queue = createRebuildQueue({ debounceMs: 5_000, maxWaitMs: 12_000, run: builds.run })
    for (let i = 0; i < 8; i++) {
      queue.request(`faqs:${i}`)
      await vi.advanceTimersByTimeAsync(2_000)
    }
    expect(builds.runs.length).toBe(1)
  })

  it('never runs two builds at once, and builds once more for changes made during a build', async () => {
    const builds = controlledBuilds()
    const queue = createRebuildQueue({ debounceMs: 1_000, maxWaitMs: 10_000, run: builds.run })
    queue.request('topics:a')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(queue.building).toBe(true)
    queue.request('topics:b')
    queue.request('topics:c')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(builds.runs).toHaveLength(1)
    builds.finish()
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(builds.runs).toEqual([['topics:a'], ['topics:b', 'topics:c']])
    expect(builds.maxConcurrent()).toBe(1)
    builds.finish()
    const idle = queue.idle()
    await vi.advanceTimersByTimeAsync(0)
    await idle
    expect(queue.building).toBe(false)
    expect(queue.pending).toBe(false)
  })

  it('keeps going after a failed build', async () => {
    const errors: unknown[] = []
    let calls = 0
    const queue = createRebuildQueue({
      debounceMs: 10,
      maxWaitMs: 100,
      run: async () => {
        calls++
        if (calls === 1) throw new Error('构建失败')
      },
      onError: (error) => errors.push(error),
    })
    queue.request('x')
    await vi.advanceTimersByTimeAsync(20)
    queue.request('y')
    await vi.advanceTimersByTimeAsync(20)
    expect(calls).toBe(2)
    expect(errors).toHaveLength(1)
  })
})
