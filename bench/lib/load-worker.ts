/**
 * Load generator for the CMS API section, run as its own process so it does not share an event
 * loop with the server it measures; forked by load.ts with the options as its argument. Sends one
 * report over IPC: requests per second, latency percentiles (p95 computed from every response
 * time, which autocannon's summary lacks), status codes, errors.
 */
import autocannon from 'autocannon'
import type { LoadOptions, LoadReport } from './load.ts'

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions
const times: number[] = []
const statuses: Record<string, number> = {}
const report = (message: LoadReport, code: number) => process.send!(message, () => process.exit(code))

const instance = autocannon(
  { url: options.url, connections: options.connections, duration: options.durationSec, pipelining: 1, headers: options.headers },
  (error, result) => {
    if (error) return report({ ok: false, error: String(error) }, 1)
    const sorted = times.sort((a, b) => a - b)
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null
    report(
      {
        ok: true,
        result: {
          requestsPerSecond: result.requests.average,
          requestsTotal: result.requests.total,
          latencyMs: { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? null, mean: result.latency.average },
          bytesPerSecond: result.throughput.average,
          statuses,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
        },
      },
      0,
    )
  },
)
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  times.push(responseTime)
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
})
