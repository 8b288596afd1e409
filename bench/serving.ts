/**
 * Section 8 — serving the built site: requests per second and latency of the production static
 * server (scripts/lib/static-server.ts) for a page with no compression, gzip and brotli asked for,
 * and a revalidation answered 304, at 32 clients on 127.0.0.1. The compressed files are written at
 * build time (site/integrations/precompress.ts), so asking for gzip should cost about what plain
 * serving costs: the target is gzip within 1.5× of plain's requests per second.
 */
import type { Context } from './lib/context.ts'
import { errorMessage, progress } from './lib/log.ts'
import { runLoad } from './lib/load.ts'
import { hasWrk, runWrk } from './lib/wrk.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { serveStatic } from './lib/static-server.ts'
import { verdict } from './lib/table.ts'
import { formatMs, round } from './lib/timing.ts'
import { siteBuild } from './site-build.ts'

export const connections = 32
export const gzipTargetRatio = 1.5

type LoadClient = 'wrk' | 'autocannon'
const loadWith: Record<LoadClient, typeof runLoad> = { wrk: runWrk, autocannon: runLoad }

const clientNotes: Record<LoadClient, string[]> = {
  wrk: [
    'wrk (Debian package `wrk`, one thread) in its own process, on 127.0.0.1 and the same two cores as the server; it counts answers without decoding their bodies and uses about a quarter of a core, so the server is the limit. The server\'s CPU per answer for the 30 KB plain page is higher under wrk than under autocannon (about 120 vs 77 µs on this machine; on a bare Node server sending the same page, 56 vs 47 µs), which we have not explained: its plain figure is the low one, so read its ratio next to autocannon\'s.',
    'gzip and brotli files are written once by the build, not per request; pages, feeds and search files are answered from memory (scripts/lib/held-files.ts); sirv streams ranges and large files.',
  ],
  autocannon: [
    'autocannon in its own process, same cores. It decodes every response body into a string (lib/pipelinedRequestsQueue.js `req.body += data`), and UTF-8 decoding of a compressed (binary) body costs it several times what the same bytes of HTML cost: at these rates its core is the limit, so part of its plain/gzip gap is the client\'s (bench/results/serving-issue18.md).',
  ],
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const build = await siteBuild(ctx, 'seed')
  if (!build.ok) return output({ data: {}, errors: [`seed build failed: ${build.error ?? ''}`] })
  const served = await serveStatic(build.dir)
  const durationSec = ctx.options.quick ? 3 : 5
  // The variants take turns, several rounds, and each row is its median round: one long run per
  // variant lets a pause of the shared machine decide the ratio.
  const rounds = ctx.options.quick ? 1 : 3
  const errors: string[] = []
  const rows: Array<Record<string, unknown>> = []
  try {
    const pagePath = '/notices/'
    const first = await fetch(served.url + pagePath)
    const etag = first.headers.get('etag') ?? ''
    const pageBytes = (await first.arrayBuffer()).byteLength
    const variants: Array<{ name: string; headers: Record<string, string> }> = [
      { name: 'plain', headers: {} },
      { name: 'gzip', headers: { 'accept-encoding': 'gzip' } },
      { name: 'brotli', headers: { 'accept-encoding': 'gzip, deflate, br' } },
      { name: '304 revalidation', headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': '' } },
    ]
    // The 304 run needs the ETag of the variant it asks for (brotli here).
    const brotli = await fetch(served.url + pagePath, { headers: { 'accept-encoding': 'br' } })
    variants[3]!.headers['if-none-match'] = brotli.headers.get('etag') ?? etag
    // The server runs in this process: its CPU time per answer is what a variant costs the
    // server, whatever the load generator on the same cores can take.
    type Measured = Awaited<ReturnType<typeof runLoad>> & { serverCpuUs: number }
    const clients: LoadClient[] = hasWrk() ? ['wrk', 'autocannon'] : ['autocannon']
    const runKey = (client: LoadClient, variant: string) => `${client} ${variant}`
    const runs = new Map<string, Measured[]>(clients.flatMap((client) => variants.map((v) => [runKey(client, v.name), []] as const)))
    for (let turn = 1; turn <= rounds; turn++) {
      for (const client of clients) {
        for (const variant of variants) {
          progress(`  ${pagePath} ${variant.name} × ${connections} clients (${client}), ${durationSec} s (round ${turn} of ${rounds})…`)
          try {
            const cpu = process.cpuUsage()
            const load = await loadWith[client](ctx, { url: served.url + pagePath, headers: variant.headers, connections, durationSec })
            const used = process.cpuUsage(cpu)
            runs.get(runKey(client, variant.name))!.push({ ...load, serverCpuUs: load.requestsTotal ? (used.user + used.system) / load.requestsTotal : 0 })
          } catch (error) {
            errors.push(`${runKey(client, variant.name)}: ${errorMessage(error)}`)
          }
        }
      }
    }
    for (const client of clients) {
      for (const variant of variants) {
        const measured = [...runs.get(runKey(client, variant.name))!].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)
        const r = measured[Math.floor(measured.length / 2)]
        if (!r) continue
        rows.push({
          client,
          variant: variant.name,
          requestsPerSecond: round(r.requestsPerSecond, 0),
          roundsPerSecond: measured.map((m) => round(m.requestsPerSecond, 0)),
          serverCpuUs: round(r.serverCpuUs, 1),
          p50Ms: r.latencyMs.p50,
          p99Ms: r.latencyMs.p99,
          bytesPerResponse: r.requestsPerSecond ? Math.round(r.bytesPerSecond / r.requestsPerSecond) : null,
          statuses: r.statuses,
        })
        const failed = measured.filter((m) => m.errors || m.timeouts)
        if (failed.length) errors.push(`${runKey(client, variant.name)}: ${failed.reduce((n, m) => n + m.errors, 0)} errors, ${failed.reduce((n, m) => n + m.timeouts, 0)} timeouts`)
      }
    }
    const figure = (client: LoadClient, name: string, field: 'requestsPerSecond' | 'serverCpuUs') =>
      rows.find((r) => r.client === client && r.variant === name)?.[field] as number | undefined
    const over = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b, 2) : null)
    const ratios: Partial<Record<LoadClient, { plainOverGzip: number | null; gzipOverPlainServerCpu: number | null }>> = {}
    for (const client of clients) {
      ratios[client] = {
        plainOverGzip: over(figure(client, 'plain', 'requestsPerSecond'), figure(client, 'gzip', 'requestsPerSecond')),
        gzipOverPlainServerCpu: over(figure(client, 'gzip', 'serverCpuUs'), figure(client, 'plain', 'serverCpuUs')),
      }
    }
    const meetsTarget = (ratio: number | null) => (ratio === null ? null : ratio <= gzipTargetRatio)
    // Each client's ratio is judged; the section's figure is the worse of them.
    const measuredRatios = clients.flatMap((client) => ratios[client]!.plainOverGzip ?? [])
    const worst = measuredRatios.length ? Math.max(...measuredRatios) : null
    return output({
      data: { page: pagePath, pageBytes, connections, durationSec, rounds, clients, runs: rows, ratios, plainOverGzip: worst, target: gzipTargetRatio },
      tables: clients.map((client) => ({
        title: `Serving ${pagePath} (${Math.round(pageBytes / 1024)} KB) with scripts/lib/static-server.ts, load from ${client}, ${connections} clients, median of ${rounds} × ${durationSec} s`,
        headers: ['request', 'req/s', 'rounds (req/s)', 'server CPU per answer', 'p50', 'p99', 'bytes/response', 'status codes (median round)'],
        rows: rows
          .filter((r) => r.client === client)
          .map((r) => [
            r.variant as string,
            r.requestsPerSecond as number,
            (r.roundsPerSecond as number[]).join(' / '),
            `${r.serverCpuUs as number} µs`,
            formatMs(r.p50Ms as number),
            formatMs(r.p99Ms as number),
            r.bytesPerResponse as number,
            Object.entries(r.statuses as Record<string, number>)
              .map(([code, n]) => `${code}×${n}`)
              .join(' '),
          ]),
        notes: [
          `plain ÷ gzip requests per second: ${ratios[client]!.plainOverGzip ?? '—'} (target ≤ ${gzipTargetRatio}) ${verdict(meetsTarget(ratios[client]!.plainOverGzip))}`,
          `gzip ÷ plain server CPU per answer: ${ratios[client]!.gzipOverPlainServerCpu ?? '—'} (the server's own cost of gzip)`,
          ...clientNotes[client],
        ],
      })),
      errors,
    })
  } finally {
    await served.close()
  }
}
