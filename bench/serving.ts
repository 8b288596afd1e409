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
import { output, type SectionOutput } from './lib/section.ts'
import { serveStatic } from './lib/static-server.ts'
import { verdict } from './lib/table.ts'
import { formatMs, round } from './lib/timing.ts'
import { siteBuild } from './site-build.ts'

export const connections = 32
export const gzipTargetRatio = 1.5

export async function run(ctx: Context): Promise<SectionOutput> {
  const build = await siteBuild(ctx, 'seed')
  if (!build.ok) return output({ data: {}, errors: [`seed build failed: ${build.error ?? ''}`] })
  const served = await serveStatic(build.dir)
  const durationSec = ctx.options.quick ? 3 : 10
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
    for (const variant of variants) {
      progress(`  ${pagePath} ${variant.name} × ${connections} clients, ${durationSec} s…`)
      try {
        const r = await runLoad(ctx, { url: served.url + pagePath, headers: variant.headers, connections, durationSec })
        rows.push({
          variant: variant.name,
          requestsPerSecond: round(r.requestsPerSecond, 0),
          p50Ms: r.latencyMs.p50,
          p99Ms: r.latencyMs.p99,
          bytesPerResponse: r.requestsPerSecond ? Math.round(r.bytesPerSecond / r.requestsPerSecond) : null,
          statuses: r.statuses,
        })
        if (r.errors || r.timeouts) errors.push(`${variant.name}: ${r.errors} errors, ${r.timeouts} timeouts`)
      } catch (error) {
        errors.push(`${variant.name}: ${errorMessage(error)}`)
      }
    }
    const rate = (name: string) => rows.find((r) => r.variant === name)?.requestsPerSecond as number | undefined
    const plain = rate('plain')
    const gzip = rate('gzip')
    const ratio = plain && gzip ? round(plain / gzip, 2) : null
    return output({
      data: { page: pagePath, pageBytes, connections, durationSec, runs: rows, plainOverGzip: ratio, target: gzipTargetRatio },
      tables: [
        {
          title: `Serving ${pagePath} (${Math.round(pageBytes / 1024)} KB) with scripts/lib/static-server.ts, ${connections} clients, ${durationSec} s per run`,
          headers: ['request', 'req/s', 'p50', 'p99', 'bytes/response', 'status codes'],
          rows: rows.map((r) => [
            r.variant as string,
            r.requestsPerSecond as number,
            formatMs(r.p50Ms as number),
            formatMs(r.p99Ms as number),
            r.bytesPerResponse as number,
            Object.entries(r.statuses as Record<string, number>)
              .map(([code, n]) => `${code}×${n}`)
              .join(' '),
          ]),
          notes: [
            `plain ÷ gzip requests per second: ${ratio ?? '—'} (target ≤ ${gzipTargetRatio}) ${verdict(ratio === null ? null : ratio <= gzipTargetRatio)}`,
            'Server in the bench process, autocannon in a separate process, both on 127.0.0.1 and the same CPUs. gzip and brotli files are written once by the build, not per request.',
          ],
        },
      ],
      errors,
    })
  } finally {
    await served.close()
  }
}
