/**
 * The lists that compute join fields (a notice's reverse relations, a provider's topics) look
 * each one up through cms/join-lookup-indexes.ts: the plans SQLite makes for the real queries
 * Payload sends, read with EXPLAIN QUERY PLAN on the real database. Without these indexes an
 * editor's drafts list walked the versions table once per row (6.6 s at 10,000 documents).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client, InStatement } from '@libsql/client'
import { indexName, joinLookupIndexes } from '../../cms/join-lookup-indexes.ts'
import { bootCms, noticeData, provinceWorkspace, providerData, topicData, type TestCms } from './helpers.ts'

let cms: TestCms
let client: Client
const sent: InStatement[] = []

beforeAll(async () => {
  cms = await bootCms()
  const { payload } = cms
  const workspace = await provinceWorkspace(payload)
  const provider = await payload.create({ collection: 'providers', data: { ...providerData(), _status: 'published' } as never, draft: false })
  for (let i = 0; i < 6; i++) {
    const notice = await payload.create({ collection: 'notices', data: { ...noticeData(), workspace, _status: i % 2 ? 'published' : 'draft' } as never, draft: i % 2 === 0 })
    await payload.create({ collection: 'topics', data: { ...topicData(), provider: provider.id, sourceNotice: notice.id, _status: 'published' } as never, draft: false })
  }
  client = (payload.db as unknown as { client: Client }).client
  const execute = client.execute.bind(client) as (statement: InStatement) => ReturnType<Client['execute']>
  client.execute = ((statement: InStatement) => {
    sent.push(statement)
    return execute(statement)
  }) as Client['execute']
}, 120_000)

afterAll(async () => {
  await cms?.close()
})

/** The plan of every select Payload sent while `run` ran. */
async function plansOf(run: () => Promise<unknown>): Promise<string> {
  sent.length = 0
  await run()
  const selects = sent.filter((s) => typeof s !== 'string' && /^select/i.test(s.sql)) as Array<{ sql: string; args?: unknown[] }>
  const plans = []
  for (const s of selects) {
    const rows = await client.execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: (s.args ?? []) as never })
    plans.push(rows.rows.map((r) => String(r.detail)).join('\n'))
  }
  return plans.join('\n')
}

const uses = (table: string, first: string) => new RegExp(`USING (COVERING )?INDEX ${indexName(joinLookupIndexes.find((l) => l.table === table && l.columns[0] === first)!)}\\b`)

describe('join field lookups', () => {
  it('the drafts list reads the latest versions in date order and seeks each reverse relation', async () => {
    const plan = await plansOf(() => cms.payload.find({ collection: 'notices', draft: true, limit: 3, depth: 0 }))
    expect(plan).toMatch(uses('_notices_v', 'latest'))
    expect(plan).toMatch(uses('_notices_v', 'version_status_by_id'))
    expect(plan).toMatch(uses('_topics_v', 'version_source_notice_id'))
  })

  it('the published list seeks each reverse relation on the live tables', async () => {
    const plan = await plansOf(() => cms.payload.find({ collection: 'notices', limit: 3, depth: 0 }))
    expect(plan).toMatch(uses('notices', 'status_by_id'))
    expect(plan).toMatch(uses('topics', 'source_notice_id'))
  })

  it("a provider's topics are sought by provider, in either table", async () => {
    expect(await plansOf(() => cms.payload.find({ collection: 'providers', limit: 3, depth: 0 }))).toMatch(uses('topics', 'provider_id'))
    expect(await plansOf(() => cms.payload.find({ collection: 'providers', draft: true, limit: 3, depth: 0 }))).toMatch(uses('_topics_v', 'version_provider_id'))
  })
})
