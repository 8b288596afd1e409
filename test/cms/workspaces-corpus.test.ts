/**
 * Workspaces with the real corpus (issue 16): the seed puts each notice, FAQ and form in the body
 * that issued it, with contacts taken only from the notices; relations across workspaces (a
 * city's notice carries out the province's) read from both ends; slugs stay unique across
 * workspaces; the export carries workspaces and agrees with itself after a re-run of the seed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadWorkspaces, type WorkspaceRecord } from '../../content/workspaces.ts'
import { richText } from './fixtures.ts'
import { api, bootCms, createUser, login, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let records: WorkspaceRecord[]
const ws = {} as Record<string, number>
const seedsDir = '/work/shared/seeds'

beforeAll(async () => {
  cms = await bootCms({ http: true })
  records = await loadWorkspaces()
  const { prepareDatabase } = await import('../../cms/server/prepare.ts')
  await prepareDatabase(cms.payload, { seedWhenEmpty: true })
  for (const w of (await cms.payload.find({ collection: 'workspaces', limit: 100, overrideAccess: true })).docs) ws[w.slug] = w.id
}, 120_000)
afterAll(async () => cms?.close())

const noticeBySlug = async (slug: string) =>
  (await cms.payload.find({ collection: 'notices', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]!

describe('the seed', () => {
  it('creates the five bodies the corpus names, in their order, with their kinds', async () => {
    const { docs } = (await api<{ docs: { slug: string; shortName: string; kind: string }[] }>(cms.url!, 'GET', '/api/workspaces?sort=order&limit=100')).body
    expect(docs.map((w) => w.shortName)).toEqual(['人社厅', '安庆', '阜阳', '芜湖', '地矿局'])
    expect(Object.fromEntries(docs.map((w) => [w.slug, w.kind]))).toEqual({ 'renshe-ting': 'province', anqing: 'city', fuyang: 'city', wuhu: 'city', dikuangju: 'department' })
  })

  it.skipIf(!fs.existsSync(seedsDir))('invents no contact: every hotline and address is printed in the notice it cites', () => {
    for (const w of records) {
      const printed = [...w.hotlines, ...(w.website ? [w.website.replace(/\/$/, '')] : [])]
      if (!printed.length) continue
      expect(w.source, `${w.slug} names its source`).toBeTruthy()
      const text = fs.readFileSync(path.join(seedsDir, w.source!), 'utf8').replace(/[—–]/g, '-')
      for (const item of printed) expect(text, `${w.slug}: ${item}`).toContain(item)
    }
  })

  it('files each notice under the body that issued it, and FAQs and forms under their notice’s body', async () => {
    expect((await noticeBySlug('yi-ren-she-mi-2023-43')).workspace).toBe(ws.anqing)
    expect((await noticeBySlug('fuyang-rsj-2025-notice')).workspace).toBe(ws.fuyang)
    expect((await noticeBySlug('wu-ren-she-mi-2025-85')).workspace).toBe(ws.wuhu)
    expect((await noticeBySlug('dikuangju-2021-notice')).workspace).toBe(ws.dikuangju)
    // the province's workspace also holds national documents (人社部令第25号); 发文机关 stays as printed
    const national = await noticeBySlug('ren-she-bu-ling-25')
    expect(national.workspace).toBe(ws['renshe-ting'])
    expect(national.issuer).toBe('中华人民共和国人力资源和社会保障部')
    const forms = (await cms.payload.find({ collection: 'forms', limit: 100, depth: 0, overrideAccess: true })).docs
    expect(forms.length).toBeGreaterThan(0)
    for (const f of forms) expect(f.workspace, f.slug).toBe(ws.anqing)
    const { totalDocs: unassigned } = await cms.payload.count({ collection: 'faqs', where: { workspace: { exists: false } }, overrideAccess: true })
    expect(unassigned).toBe(0)
  })

  it('the export carries the workspaces; a second run of the seed changes nothing', async () => {
    const { exportAll } = await import('../../cms/backup/export-all.ts')
    const { checkConsistency } = await import('../../cms/backup/consistency.ts')
    const before = await exportAll(cms.payload)
    expect(before.workspaces).toHaveLength(records.length)
    const ids = new Set(before.workspaces.map((w) => (w as { id: number }).id))
    for (const collection of ['notices', 'faqs', 'forms'] as const) {
      for (const doc of before[collection] as { workspace?: number }[]) expect(ids.has(doc.workspace!), collection).toBe(true)
    }
    const { prepareDatabase } = await import('../../cms/server/prepare.ts')
    expect((await prepareDatabase(cms.payload, { seedWhenEmpty: true })).seeded).toBe(false)
    expect(await exportAll(cms.payload)).toEqual(before)
    expect(await checkConsistency(cms.payload)).toEqual([])
  })

  it('a database from before workspaces gets the province for documents without one', async () => {
    const doc = await cms.payload.create({ collection: 'faqs', data: { question: '旧数据？', slug: 'old-faq', answer: richText('旧数据。') as never, category: '其他', workspace: ws.anqing }, overrideAccess: true, draft: false })
    await cms.payload.db.updateOne({ collection: 'faqs', id: doc.id, data: { workspace: null } })
    const { assignMissingWorkspaces } = await import('../../cms/workspaces/backfill.ts')
    expect(await assignMissingWorkspaces(cms.payload)).toBe(1)
    expect((await cms.payload.findByID({ collection: 'faqs', id: doc.id, depth: 0, overrideAccess: true })).workspace).toBe(ws['renshe-ting'])
    await cms.payload.delete({ collection: 'faqs', id: doc.id, overrideAccess: true })
  })
})

describe('relations across workspaces', () => {
  let anqingEditor: TestUser
  let anqingPublisher: TestUser
  let provinceEditor: TestUser
  beforeAll(async () => {
    anqingEditor = await createUser(cms.payload, 'editor', undefined, { workspaces: [ws.anqing!] })
    anqingPublisher = await createUser(cms.payload, 'publisher', undefined, { workspaces: [ws.anqing!] })
    provinceEditor = await createUser(cms.payload, 'editor', undefined, { workspaces: [ws['renshe-ting']!] })
  })

  const relatedBy = async (slug: string, user?: TestUser) => {
    const { docs } = await cms.payload.find({ collection: 'notices', where: { slug: { equals: slug } }, depth: 1, overrideAccess: false, user: user?.doc })
    return ((docs[0]?.relatedBy?.docs ?? []) as { slug?: string }[]).map((d) => d.slug)
  }

  it("the city's notice points at the province's, and the province's shows it, to everyone", async () => {
    const city = await api<{ docs: { relations: { target: { slug: string } }[] }[] }>(cms.url!, 'GET', '/api/notices?where[slug][equals]=yi-ren-she-mi-2023-43&depth=1')
    expect(city.body.docs[0]!.relations.map((r) => r.target.slug)).toContain('wan-ren-she-mi-2023-66')
    for (const who of [undefined, anqingEditor, provinceEditor]) {
      expect(await relatedBy('wan-ren-she-mi-2023-66', who), who?.email ?? 'anonymous').toContain('yi-ren-she-mi-2023-43')
    }
  })

  it('a city editor relates a draft to the province notice (the picker offers it); the province sees it only once published', async () => {
    const target = await noticeBySlug('wan-ren-she-mi-2025-109')
    const token = await login(cms.url!, anqingEditor)
    const picker = await api<{ docs: { id: number }[] }>(cms.url!, 'GET', `/api/notices?where[id][equals]=${target.id}&depth=0`, { token })
    expect(picker.body.docs.map((d) => d.id)).toEqual([target.id])

    const created = await api<{ doc: { id: number; workspace: { id: number } } }>(cms.url!, 'POST', '/api/notices?draft=true', {
      token,
      body: { title: '安庆市贯彻学时管理办法的通知', slug: 'anqing-xueshi-2025', issuer: '安庆市人力资源和社会保障局', level: 'city', year: 2025, status: 'in-force', relations: [{ kind: 'implements', target: target.id }], _status: 'draft' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.workspace.id).toBe(ws.anqing)
    expect(await relatedBy('wan-ren-she-mi-2025-109', provinceEditor)).not.toContain('anqing-xueshi-2025')
    expect(await relatedBy('wan-ren-she-mi-2025-109')).not.toContain('anqing-xueshi-2025')

    await cms.payload.update({ collection: 'notices', id: created.body.doc.id, data: { _status: 'published' }, overrideAccess: false, user: anqingPublisher.doc })
    expect(await relatedBy('wan-ren-she-mi-2025-109', provinceEditor)).toContain('anqing-xueshi-2025')
    expect(await relatedBy('wan-ren-she-mi-2025-109')).toContain('anqing-xueshi-2025')
    expect(await relatedBy('wan-ren-she-mi-2025-109', anqingEditor)).toContain('anqing-xueshi-2025')
  })

  it('slugs stay unique across workspaces: a city cannot take a province notice’s URL', async () => {
    const token = await login(cms.url!, anqingEditor)
    const r = await api<{ errors?: { message: string; data?: unknown }[] }>(cms.url!, 'POST', '/api/notices?draft=true', {
      token,
      body: { title: '同名网址', slug: 'wan-ren-she-mi-2021-115', issuer: '安庆市人力资源和社会保障局', level: 'city', year: 2025, status: 'in-force', _status: 'draft' },
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toMatch(/slug|网址标识/)
    const { totalDocs } = await cms.payload.count({ collection: 'notices', where: { slug: { equals: 'wan-ren-she-mi-2021-115' } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })
})
