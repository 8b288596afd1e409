/**
 * What the admin shows a user of one workspace (issue 16): the dashboard's draft counts and
 * scheduled publishes, the build-status page's reasons, list filters (and the selector for users
 * of several workspaces), and the version history, all limited to what they may act on.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EditorGuide } from '../../cms/components/admin/EditorGuide.tsx'
import { WorkspaceSelector } from '../../cms/components/admin/WorkspaceSelector.tsx'
import { schedulePublishForPublishers } from '../../cms/publish/admin/schedule-publish.ts'
import { ownWorkspaceListFilter } from '../../cms/workspaces/with-workspaces.ts'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
const ws = {} as Record<'province' | 'anqing' | 'fuyang', number>
let anqingEditor: TestUser
let anqingPublisher: TestUser
let both: TestUser
const slugs = { anqing: 'anqing-draft-x', fuyang: 'fuyang-draft-x' }

beforeAll(async () => {
  cms = await bootCms({ http: true })
  const make = async (name: string, shortName: string, slug: string, kind: 'province' | 'city') =>
    (await cms.payload.create({ collection: 'workspaces', data: { name, shortName, slug, kind, order: 1 }, overrideAccess: true })).id
  ws.province = await make('安徽省人力资源和社会保障厅', '人社厅', 'renshe-ting', 'province')
  ws.anqing = await make('安庆市人力资源和社会保障局', '安庆', 'anqing', 'city')
  ws.fuyang = await make('阜阳市人力资源和社会保障局', '阜阳', 'fuyang', 'city')
  anqingEditor = await createUser(cms.payload, 'editor', undefined, { workspaces: [ws.anqing] })
  anqingPublisher = await createUser(cms.payload, 'publisher', undefined, { workspaces: [ws.anqing] })
  both = await createUser(cms.payload, 'editor', undefined, { workspaces: [ws.anqing, ws.fuyang] })
  for (const [w, slug] of [['anqing', slugs.anqing], ['fuyang', slugs.fuyang]] as const) {
    await cms.payload.create({ collection: 'notices', data: { ...noticeData({ slug }), workspace: ws[w], _status: 'draft' }, draft: true, overrideAccess: true })
  }
  await cms.payload.create({ collection: 'notices', data: { ...noticeData({ slug: 'fuyang-draft-y' }), workspace: ws.fuyang, _status: 'draft' }, draft: true, overrideAccess: true })
})
afterAll(async () => cms?.close())

const noticeId = async (slug: string) => (await cms.payload.find({ collection: 'notices', where: { slug: { equals: slug } }, draft: true, overrideAccess: true })).docs[0]!.id

describe('the dashboard', () => {
  it('counts only drafts of the user’s workspaces and lists only their scheduled publishes', async () => {
    const admin = await createUser(cms.payload, 'admin')
    const adminReq = await createLocalReq({ user: admin.doc as never }, cms.payload)
    for (const slug of [slugs.anqing, slugs.fuyang]) {
      await schedulePublishForPublishers({ type: 'publish', date: new Date(Date.now() + 3_600_000), doc: { relationTo: 'notices', value: await noticeId(slug) }, req: adminReq } as never)
    }
    const html = renderToStaticMarkup(await EditorGuide({ payload: cms.payload, user: anqingEditor.doc } as never))
    expect(html).toMatch(/通知：1 份/)
    expect(html).toContain(`/admin/collections/notices/${await noticeId(slugs.anqing)}`)
    expect(html).not.toContain(`/admin/collections/notices/${await noticeId(slugs.fuyang)}"`)
    const adminHtml = renderToStaticMarkup(await EditorGuide({ payload: cms.payload, user: admin.doc } as never))
    expect(adminHtml).toMatch(/通知：3 份/)
  })
})

describe('网站发布状态', () => {
  it('lists only the documents of the user’s workspaces among the reasons of the last build', async () => {
    const reasons = [`notices:${slugs.anqing}`, `notices:${slugs.fuyang}`, '手动重建（someone@example.gov.cn）'].join('\n')
    await cms.payload.updateGlobal({ slug: 'site-build', data: { lastReasons: reasons }, overrideAccess: true })
    const seen = await cms.payload.findGlobal({ slug: 'site-build', overrideAccess: false, user: anqingEditor.doc })
    expect(seen.lastReasons).toBe([`notices:${slugs.anqing}`, '手动重建（someone@example.gov.cn）'].join('\n'))
    const token = await login(cms.url!, anqingPublisher)
    const rest = await api<{ lastReasons: string }>(cms.url!, 'GET', '/api/globals/site-build', { token })
    expect(rest.body.lastReasons).not.toContain(slugs.fuyang)
  })
})

describe('lists and the workspace selector', () => {
  const reqWith = async (user: TestUser, cookie?: string) => {
    const req = await createLocalReq({ user: user.doc as never }, cms.payload)
    if (cookie) (req as { headers: Headers }).headers = new Headers({ cookie })
    return req as PayloadRequest
  }
  const listFilter = async (req: PayloadRequest) => ownWorkspaceListFilter({ req, limit: 10, page: 1, sort: 'id' })

  it('a one-workspace user sees their workspace and no selector', async () => {
    expect(await listFilter(await reqWith(anqingEditor))).toEqual({ workspace: { in: [ws.anqing] } })
    expect(await WorkspaceSelector({ payload: cms.payload, user: anqingEditor.doc } as never)).toBeNull()
  })

  it('a user of two gets the selector; picking one narrows lists to it, a workspace not theirs is ignored', async () => {
    const html = renderToStaticMarkup((await WorkspaceSelector({ payload: cms.payload, user: both.doc } as never))!)
    expect(html).toContain('安庆')
    expect(html).toContain('阜阳')
    expect(html).not.toContain('人社厅')
    expect(await listFilter(await reqWith(both))).toEqual({ workspace: { in: [ws.anqing, ws.fuyang] } })
    expect(await listFilter(await reqWith(both, `jxjy-workspace=${ws.fuyang}`))).toEqual({ workspace: { equals: ws.fuyang } })
    expect(await listFilter(await reqWith(both, `jxjy-workspace=${ws.province}`))).toEqual({ workspace: { in: [ws.anqing, ws.fuyang] } })
    // and a new document goes into the picked workspace
    const req = await reqWith(both, `jxjy-workspace=${ws.fuyang}`)
    const doc = await cms.payload.create({ collection: 'faqs', data: { question: '选择器新建？', slug: 'picked-faq', answer: { root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: '是', version: 1 }] }], direction: null, format: '', indent: 0, version: 1 } } as never, category: '其他', _status: 'draft' }, draft: true, overrideAccess: false, req })
    expect(doc.workspace).toMatchObject({ id: ws.fuyang })
  })

  it('a user of two who picked none must choose, drafts too (the field is named); nobody clears it', async () => {
    await expect(
      cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'draft' }, draft: true, overrideAccess: false, user: both.doc }),
    ).rejects.toThrow(/所属机构|workspace/)
    const token = await login(cms.url!, anqingEditor)
    const r = await api(cms.url!, 'PATCH', `/api/notices/${await noticeId(slugs.anqing)}?draft=true`, { token, body: { workspace: null } })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('所属机构')
  })
})

describe('version history', () => {
  it("holds only one's own workspaces' versions (REST and Local API)", async () => {
    const fuyang = await noticeId(slugs.fuyang)
    const token = await login(cms.url!, anqingEditor)
    const r = await api<{ docs: { parent: number }[] }>(cms.url!, 'GET', `/api/notices/versions?where[parent][equals]=${fuyang}&depth=0`, { token })
    expect(r.body.docs ?? []).toEqual([])
    const own = await cms.payload.findVersions({ collection: 'notices', where: { parent: { equals: await noticeId(slugs.anqing) } }, overrideAccess: false, user: anqingEditor.doc })
    expect(own.totalDocs).toBeGreaterThan(0)
    const other = await cms.payload.findVersions({ collection: 'notices', where: { parent: { equals: fuyang } }, overrideAccess: false, user: anqingEditor.doc })
    expect(other.totalDocs).toBe(0)
  })
})
