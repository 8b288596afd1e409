/**
 * The seed runs in one transaction: a failure part-way leaves the database empty (no rows, no
 * versions) and the next start seeds it whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, type TestCms } from './helpers.ts'

let cms: TestCms
beforeAll(async () => {
  cms = await bootCms()
})
afterAll(async () => cms?.close())

const tables = ['notices', '_notices_v', 'providers', '_providers_v', 'topics', '_topics_v', 'faqs', 'forms', 'media']
async function rowCounts(): Promise<Record<string, number>> {
  const client = (cms.payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: { n: unknown }[] }> } }).client
  const out: Record<string, number> = {}
  for (const table of tables) out[table] = Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n)
  return out
}

describe('seeding in one transaction', () => {
  it('a failure after the notices were written leaves nothing behind, and the next attempt seeds everything', async () => {
    const { prepareDatabase } = await import('../../cms/server/prepare.ts')
    let relationSteps = 0
    await expect(
      prepareDatabase(cms.payload, {
        seedWhenEmpty: true,
        progress: (step) => {
          if (step === '文件关系' && ++relationSteps === 3) throw new Error('模拟：导入中途失败')
        },
      }),
    ).rejects.toThrow(/回滚/)
    expect(Object.values(await rowCounts()).every((n) => n === 0), JSON.stringify(await rowCounts())).toBe(true)
    expect((await cms.payload.count({ collection: 'notices', overrideAccess: true })).totalDocs).toBe(0)

    expect((await prepareDatabase(cms.payload, { seedWhenEmpty: true })).seeded).toBe(true)
    const after = await rowCounts()
    expect(after.notices).toBeGreaterThan(0)
    const { checkConsistency } = await import('../../cms/backup/consistency.ts')
    expect(await checkConsistency(cms.payload)).toEqual([])
  })
})
