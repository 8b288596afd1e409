import { createLocalReq, type Migration, type Payload } from 'payload'
import type { Corpus } from '../../content/schema.ts'
import { migrations } from '../migrations/index.ts'
import { assignMissingWorkspaces } from '../workspaces/backfill.ts'
import { seedCorpus, type SeedProgress } from '../seed/index.ts'

export interface PrepareOptions {
  /** Seed the starting corpus when the database holds no notices yet. */
  seedWhenEmpty?: boolean
  progress?: SeedProgress
  /** What to seed; content/ when not given (the benchmark passes its generated corpora). */
  corpus?: Corpus
}

/**
 * Brings a database up to date: runs committed migrations (SQLite), then seeds the starting
 * corpus when empty. The seed runs in one transaction, so a failure leaves the database empty
 * rather than half-written and the next start tries again.
 */
export async function prepareDatabase(payload: Payload, options: PrepareOptions = {}): Promise<{ seeded: boolean }> {
  if (payload.db.name === 'sqlite') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  await assignMissingWorkspaces(payload)
  if (!options.seedWhenEmpty) return { seeded: false }

  const { totalDocs } = await payload.count({ collection: 'notices', overrideAccess: true })
  if (totalDocs > 0) return { seeded: false }

  // Loaded only when needed: a database that already has content never reads content/.
  const corpus = options.corpus ?? (await (await import('../../content/load.ts')).loadCorpus())
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  try {
    await seedCorpus(payload, corpus, options.progress, req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw new Error('导入初始内容失败，数据库已回滚', { cause: error })
  }
  return { seeded: true }
}
