/**
 * The review step inside workspaces (issues 16 and 17): a submission is mailed to the publishers
 * of the document's own workspace (the admins when it has none), and each publisher's 待审核
 * queue holds only their workspaces' submissions; topics go to the province's publishers.
 * Mail is read from a real SMTP server.
 */
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtp, type TestSmtp } from '../lib/smtp.ts'
import { api, bootCms, createUser, login, noticeData, topicData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let smtp: TestSmtp
const ws = {} as Record<'province' | 'anqing' | 'fuyang' | 'wuhu', number>
const people = {} as Record<'anqingEditor' | 'anqingPublisher' | 'fuyangPublisher' | 'provinceEditor' | 'provincePublisher' | 'wuhuEditor' | 'admin', TestUser>
const tokens = {} as Record<keyof typeof people, string>

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = '安徽专技继续教育 <noreply@jxjy.example.gov.cn>'
  cms = await bootCms({ http: true })
  const make = async (name: string, shortName: string, slug: string, kind: 'province' | 'city') =>
    (await cms.payload.create({ collection: 'workspaces', data: { name, shortName, slug, kind, order: 1 }, overrideAccess: true })).id
  ws.province = await make('安徽省人力资源和社会保障厅', '人社厅', 'renshe-ting', 'province')
  ws.anqing = await make('安庆市人力资源和社会保障局', '安庆', 'anqing', 'city')
  ws.fuyang = await make('阜阳市人力资源和社会保障局', '阜阳', 'fuyang', 'city')
  ws.wuhu = await make('芜湖市人力资源和社会保障局', '芜湖', 'wuhu', 'city')
  people.admin = await createUser(cms.payload, 'admin', 'admin@example.gov.cn')
  people.anqingEditor = await createUser(cms.payload, 'editor', 'editor@anqing.example.gov.cn', { workspaces: [ws.anqing] })
  people.anqingPublisher = await createUser(cms.payload, 'publisher', 'publisher@anqing.example.gov.cn', { workspaces: [ws.anqing] })
  people.fuyangPublisher = await createUser(cms.payload, 'publisher', 'publisher@fuyang.example.gov.cn', { workspaces: [ws.fuyang] })
  people.provinceEditor = await createUser(cms.payload, 'editor', 'editor@province.example.gov.cn', { workspaces: [ws.province] })
  people.provincePublisher = await createUser(cms.payload, 'publisher', 'publisher@province.example.gov.cn', { workspaces: [ws.province] })
  // 芜湖 has staff who draft but nobody who publishes yet.
  people.wuhuEditor = await createUser(cms.payload, 'editor', 'editor@wuhu.example.gov.cn', { workspaces: [ws.wuhu] })
  for (const key of Object.keys(people) as (keyof typeof people)[]) tokens[key] = await login(cms.url!, people[key])
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
})

type Saved = { doc: { id: number; workspace?: number } }

async function submitted(who: keyof typeof people, collection: 'notices' | 'topics', data: Record<string, unknown>): Promise<number> {
  const created = await api<Saved>(cms.url!, 'POST', `/api/${collection}?draft=true&depth=0`, { token: tokens[who], body: { ...data, _status: 'draft' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const sent = await api(cms.url!, 'PATCH', `/api/${collection}/${id}?draft=true&depth=0`, { token: tokens[who], body: { review: 'submitted' } })
  expect(sent.status, JSON.stringify(sent.body)).toBe(200)
  return id
}

/** Who received the 待审核 mail about `title` (waits until at least one has). */
async function reviewersMailed(title: string): Promise<string[]> {
  await smtp.waitFor((m) => m.subject.includes(title))
  // Mails to several reviewers go out together; give the others a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return smtp.mails.filter((m) => m.subject.startsWith('【待审核】') && m.subject.includes(title)).flatMap((m) => m.to).sort()
}

const queueOf = async (who: keyof typeof people) => {
  const { reviewQueue } = await import('../../cms/review/queue.ts')
  return reviewQueue(cms.payload, { req: await createLocalReq({ user: people[who].doc as never }, cms.payload) })
}

describe('a city notice submitted for review', () => {
  const title = '安庆市关于2027年度专业技术人员继续教育的通知'
  let id: number

  it('lands in the editor’s workspace and is mailed to that workspace’s publishers only', async () => {
    id = await submitted('anqingEditor', 'notices', noticeData({ title, slug: 'anqing-review-1' }))
    const stored = await cms.payload.findByID({ collection: 'notices', id, draft: true, depth: 0, overrideAccess: true })
    expect(stored.workspace).toBe(ws.anqing)
    expect(await reviewersMailed(title)).toEqual([people.anqingPublisher.email])
  })

  it('is in the queue of its workspace’s publishers and the admins, not of another city’s or the province’s', async () => {
    expect((await queueOf('anqingPublisher')).map((q) => q.id)).toContain(id)
    expect((await queueOf('admin')).map((q) => q.id)).toContain(id)
    expect((await queueOf('fuyangPublisher')).map((q) => q.id)).not.toContain(id)
    expect((await queueOf('provincePublisher')).map((q) => q.id)).not.toContain(id)
  })

  it('shows on the dashboard of its workspace’s publisher, not another city’s', async () => {
    const { ReviewQueue } = await import('../../cms/review/admin/ReviewQueue.tsx')
    const render = async (who: keyof typeof people) => renderToStaticMarkup((await ReviewQueue({ payload: cms.payload, user: people[who].doc } as never))!)
    expect(await render('anqingPublisher')).toContain(`data-queue-item="notices/${id}"`)
    const fuyang = await render('fuyangPublisher')
    expect(fuyang).toContain('待审核（0）')
    expect(fuyang).not.toContain(title)
  })

  it('another city’s publisher cannot return it; its own can', async () => {
    const refused = await api(cms.url!, 'PATCH', `/api/notices/${id}?draft=true&depth=0`, { token: tokens.fuyangPublisher, body: { review: 'returned', reviewComment: '不是本市的' } })
    expect(refused.status).toBe(403)
    const returned = await api(cms.url!, 'PATCH', `/api/notices/${id}?draft=true&depth=0`, { token: tokens.anqingPublisher, body: { review: 'returned', reviewComment: '请补充联系方式。' } })
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)
    const mail = await smtp.waitFor((m) => m.to.includes(people.anqingEditor.email) && m.subject.startsWith('【已退回】'))
    expect(mail.text).toContain('请补充联系方式。')
  })
})

describe('where the workspace has no publisher', () => {
  it('the admins are mailed instead', async () => {
    const title = '芜湖市继续教育学时登记的通知'
    await submitted('wuhuEditor', 'notices', noticeData({ title, slug: 'wuhu-review-1' }))
    expect(await reviewersMailed(title)).toEqual([people.admin.email])
  })
})

describe('a topic (the province’s) submitted for review', () => {
  it('is mailed to the province’s publishers and queued for them, not for a city’s', async () => {
    const title = '2027年度公需科目专题（审核测试）'
    const id = await submitted('provinceEditor', 'topics', topicData({ title, slug: 'topic-review-1', year: 2027 }))
    expect(await reviewersMailed(title)).toEqual([people.provincePublisher.email])
    expect((await queueOf('provincePublisher')).map((q) => `${q.collection}/${q.id}`)).toContain(`topics/${id}`)
    expect((await queueOf('anqingPublisher')).some((q) => q.collection === 'topics')).toBe(false)
  })
})

describe('the new year’s topics (the province’s)', () => {
  it('only the province’s staff may draft them: a city’s get 403 and no hint on the dashboard', async () => {
    expect((await api(cms.url!, 'GET', '/api/topics/new-year', { token: tokens.provinceEditor })).status).toBe(200)
    const city = await api(cms.url!, 'GET', '/api/topics/new-year', { token: tokens.anqingEditor })
    expect(city.status).toBe(403)
    expect(JSON.stringify(city.body)).toContain('省人社厅')
    expect((await api(cms.url!, 'POST', '/api/topics/new-year', { token: tokens.anqingPublisher, body: {} })).status).toBe(403)
    const { EditorGuide } = await import('../../cms/components/admin/EditorGuide.tsx')
    const guide = async (who: keyof typeof people) => renderToStaticMarkup(await EditorGuide({ payload: cms.payload, user: people[who].doc } as never))
    expect(await guide('provinceEditor')).toContain('新年度专题')
    expect(await guide('anqingEditor')).not.toContain('新年度专题')
  })
})
