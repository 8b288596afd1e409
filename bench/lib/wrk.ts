/**
 * The same load as load.ts, from wrk (Debian's `wrk` package: `apt-get install wrk`), a native
 * client that counts each response without turning its body into a string. autocannon does that
 * for every body, and decoding a compressed (binary) body as UTF-8 costs it several times what
 * the same bytes of HTML cost, on the cores the server shares: with wrk, a difference between
 * variants is the server's. One thread, so the client holds one core as autocannon does.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Context } from './context.ts'
import type { LoadOptions, LoadResult } from './load.ts'
import { runProcess, tail } from './processes.ts'

/** Whether `wrk` is on PATH. */
export function hasWrk(): boolean {
  return !spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error
}

interface WrkSummary {
  requests: number
  durationUs: number
  bytes: number
  p50Us: number
  p95Us: number
  p99Us: number
  maxUs: number
  meanUs: number
  connect: number
  read: number
  write: number
  status: number
  timeout: number
}

export async function runWrk(ctx: Context, options: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
  const args = ['-t1', `-c${options.connections}`, `-d${options.durationSec}s`, '--timeout', '10s', '-s', path.join(ctx.root, 'bench/lib/wrk-summary.lua'), ...headerArgs, options.url]
  const run = await runProcess('wrk', args, { cwd: ctx.root, timeoutMs: (options.durationSec + 30) * 1000 })
  const line = run.lines.map((l) => l.text).find((t) => t.startsWith('{'))
  if (run.code !== 0 || !line) throw new Error(`wrk failed: ${tail(run, 5)}`)
  const s = JSON.parse(line) as WrkSummary
  const seconds = s.durationUs / 1e6
  const ms = (us: number) => Math.round(us / 10) / 100
  const ok = s.requests - s.status
  return {
    requestsPerSecond: s.requests / seconds,
    requestsTotal: s.requests,
    latencyMs: { p50: ms(s.p50Us), p95: ms(s.p95Us), p99: ms(s.p99Us), max: ms(s.maxUs), mean: ms(s.meanUs) },
    bytesPerSecond: s.bytes / seconds,
    // wrk counts only answers outside 2xx/3xx.
    statuses: { '2xx/3xx': ok, ...(s.status ? { other: s.status } : {}) },
    non2xx: s.status,
    errors: s.connect + s.read + s.write,
    timeouts: s.timeout,
  }
}
