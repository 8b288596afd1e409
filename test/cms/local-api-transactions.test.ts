/**
 * Operations outside any request — the jobs runner (scheduled publishing), the seed, scripts,
 * hooks calling the Local API inside another operation — on the embedded database's single
 * writer: nothing waits for itself, nothing is lost, every save is all or nothing
 * (cms/transaction-scope.ts, cms/sqlite-writer.ts).
 *
 * Before: a hook's `payload.create` or `payload.jobs.queue` without `req` inside a save waited
 * 30 s for the save's own transaction and failed (outside requests and, for nested operations,
 * inside them too); its `payload.find` did not see the save's own row; a nested failure caught by
 * a hook left the outer save writing its remaining rows one by one; a failed COMMIT answered
 * success with nothing stored.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, providerData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let publisher: TestUser
let token: string

type Probe = (payload: Payload, doc: { id: number; slug?: string | null }, req: PayloadRequest) => Promise<void>
const probes = new Map<string, Probe>()

beforeAll(async () => {
  cms = await bootCms({ http: true })
  publisher = await createUser(cms.payload, 'publisher')
  token = await login(cms.url!, publisher)
  // Test hooks, active only for saves that name them in `context.probe` (or a slug a probe is
  // registered for: REST and the jobs runner pass no context).
  const probe: CollectionAfterChangeHook = async ({ doc, req }) => {
    const name = (req.context.probe as string | undefined) ?? (doc.slug as string)
    const run = probes.get(name)
    if (run) await run(req.payload, doc, req)
    return doc
  }
  cms.payload.collections.notices.config.hooks.afterChange.push(probe)
  const slowProvider: CollectionBeforeChangeHook = async ({ data, req }) => {
    if (req.context.slow) await new Promise((resolve) => setTimeout(resolve, 400))
    return data
  }
  cms.payload.collections.providers.config.hooks.beforeChange.push(slowProvider)
})
afterAll(async () => cms?.close())

const client = () => (cms.payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
const count = async (table: string, where = '1') => Number((await client().execute(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)).rows[0]!.n)
const noticeBySlug = (slug: string) => count('notices', `slug = '${slug}'`)
const providerByName = (name: string) => count('providers', `name = '${name}'`)
const consistent = async () => {
  const { checkConsistency } = await import('../../cms/backup/consistency.ts')
  return checkConsistency(cms.payload)
}

/** A provider named after the notice, created by a hook without `req`. */
const providerFor = (doc: { slug?: string | null }) => ({ ...providerData(), name: `由钩子创建-${doc.slug}`, _status: 'published' }) as never

const localSave = (probe: string, extra: Record<string, unknown> = {}) => {
  const data = { ...noticeData(), _status: 'published' }
  return { data, saved: cms.payload.create({ collection: 'notices', data: data as never, overrideAccess: true, context: { probe, ...extra } }) }
}

describe("a hook's Local API call without req, inside a Local API save (no request)", () => {
  it('a write joins the save instead of waiting for it', async () => {
    probes.set('create-without-req', async (payload, doc) => {
      await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
    })
    const { data, saved } = localSave('create-without-req')
    await expect(saved).resolves.toMatchObject({ slug: data.slug })
    expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(1)
  })

  it('and is undone with the save when a later step fails', async () => {
    probes.set('create-then-fail', async (payload, doc) => {
      await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
      throw new Error('模拟：保存的后一步失败')
    })
    const { data, saved } = localSave('create-then-fail')
    await expect(saved).rejects.toThrow(/模拟/)
    expect(await noticeBySlug(data.slug)).toBe(0)
    expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(0)
    expect(await consistent()).toEqual([])
  })

  it("a read sees the save's own, not yet committed, row", async () => {
    let seen = -1
    probes.set('find-without-req', async (payload, doc) => {
      seen = (await payload.find({ collection: 'notices', where: { id: { equals: doc.id } }, overrideAccess: true })).totalDocs
    })
    await localSave('find-without-req').saved
    expect(seen).toBe(1)
  })

  it('payload.jobs.queue joins the save, and is undone with it', async () => {
    const waitUntil = new Date(Date.now() + 3_600_000)
    const queue: Probe = async (payload, doc) => {
      await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'notices', value: String(doc.id) } } as never, waitUntil })
    }
    probes.set('queue-without-req', queue)
    probes.set('queue-then-fail', async (payload, doc, req) => {
      await queue(payload, doc, req)
      throw new Error('模拟：排队之后失败')
    })
    const jobs = () => count('payload_jobs', `task_slug = 'schedulePublish'`)
    const before = await jobs()
    await localSave('queue-without-req').saved
    expect(await jobs()).toBe(before + 1)
    await expect(localSave('queue-then-fail').saved).rejects.toThrow(/模拟/)
    expect(await jobs()).toBe(before + 1)
  })

  it('a nested failure the hook swallows fails the whole save rather than leaving half of it (without req and with req)', async () => {
    for (const withReq of [false, true]) {
      const name = `swallow-${withReq}`
      probes.set(name, async (payload, doc, req) => {
        try {
          // a provider without its required name fails validation
          await payload.create({ collection: 'providers', data: { ...(providerFor(doc) as object), name: undefined } as never, overrideAccess: true, ...(withReq ? { req } : {}) })
        } catch {
          // swallowed on purpose: the save must still not be stored half
        }
      })
      const before = { notices: await count('notices'), versions: await count('_notices_v') }
      const { data, saved } = localSave(name)
      await expect(saved, withReq ? 'with req' : 'without req').rejects.toThrow()
      expect(await noticeBySlug(data.slug)).toBe(0)
      expect({ notices: await count('notices'), versions: await count('_notices_v') }).toEqual(before)
    }
    expect(await consistent()).toEqual([])
    expect((await api(cms.url!, 'GET', '/api/notices')).status).toBe(200)
  })

  it('work a hook starts without waiting for it is never half inside the save', async () => {
    let spawned: Promise<unknown> | undefined
    probes.set('spawn', async (payload, doc) => {
      spawned = payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true, context: { slow: true } })
      spawned.catch(() => {})
    })
    const { data, saved } = localSave('spawn')
    await expect(saved).rejects.toThrow(/尚未结束/)
    await expect(spawned).rejects.toThrow()
    expect(await noticeBySlug(data.slug)).toBe(0)
    expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(0)
  })

  it('started outsideTransactions, it waits for the save and then runs whole', async () => {
    const { outsideTransactions } = await import('../../cms/server/request-scope.ts')
    let spawned: Promise<unknown> | undefined
    probes.set('spawn-outside', async (payload, doc) => {
      spawned = outsideTransactions('测试', () => payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true, context: { slow: true } }))
    })
    const { data, saved } = localSave('spawn-outside')
    await saved
    await spawned
    expect(await noticeBySlug(data.slug)).toBe(1)
    expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(1)
  })
})

describe('a failed COMMIT', () => {
  it('fails the save instead of answering success with nothing stored', async () => {
    expect((await client().execute('PRAGMA foreign_keys')).rows[0]!.foreign_keys).toBe(1)
    const { sql } = await import('@payloadcms/db-sqlite')
    probes.set('bad-commit', async (payload, _doc, req) => {
      // Through the save's own transaction: the foreign key is checked only at COMMIT.
      const { db } = (payload.db as unknown as { sessions: Record<string, { db: { run: (q: unknown) => Promise<unknown> } }> }).sessions[String(req.transactionID)]!
      await db.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
      await db.run(sql.raw(`INSERT INTO notices_texts ("order", parent_id, path, text) VALUES (1, 987654321, 'x', 'x')`))
    })
    const { data, saved } = localSave('bad-commit')
    await expect(saved).rejects.toThrow(/FOREIGN KEY/)
    expect(await noticeBySlug(data.slug)).toBe(0)
    // the writer is free again
    await expect(localSave('none').saved).resolves.toBeTruthy()
  })
})

describe('concurrent Local API saves outside requests', () => {
  it("ten at once, each with a hook writing without req: each hook's write lands in its own save, and one failing takes only itself", async () => {
    probes.set('concurrent', async (payload, doc) => {
      await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
      if (String(doc.slug).endsWith('-fail')) throw new Error('模拟：这一个失败')
    })
    const saves = Array.from({ length: 10 }, (_, i) => {
      const data = { ...noticeData(), _status: 'published', ...(i === 3 ? { slug: `${noticeData().slug}-fail` } : {}) }
      return { data, saved: cms.payload.create({ collection: 'notices', data: data as never, overrideAccess: true, context: { probe: 'concurrent' } }) }
    })
    const results = await Promise.allSettled(saves.map((s) => s.saved))
    expect(results.map((r) => r.status)).toEqual(saves.map((_, i) => (i === 3 ? 'rejected' : 'fulfilled')))
    for (const [i, { data }] of saves.entries()) {
      expect(await noticeBySlug(data.slug), data.slug).toBe(i === 3 ? 0 : 1)
      expect(await providerByName(`由钩子创建-${data.slug}`), data.slug).toBe(i === 3 ? 0 : 1)
    }
    expect(await consistent()).toEqual([])
  })
})

describe('inside a request', () => {
  it("a REST save whose hook creates a document without req (a nested transaction waited for the request's own)", async () => {
    const data = { ...noticeData(), _status: 'published' }
    probes.set(data.slug, async (payload, doc) => {
      await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
    })
    const res = await api(cms.url!, 'POST', '/api/notices', { token, body: data })
    expect(res.status).toBe(201)
    expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(1)
  })

  it('a save one field check refuses while another field check still reads in it leaves the writer free', async () => {
    // The rich-text check throws at once; the relation checks beside it are still counting in the
    // save's transaction. Its rollback was skipped, and every later write waited 30 s for the writer.
    const notice = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true })
    const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '正文\0截断' }] }] } }
    const refused = await api(cms.url!, 'PATCH', `/api/notices/${notice.id}?draft=true`, { token, body: { body, statusBy: notice.id, relations: [{ kind: 'cites', target: notice.id }] } })
    expect(refused.status).toBe(400)
    const started = Date.now()
    const next = await api(cms.url!, 'POST', '/api/notices', { token, body: { ...noticeData(), _status: 'published' } })
    expect(next.status).toBe(201)
    expect(Date.now() - started, 'the next write waited for the writer').toBeLessThan(10_000)
  })
})

describe('the jobs runner', () => {
  const schedule = (id: number, at = new Date(Date.now() - 1_000)) =>
    cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'notices', value: String(id) }, user: { relationTo: 'users', value: publisher.id } } as never,
      waitUntil: at,
    })
  const draft = async (slug?: string) =>
    cms.payload.create({ collection: 'notices', data: { ...noticeData(), ...(slug ? { slug } : {}), _status: 'draft' } as never, draft: true, overrideAccess: true })

  it('scheduled publishes while 20 REST publishes are in flight: all happen, each with its version', async () => {
    const drafts = await Promise.all(Array.from({ length: 5 }, () => draft()))
    for (const d of drafts) await schedule(d.id)
    const [rest, run] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => api(cms.url!, 'POST', '/api/notices', { token, body: { ...noticeData(), _status: 'published' } }))),
      cms.payload.jobs.run(),
    ])
    expect(rest.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect(Object.values(run.jobStatus ?? {}).map((s) => s.status)).toEqual(Array(5).fill('success'))
    for (const d of drafts) expect((await cms.payload.findByID({ collection: 'notices', id: d.id, overrideAccess: true }))._status).toBe('published')
    expect(await consistent()).toEqual([])
  })

  it("a scheduled publish whose hooks write without req (they waited for the job's own save)", async () => {
    const slug = noticeData().slug
    probes.set(slug, async (payload, doc) => {
      if ((doc as { _status?: string })._status === 'published') await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
    })
    const d = await draft(slug)
    await schedule(d.id)
    const run = await cms.payload.jobs.run()
    expect(Object.values(run.jobStatus ?? {}).map((s) => s.status)).toEqual(['success'])
    expect((await cms.payload.findByID({ collection: 'notices', id: d.id, overrideAccess: true }))._status).toBe('published')
    expect(await providerByName(`由钩子创建-${slug}`)).toBe(1)
  })

  it('the runner over REST (/api/payload-jobs/run) with several jobs: no job joins another job or the runner', async () => {
    const drafts = await Promise.all(Array.from({ length: 4 }, () => draft()))
    for (const d of drafts) {
      probes.set(d.slug!, async (payload, doc) => {
        if ((doc as { _status?: string })._status === 'published') await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
      })
      await schedule(d.id)
    }
    const res = await api(cms.url!, 'GET', '/api/payload-jobs/run', { token })
    expect(res.status).toBe(200)
    for (const d of drafts) {
      expect((await cms.payload.findByID({ collection: 'notices', id: d.id, overrideAccess: true }))._status).toBe('published')
      expect(await providerByName(`由钩子创建-${d.slug}`)).toBe(1)
    }
    expect(await count('payload_jobs', `task_slug = 'schedulePublish' AND processing = 1`)).toBe(0)
  })
})

describe('one transaction begun directly, as the seed does (cms/server/prepare.ts)', () => {
  it("its operations' hooks write without req inside it, and its rollback undoes everything", async () => {
    const { createLocalReq } = await import('payload')
    probes.set('seed-like', async (payload, doc) => {
      await payload.create({ collection: 'providers', data: providerFor(doc), overrideAccess: true })
    })
    const slugs: string[] = []
    for (const commit of [false, true]) {
      const req = await createLocalReq({}, cms.payload)
      const transactionID = await cms.payload.db.beginTransaction()
      req.transactionID = transactionID!
      const data = { ...noticeData(), _status: 'published' }
      slugs.push(data.slug)
      await cms.payload.create({ collection: 'notices', data: data as never, overrideAccess: true, req, context: { probe: 'seed-like' } })
      await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true, req })
      if (commit) await cms.payload.db.commitTransaction(transactionID!)
      else await cms.payload.db.rollbackTransaction(transactionID!)
      expect(await noticeBySlug(data.slug)).toBe(commit ? 1 : 0)
      expect(await providerByName(`由钩子创建-${data.slug}`)).toBe(commit ? 1 : 0)
    }
    expect(await consistent()).toEqual([])
  })
})
