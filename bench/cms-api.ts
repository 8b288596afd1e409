/**
 * Section 5 — CMS API throughput: requests per second and p95 latency of two reads the site and
 * visitors make, at 1 and 32 concurrent clients, against the real CMS (Payload on the embedded
 * SQLite database, seeded from content/) served by cms/server/api-server.ts in this process on
 * 127.0.0.1. The load comes from autocannon in a separate process (bench/lib/load-worker.ts).
 */
import type { Context } from './lib/context.ts'
import { errorMessage, progress } from './lib/log.ts'
import { runLoad } from './lib/load.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { formatMs, round } from './lib/timing.ts'

export async function run(ctx: Context): Promise<SectionOutput> {
  const cms = await ctx.cms()
  const notice = await cms.payload.find({
    collection: 'notices',
    where: { slug: { equals: 'wan-ren-she-mi-2021-115' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const noticeId = notice.docs[0]?.id
  const targets = [
    { name: 'topics by year', path: '/api/topics?where[year][equals]=2023&limit=100' },
    ...(noticeId !== undefined ? [{ name: 'notice read', path: `/api/notices/${noticeId}` }] : []),
  ]
  const durationSec = ctx.options.quick ? 2 : 5
  const errors: string[] = noticeId === undefined ? ['notice wan-ren-she-mi-2021-115 not found in the CMS'] : []
  const rows: Array<Record<string, unknown>> = []
  // Each read with the public read cache (cms/server/public-read-cache.ts) as deployed, and with it
  // off: the second is what every read costs the CMS when it is not a repeat.
  const runsOf = targets.flatMap((target) => [
    { ...target, cache: 'on' as const },
    { ...target, cache: 'off' as const },
  ])
  const cacheSetting = process.env.CMS_PUBLIC_CACHE_MS
  for (const target of runsOf) {
    if (target.cache === 'off') process.env.CMS_PUBLIC_CACHE_MS = '0'
    else if (cacheSetting === undefined) delete process.env.CMS_PUBLIC_CACHE_MS
    else process.env.CMS_PUBLIC_CACHE_MS = cacheSetting
    // what one response is, for the record
    const sample = await fetch(cms.url + target.path)
    const body = await sample.text()
    const docs = (() => {
      try {
        const json = JSON.parse(body) as { docs?: unknown[] }
        return json.docs?.length ?? 1
      } catch {
        return null
      }
    })()
    for (const connections of [1, 32]) {
      progress(`  ${target.name} (cache ${target.cache}) × ${connections} client(s), ${durationSec} s…`)
      try {
        const r = await runLoad(ctx, { url: cms.url + target.path, connections, durationSec })
        rows.push({
          request: target.name,
          path: target.path,
          cache: target.cache,
          status: sample.status,
          responseBytes: Buffer.byteLength(body),
          docs,
          connections,
          durationSec,
          requestsPerSecond: round(r.requestsPerSecond, 1),
          p50Ms: r.latencyMs.p50,
          p95Ms: r.latencyMs.p95,
          p99Ms: r.latencyMs.p99,
          maxMs: r.latencyMs.max,
          requests: r.requestsTotal,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
        })
        if (r.non2xx || r.errors || r.timeouts) errors.push(`${target.name} (cache ${target.cache}) × ${connections}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`)
      } catch (error) {
        errors.push(`${target.name} × ${connections}: ${errorMessage(error)}`)
      }
    }
  }
  if (cacheSetting === undefined) delete process.env.CMS_PUBLIC_CACHE_MS
  else process.env.CMS_PUBLIC_CACHE_MS = cacheSetting
  return output({
    data: { database: 'SQLite (embedded, fresh file in the temp folder, seeded from content/)', bootMs: round(cms.bootMs, 0), runs: rows },
    tables: [
      {
        title: `CMS REST API on the embedded database (autocannon, ${durationSec} s per run)`,
        headers: ['request', 'public read cache', 'clients', 'req/s', 'p50', 'p95', 'p99', 'response'],
        rows: rows.map((r) => [
          `${r.request} \`${r.path}\``,
          r.cache as string,
          r.connections as number,
          r.requestsPerSecond as number,
          formatMs(r.p50Ms as number),
          formatMs(r.p95Ms as number),
          formatMs(r.p99Ms as number),
          `${r.status}, ${round((r.responseBytes as number) / 1024, 1)} KB, ${r.docs} doc(s)`,
        ]),
        notes: [
          'Server: Payload 3 on SQLite in the bench process (cms/server/api-server.ts, no Next.js), anonymous reads (published only), default depth for the notice read. Cache on: the repeated read is served from the public read cache after its first answer (as for many readers of one notice); cache off: every read is built by Payload. Target: notice read p99 under 100 ms at 32 clients. Load generator: autocannon in a separate process on the same 2 CPUs, so it competes with the server.',
        ],
      },
    ],
    errors,
  })
}
