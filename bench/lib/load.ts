/**
 * Runs the load generator (load-worker.ts) in its own process, so it does not share an event
 * loop with the server it measures, and returns what it sends back over the IPC channel (not
 * stdout, where a library's log line could land).
 */
import { fork } from 'node:child_process'
import path from 'node:path'
import type { Context } from './context.ts'

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

/** What the worker sends: its measurement, or why it could not make one. */
export type LoadReport = { ok: true; result: LoadResult } | { ok: false; error: string }

export function runLoad(ctx: Context, options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(ctx.root, 'bench/lib/load-worker.ts'), [JSON.stringify(options)], {
      cwd: ctx.root,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      timeout: (options.durationSec + 30) * 1000,
    })
    let report: LoadReport | undefined
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)))
    child.on('message', (message: LoadReport) => (report = message))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (report?.ok) resolve(report.result)
      else reject(new Error(`load generator failed: ${report?.error ?? `exit ${code ?? signal}`} ${stderr.trim()}`))
    })
  })
}
