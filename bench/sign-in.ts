/**
 * Section 8 — sign-in timing: how long the CMS takes to answer a sign-in for a known address with
 * a wrong password, an unknown address, and a known address with the right password, one client
 * at a time, against the real CMS (REST through cms/server/api-server.ts in this process). The
 * unknown address should cost what a known one costs (cms/collections/Users/hooks/sign-in.ts).
 * Each attempt comes from its own client address (through TRUSTED_PROXY=1 for the section), so
 * neither the per-client budget nor the lock-out is what is measured.
 */
import crypto from 'node:crypto'
import type { Context } from './lib/context.ts'
import { progress } from './lib/log.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { formatMs, median, percentile, round } from './lib/timing.ts'

export async function run(ctx: Context): Promise<SectionOutput> {
  const cms = await ctx.cms()
  const saved = { proxy: process.env.TRUSTED_PROXY }
  process.env.TRUSTED_PROXY = '1'
  const email = `bench-${crypto.randomUUID().slice(0, 8)}@example.gov.cn`
  const password = `Bench-${crypto.randomUUID()}`
  await cms.payload.create({ collection: 'users', data: { email, password, role: 'editor' }, overrideAccess: true })
  const rounds = ctx.options.quick ? 8 : 25
  let client = 0
  const signIn = async (body: { email: string; password: string }) => {
    client++
    const t0 = performance.now()
    const res = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${client >> 8}.${client & 255}` },
      body: JSON.stringify(body),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - t0, status: res.status }
  }
  const cases = [
    { name: 'known address, wrong password', body: { email, password: 'wrong-password-12' }, expect: 401 },
    { name: 'unknown address', body: { email: 'nobody-at-all@example.gov.cn', password: 'wrong-password-12' }, expect: 401 },
    { name: 'known address, right password', body: { email, password }, expect: 200 },
  ]
  const times: number[][] = cases.map(() => [])
  const errors: string[] = []
  try {
    progress(`  ${rounds} rounds of ${cases.length} sign-ins…`)
    for (let r = 0; r < rounds; r++) {
      // interleaved, so a change in machine load touches every case alike
      for (const [i, c] of cases.entries()) {
        const { ms, status } = await signIn(c.body)
        if (status !== c.expect) errors.push(`${c.name}: ${status}, expected ${c.expect}`)
        else times[i]!.push(ms)
      }
    }
  } finally {
    if (saved.proxy === undefined) delete process.env.TRUSTED_PROXY
    else process.env.TRUSTED_PROXY = saved.proxy
  }
  const rows = cases.map((c, i) => ({ case: c.name, n: times[i]!.length, p50Ms: round(median(times[i]!), 1), p95Ms: round(percentile(times[i]!, 95), 1) }))
  const knownWrong = rows[0]!.p50Ms
  const unknown = rows[1]!.p50Ms
  return output({
    data: { rounds, rows, unknownOverKnownP50: knownWrong ? round(unknown / knownWrong, 2) : null },
    tables: [
      {
        title: 'Sign-in answer time, one client, REST /api/users/login',
        headers: ['case', 'n', 'p50', 'p95'],
        rows: rows.map((r) => [r.case, r.n, formatMs(r.p50Ms), formatMs(r.p95Ms)]),
        notes: [
          `unknown / known (wrong password), p50: ${knownWrong ? round(unknown / knownWrong, 2) : '?'} (1 = indistinguishable). Before the fix: 7 ms vs 82 ms.`,
          'Each sign-in derives a PBKDF2-SHA256 key of 600,000 rounds (Payload’s hash), which dominates; an unknown address derives one from a dummy salt.',
        ],
      },
    ],
    errors: [...new Set(errors)],
  })
}
