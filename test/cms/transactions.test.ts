/**
 * Writes are all or nothing: a save that fails half-way leaves nothing behind, system fields
 * cannot be set from a request, and the database runs in WAL mode with one writer per process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let editor: TestUser
let publisher: TestUser
let editorToken: string
let publisherToken: string
beforeAll(async () => {
  cms = await bootCms({ http: true })
  editor = await createUser(cms.payload, 'editor')
  publisher = await createUser(cms.payload, 'publisher')
  editorToken = await login(cms.url!, editor)
  publisherToken = await login(cms.url!, publisher)
})
afterAll(async () => cms?.close())

const sql = async (text: string) => (await (cms.payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client.execute(text)).rows
const rowCounts = async () => ({
  notices: Number((await sql('SELECT count(*) AS n FROM notices'))[0]!.n),
  versions: Number((await sql('SELECT count(*) AS n FROM _notices_v'))[0]!.n),
})

describe('a save that fails half-way', () => {
  it('leaves neither the row nor a version (Local API, access overridden, bad createdAt)', async () => {
    const before = await rowCounts()
    await expect(
      cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published', createdAt: 'not-a-date' } as never, overrideAccess: true }),
    ).rejects.toThrow()
    expect(await rowCounts()).toEqual(before)
    expect((await api(cms.url!, 'GET', '/api/notices')).status).toBe(200)
  })

  it('as a draft too', async () => {
    const before = await rowCounts()
    await expect(
      cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'draft', createdAt: 'not-a-date' } as never, draft: true, overrideAccess: true }),
    ).rejects.toThrow()
    expect(await rowCounts()).toEqual(before)
  })
})

describe('system fields from a request', () => {
  it("a publisher's REST POST with createdAt 'not-a-date' (the reported request) publishes a sound document", async () => {
    const before = await rowCounts()
    const res = await api<{ doc: { id: number; createdAt: string } }>(cms.url!, 'POST', '/api/notices', {
      token: publisherToken,
      body: { title: 'x', issuer: 'x', year: 2026, level: 'province', slug: `p-${Date.now()}`, _status: 'published', createdAt: 'not-a-date' },
    })
    expect(res.status).toBe(201)
    expect(Number.isNaN(Date.parse(res.body.doc.createdAt))).toBe(false)
    const after = await rowCounts()
    expect(after.notices).toBe(before.notices + 1)
    expect(after.versions).toBe(before.versions + 1)
    expect((await api(cms.url!, 'GET', '/api/notices')).status).toBe(200)
    expect((await api(cms.url!, 'DELETE', `/api/notices/${res.body.doc.id}`, { token: publisherToken })).status).toBe(200)
  })

  it('id, createdAt and updatedAt sent by an editor are ignored', async () => {
    const res = await api<{ doc: { id: number; createdAt: string; updatedAt: string } }>(cms.url!, 'POST', '/api/notices?draft=true', {
      token: editorToken,
      body: { ...noticeData(), _status: 'draft', id: 987654, createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.id).not.toBe(987654)
    expect(res.body.doc.createdAt.startsWith('2001')).toBe(false)
    const patched = await api<{ doc: { createdAt: string; updatedAt: string } }>(cms.url!, 'PATCH', `/api/notices/${res.body.doc.id}?draft=true`, {
      token: editorToken,
      body: { title: '改过的标题', createdAt: 'not-a-date', updatedAt: 'not-a-date' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.createdAt).toBe(res.body.doc.createdAt)
    expect(Number.isNaN(Date.parse(patched.body.doc.updatedAt))).toBe(false)
  })

  it('GraphQL and the Local API with access enforced drop them as well', async () => {
    const doc = await cms.payload.create({
      collection: 'notices',
      data: { ...noticeData(), _status: 'draft', createdAt: 'not-a-date' } as never,
      draft: true,
      overrideAccess: false,
      user: editor.doc,
    })
    expect(Number.isNaN(Date.parse(doc.createdAt))).toBe(false)
  })

  it('the seed and other trusted Local API callers still set them', async () => {
    const doc = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published', createdAt: '2020-05-01T00:00:00.000Z' } as never, overrideAccess: true })
    expect(doc.createdAt).toBe('2020-05-01T00:00:00.000Z')
  })

  it('an account cannot reset its own failed-sign-in count or lock', async () => {
    const res = await api<{ doc?: { id: number } }>(cms.url!, 'PATCH', `/api/users/${editor.id}`, { token: editorToken, body: { loginAttempts: 0, lockUntil: null, hash: 'x', salt: 'y' } })
    expect(res.status).toBeLessThan(500)
    await login(cms.url!, editor)
  })
})

describe('the database', () => {
  it('runs in WAL mode', async () => {
    expect((await sql('PRAGMA journal_mode'))[0]!.journal_mode).toBe('wal')
  })

  it('30 concurrent publishes all succeed, each with its version', async () => {
    const before = await rowCounts()
    const results = await Promise.all(
      Array.from({ length: 30 }, () => api(cms.url!, 'POST', '/api/notices', { token: publisherToken, body: { ...noticeData(), _status: 'published' } })),
    )
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201))
    const after = await rowCounts()
    expect(after.notices - before.notices).toBe(30)
    expect(after.versions - before.versions).toBe(30)
  })
})
