/**
 * The 待审核 list view (issue 17): the address the dashboard and the list's banner link to filters
 * a collection's list to submitted documents, oldest first, within the publisher's workspaces, as
 * Payload's list view queries it (drafts, as the user, with the collection's list filter); its
 * columns name who submitted each document, when, and link to the versions compare view.
 * The admin itself is exercised in Chromium by test/e2e/review.test.ts.
 */
import { createLocalReq, type CollectionConfig, type PayloadRequest, type Where } from 'payload'
import { parse } from 'qs-esm'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
const ws = {} as Record<'anqing' | 'fuyang', number>
let editor: TestUser
let anqingPublisher: TestUser
let fuyangPublisher: TestUser
const ids = {} as Record<'first' | 'second' | 'fuyang' | 'draftOnly', number>

beforeAll(async () => {
  cms = await bootCms({ http: true })
  const make = async (name: string, shortName: string, slug: string) =>
    (await cms.payload.create({ collection: 'workspaces', data: { name, shortName, slug, kind: 'city', order: 1 }, overrideAccess: true })).id
  ws.anqing = await make('安庆市人力资源和社会保障局', '安庆', 'anqing')
  ws.fuyang = await make('阜阳市人力资源和社会保障局', '阜阳', 'fuyang')
  await createUser(cms.payload, 'admin')
  editor = await createUser(cms.payload, 'editor', 'zhang@anqing.example.gov.cn', { workspaces: [ws.anqing, ws.fuyang] })
  await cms.payload.update({ collection: 'users', id: editor.id, data: { name: '张起草' }, overrideAccess: true })
  anqingPublisher = await createUser(cms.payload, 'publisher', undefined, { workspaces: [ws.anqing] })
  fuyangPublisher = await createUser(cms.payload, 'publisher', undefined, { workspaces: [ws.fuyang] })
  const token = await login(cms.url!, editor)
  const draft = async (title: string, workspace: number) => {
    const { status, body } = await api<{ doc: { id: number } }>(cms.url!, 'POST', '/api/notices?draft=true&depth=0', {
      token,
      body: { ...noticeData({ title }), workspace, _status: 'draft' },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id
  }
  const submit = async (id: number) => expect((await api(cms.url!, 'PATCH', `/api/notices/${id}?draft=true&depth=0`, { token, body: { review: 'submitted' } })).status).toBe(200)
  ids.second = await draft('后提交的通知', ws.anqing)
  ids.first = await draft('先提交的通知', ws.anqing)
  ids.fuyang = await draft('阜阳的通知', ws.fuyang)
  ids.draftOnly = await draft('还在起草的通知', ws.anqing)
  // Submitted in this order, whatever order they were made in; one of them was published before.
  await cms.payload.update({ collection: 'notices', id: ids.first, data: { _status: 'published' }, overrideAccess: true })
  await submit(ids.first)
  await new Promise((resolve) => setTimeout(resolve, 20))
  await submit(ids.second)
  await submit(ids.fuyang)
})
afterAll(async () => cms?.close())

const config = () => cms.payload.collections.notices.config
const asUser = async (user: TestUser) => (await createLocalReq({ user: user.doc as never }, cms.payload)) as PayloadRequest

/** What Payload's list view shows at `address`: the query string's filter and sort, drafts, as the user, within the list filter. */
async function listAt(address: string, user: TestUser) {
  const query = parse(address.split('?')[1] ?? '') as { where?: Where; sort?: string; columns?: string }
  const baseFilter = (await config().admin.baseFilter?.({ req: await asUser(user), limit: 10, page: 1, sort: query.sort ?? '' })) ?? undefined
  const { docs } = await cms.payload.find({
    collection: 'notices',
    where: { and: [query.where ?? {}, ...(baseFilter ? [baseFilter] : [])] },
    sort: query.sort,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: user.doc as never,
  })
  return { docs: docs as unknown as Array<Record<string, unknown> & { id: number }>, columns: JSON.parse(query.columns ?? '[]') as string[] }
}

describe('the 待审核 list view', () => {
  it('its address lists the submitted documents of the publisher’s workspaces, oldest submission first', async () => {
    const { queueListPath } = await import('../../cms/review/queue.ts')
    const address = queueListPath('notices', 'title', true)
    expect((await listAt(address, anqingPublisher)).docs.map((d) => d.id)).toEqual([ids.first, ids.second])
    expect((await listAt(address, fuyangPublisher)).docs.map((d) => d.id)).toEqual([ids.fuyang])
  })

  it('shows the title, 审核状态, who, when, 比较版本 and the workspace as its columns, all of them real columns', async () => {
    const { queueListPath } = await import('../../cms/review/queue.ts')
    const { columns } = await listAt(queueListPath('notices', 'title', true), anqingPublisher)
    expect(columns).toEqual(['title', 'review', 'reviewSubmitter', 'reviewSubmittedWhen', 'reviewCompare', 'workspace'])
    const ui = config().fields.filter((f) => f.type === 'ui').map((f) => (f as { name: string }).name)
    const names = new Set([...config().flattenedFields.map((f) => f.name), ...ui])
    for (const column of columns) expect(names, column).toContain(column)
  })

  it('its columns name the submitter, the time in Beijing, and link to compare with the published version', async () => {
    const { SubmitterCell, SubmittedWhenCell, CompareCell } = await import('../../cms/review/admin/ReviewCells.tsx')
    const { queueListPath } = await import('../../cms/review/queue.ts')
    const [row] = (await listAt(queueListPath('notices', 'title', true), anqingPublisher)).docs
    const props = { rowData: row, payload: cms.payload, collectionSlug: 'notices' } as never
    expect(renderToStaticMarkup(await SubmitterCell(props))).toContain('张起草')
    expect(renderToStaticMarkup(SubmittedWhenCell(props))).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    const link = renderToStaticMarkup(await CompareCell(props))
    // the submitted draft against the version that is published
    const published = await cms.payload.findVersions({ collection: 'notices', where: { and: [{ parent: { equals: ids.first } }, { 'version._status': { equals: 'published' } }] }, overrideAccess: true })
    expect(link).toMatch(new RegExp(`href="/admin/collections/notices/${ids.first}/versions/\\d+\\?versionFrom=${published.docs[0]!.id}"`))
    expect(link).toContain('比较版本')
    // a row that waits for nothing shows a dash
    const idle = await cms.payload.findByID({ collection: 'notices', id: ids.draftOnly, draft: true, depth: 0, overrideAccess: true })
    const idleProps = { rowData: idle, payload: cms.payload, collectionSlug: 'notices' } as never
    expect(renderToStaticMarkup(await SubmitterCell(idleProps))).toBe(renderToStaticMarkup(SubmittedWhenCell(idleProps)))
    expect(renderToStaticMarkup(await CompareCell(idleProps))).not.toContain('href')
  })

  it('the usual list shows 审核状态 beside the publication status', () => {
    const columns = (config().admin.defaultColumns ?? []) as string[]
    expect(columns.indexOf('review')).toBe(columns.indexOf('_status') + 1)
  })
})

describe('the way there', () => {
  const renderBanner = async (user: TestUser, searchParams: Record<string, string> = {}) => {
    const { ReviewListBanner } = await import('../../cms/review/admin/ReviewListBanner.tsx')
    const element = await ReviewListBanner({ collectionConfig: config(), payload: cms.payload, searchParams, user: user.doc } as never)
    return element ? renderToStaticMarkup(element) : ''
  }
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

  it('the list says how many wait for the publisher and links to the 待审核 view', async () => {
    const { queueListPath } = await import('../../cms/review/queue.ts')
    const html = await renderBanner(anqingPublisher)
    expect(html).toContain('有 2 份通知等待审核')
    expect(hrefs(html)).toEqual([`/admin${queueListPath('notices', 'title', true)}`])
    expect(await renderBanner(fuyangPublisher)).toContain('有 1 份通知等待审核')
    // editors do not review
    expect(await renderBanner(editor)).toBe('')
  })

  it('in the view, the banner says what it shows, that no mail goes out, and links back to the usual list', async () => {
    const html = await renderBanner(anqingPublisher, { 'where[review][equals]': 'submitted' })
    expect(html).toContain('待审核的通知')
    expect(html).toContain('先提交的在前')
    expect(html).toContain('本系统未配置发信')
    const back = hrefs(html)[0]!
    const query = parse(back.split('?')[1]!) as { columns: string; sort: string; where?: unknown }
    expect(JSON.parse(query.columns)).toEqual(config().admin.defaultColumns)
    expect(query.sort).toBe('-dateIssued')
    expect(query.where).toBeUndefined()
  })

  it('the dashboard queue links to the view per collection', async () => {
    const { ReviewQueue } = await import('../../cms/review/admin/ReviewQueue.tsx')
    const { queueListPath } = await import('../../cms/review/queue.ts')
    const html = renderToStaticMarkup((await ReviewQueue({ payload: cms.payload, user: anqingPublisher.doc } as never))!)
    const links = html.slice(html.indexOf('data-review-list-links'))
    expect(links).toContain('通知（2）')
    expect(hrefs(links)).toContain(`/admin${queueListPath('notices', 'title', true)}`)
  })

  it('every reviewed collection has the banner above its list', () => {
    for (const slug of ['notices', 'topics', 'providers', 'faqs', 'forms'] as const) {
      const components = cms.payload.collections[slug].config.admin.components as NonNullable<NonNullable<CollectionConfig['admin']>['components']>
      expect(JSON.stringify(components.beforeListTable), slug).toContain('ReviewListBanner')
    }
  })
})
