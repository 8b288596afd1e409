/**
 * Runs the load generator (load-worker.ts) in its own process, so it does not share an event
 * loop with the server it measures, and returns what it printed.
 */
import path from 'node:path'
import type { Context } from './context.ts'
import { runProcess, tail } from './processes.ts'

export interface LoadResult {
  requestsPerSecond: number
  requestsTotal: number
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null; mean: number }
  bytesPerSecond: number
  statuses: Record<string, number>
  non2xx: number
  errors: number
  timeouts: number
}

export interface LoadOptions {
  url: string
  connections: number
  durationSec: number
  /** request headers, e.g. Accept-Encoding */
  headers?: Record<string, string>
}

export async function runLoad(ctx: Context, options: LoadOptions): Promise<LoadResult> {
  const run = await runProcess(process.execPath, [path.join(ctx.root, 'bench/lib/load-worker.ts'), JSON.stringify(options)], {
    cwd: ctx.root,
    timeoutMs: (options.durationSec + 30) * 1000,
  })
  const line = run.lines.map((l) => l.text).find((t) => t.startsWith('{'))
  if (run.code !== 0 || !line) throw new Error(`load generator failed: ${tail(run, 5)}`)
  const parsed = JSON.parse(line) as LoadResult & { error?: string }
  if (parsed.error) throw new Error(parsed.error)
  return parsed
}
