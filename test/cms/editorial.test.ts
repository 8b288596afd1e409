/**
 * Editorial workflow: a publish scheduled for a moment ahead happens when the jobs runner runs
 * (as `jobs.autoRun` does every minute in the server), and a new year's topics start from last
 * year's providers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, providerData, topicData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let editor: TestUser
let publisher: TestUser
beforeAll(async () => {
  cms = await bootCms({ http: true })
  editor = await createUser(cms.payload, 'editor')
  publisher = await createUser(cms.payload, 'publisher')
})
afterAll(async () => cms?.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Queues a scheduled publish exactly as the admin's 定时发布 drawer does. */
function schedule(id: number | string, by: TestUser, at: Date, type: 'publish' | 'unpublish' = 'publish') {
  return cms.payload.jobs.queue({
    task: 'schedulePublish',
    // the admin stores the id as a string (payload#10481); the generated types say number
    input: { type, doc: { relationTo: 'notices', value: String(id) }, user: { relationTo: 'users', value: by.id } } as never,
    waitUntil: at,
  })
}

const anonymousSees = async (id: number | string) =>
  (await api<{ docs: unknown[] }>(cms.url!, 'GET', `/api/notices?where[id][equals]=${id}`)).body.docs.length === 1

describe('scheduled publishing', () => {
  it('a draft scheduled 3 seconds ahead goes public when the runner next runs after that', async () => {
    const draft = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'draft' } as never, draft: true, overrideAccess: true })
    await schedule(draft.id, publisher, new Date(Date.now() + 3_000))

    await cms.payload.jobs.run()
    expect(await anonymousSees(draft.id), 'not before its time').toBe(false)

    await sleep(3_500)
    await cms.payload.jobs.run()
    expect(await anonymousSees(draft.id)).toBe(true)
    const live = await cms.payload.findByID({ collection: 'notices', id: draft.id, overrideAccess: true })
    expect(live._status).toBe('published')
  })

  it('a scheduled unpublish takes a notice down', async () => {
    const doc = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true })
    await schedule(doc.id, publisher, new Date(Date.now() - 1_000), 'unpublish')
    await cms.payload.jobs.run()
    expect(await anonymousSees(doc.id)).toBe(false)
  })

  it('a publish scheduled by an editor does not happen: the job runs with their rights', async () => {
    const draft = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'draft' } as never, draft: true, overrideAccess: true })
    await schedule(draft.id, editor, new Date(Date.now() - 1_000))
    await cms.payload.jobs.run()
    expect(await anonymousSees(draft.id)).toBe(false)
  })

  it('the server runs due jobs every minute by itself (jobs.autoRun)', () => {
    const jobs = cms.payload.config.jobs
    expect(jobs.autoRun).toEqual([expect.objectContaining({ cron: '* * * * *', queue: 'default' })])
  })
})

describe('new year topics', () => {
  it('POST /api/topics/new-year: drafts for next year from last year’s providers, once', async () => {
    const a = await cms.payload.create({ collection: 'providers', data: { ...providerData({ name: '安徽继续教育网' }), _status: 'published' } as never, overrideAccess: true })
    const b = await cms.payload.create({ collection: 'providers', data: { ...providerData({ name: '专技天下' }), _status: 'published' } as never, overrideAccess: true })
    const old = await cms.payload.create({ collection: 'providers', data: { ...providerData({ name: '往年单位' }), _status: 'published' } as never, overrideAccess: true })
    const topic = (provider: number, year: number, extra: Record<string, unknown> = {}) =>
      cms.payload.create({ collection: 'topics', data: { ...topicData({ year, provider, ...extra }), _status: 'published' } as never, overrideAccess: true })
    await topic(old.id, 2024)
    await topic(a.id, 2025, { learningUrl: 'https://www.ahjxjy.cn', hotlines: ['0551-62620006'], hours: 30 })
    await topic(b.id, 2025, { learningUrl: 'https://www.zjtx.cn', hotlines: ['400-800-1234'] })

    // staff only (it writes drafts, so editors may press it too); GET says what a press would do
    expect((await api(cms.url!, 'POST', '/api/topics/new-year', { body: {} })).status).toBe(401)
    const plan = await api(cms.url!, 'GET', '/api/topics/new-year', { token: await login(cms.url!, editor) })
    expect(plan.body).toMatchObject({ year: Math.max(2026, new Date().getUTCFullYear()), fromYear: 2025, providers: 2 })

    const token = await login(cms.url!, publisher)
    const first = await api<{ year: number; created: { provider: string }[]; message: string }>(cms.url!, 'POST', '/api/topics/new-year', { token, body: {} })
    expect(first.status).toBe(200)
    expect(first.body.year).toBe(2026)
    expect(first.body.created.map((c) => c.provider).sort()).toEqual(['专技天下', '安徽继续教育网'])
    expect(first.body.message).toContain('2026')

    const { docs } = await cms.payload.find({ collection: 'topics', where: { year: { equals: 2026 } }, overrideAccess: true, depth: 0, sort: 'title' })
    expect(docs).toHaveLength(2)
    const forA = docs.find((d) => d.provider === a.id)!
    expect(forA).toMatchObject({ _status: 'draft', learningUrl: 'https://www.ahjxjy.cn', hotlines: ['0551-62620006'], hours: 30 })
    expect(forA.title.startsWith('（待填写）')).toBe(true)
    expect(forA.contractStart ?? null).toBeNull()
    expect((await api<{ docs: unknown[] }>(cms.url!, 'GET', '/api/topics?where[year][equals]=2026')).body.docs, 'drafts stay private').toEqual([])

    // idempotent
    const again = await api<{ created: unknown[]; skipped: unknown[] }>(cms.url!, 'POST', '/api/topics/new-year', { token, body: { fromYear: 2025 } })
    expect(again.body.created).toEqual([])
    expect(again.body.skipped).toHaveLength(2)
    expect((await cms.payload.count({ collection: 'topics', where: { year: { equals: 2026 } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('targets the year after the latest on record, from the latest year that names providers, and says so', async () => {
    await cms.payload.create({ collection: 'topics', data: { ...topicData({ year: 2027 }), _status: 'published' } as never, overrideAccess: true })
    const token = await login(cms.url!, editor)
    const plan = await api(cms.url!, 'GET', '/api/topics/new-year', { token })
    expect(plan.body).toMatchObject({ year: 2028, fromYear: 2026, latestWithoutProviders: 2027, providers: 2 })
    const made = await api<{ year: number; created: unknown[]; message: string }>(cms.url!, 'POST', '/api/topics/new-year', { token, body: {} })
    expect(made.body.year).toBe(2028)
    expect(made.body.created).toHaveLength(2)
    expect(made.body.message).toBe('已按 2026 年度的培训单位生成 2 份 2028 年度专题草稿（2027 年度的专题没有填写培训单位，按 2026 年度的培训单位生成），请补全标题和合同期后提交审核。')
    const again = await api<{ message: string }>(cms.url!, 'POST', '/api/topics/new-year', { token, body: { fromYear: 2025 } })
    expect(again.body.message).toMatch(/^没有新建草稿：2025 年度的 2 个培训单位在 2026 年度都已有专题（(安徽继续教育网、专技天下|专技天下、安徽继续教育网)）。$/)
  })

  it('refuses a nonsense year with a Chinese message', async () => {
    const token = await login(cms.url!, publisher)
    const r = await api<{ errors: { message: string }[] }>(cms.url!, 'POST', '/api/topics/new-year', { token, body: { fromYear: 'abc' } })
    expect(r.status).toBe(400)
    expect(r.body.errors[0]?.message).toContain('年度')
  })
})
