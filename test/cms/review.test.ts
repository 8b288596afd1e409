/**
 * The review step over REST, with the mail each step sends read from a real SMTP server:
 * submit → queue → return with a comment → edit → submit → publish (and a scheduled publish),
 * what an editor may set, and the checks that run when a draft is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtp, type ReceivedMail, type TestSmtp } from '../lib/smtp.ts'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let smtp: TestSmtp
let editor: TestUser
let publisher: TestUser
let editorToken: string
let publisherToken: string
const publicUrl = 'https://cms.jxjy.example.gov.cn'

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = '安徽专技继续教育 <noreply@jxjy.example.gov.cn>'
  process.env.CMS_PUBLIC_URL = publicUrl
  cms = await bootCms({ http: true })
  editor = await createUser(cms.payload, 'editor', 'zhang.editor@example.gov.cn')
  publisher = await createUser(cms.payload, 'publisher', 'li.publisher@example.gov.cn')
  editorToken = await login(cms.url!, editor)
  publisherToken = await login(cms.url!, publisher)
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
  delete process.env.CMS_PUBLIC_URL
})

type Reviewed = {
  id: number
  title: string
  _status: string
  review: string
  reviewComment?: string | null
  reviewSubmittedBy?: number | { id: number } | null
  reviewSubmittedAt?: string | null
  reviewLog?: { action: string; by: number | { id: number }; at: string; comment?: string | null }[]
}
type Saved = { doc: Reviewed; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

const patch = (token: string, id: number, body: Record<string, unknown>, draft = true) =>
  api<Saved>(cms.url!, 'PATCH', `/api/notices/${id}?depth=0${draft ? '&draft=true' : ''}`, { token, body })
const read = async (id: number) =>
  (await api<Reviewed>(cms.url!, 'GET', `/api/notices/${id}?depth=0&draft=true`, { token: publisherToken })).body
const mailsTo = (address: string, subject: RegExp) => smtp.waitFor((m: ReceivedMail) => m.to.includes(address) && subject.test(m.subject))
const idOf = (v: number | { id: number } | null | undefined) => (v && typeof v === 'object' ? v.id : v)

describe('the review cycle over REST', () => {
  let id: number
  const title = '关于开展2027年度专业技术人员继续教育工作的通知'

  it('a new draft is 起草中', async () => {
    const { status, body } = await api<Saved>(cms.url!, 'POST', '/api/notices?draft=true&depth=0', {
      token: editorToken,
      body: { ...noticeData({ title }), _status: 'draft' },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    id = body.doc.id
    expect(body.doc.review).toBe('draft')
  })

  it('an editor cannot set 退回 or anything but 待审核', async () => {
    const refused = await patch(editorToken, id, { review: 'returned', reviewComment: '自己退回' })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('起草人员只能「提交审核」')
    expect((await read(id)).review).toBe('draft')
  })

  it('submitting makes it 待审核, records who and when, and mails the publishers with a link to it', async () => {
    const before = Date.now()
    const { status, body } = await patch(editorToken, id, { review: 'submitted' })
    expect(status, JSON.stringify(body)).toBe(200)
    const doc = await read(id)
    expect(doc.review).toBe('submitted')
    expect(idOf(doc.reviewSubmittedBy)).toBe(editor.id)
    expect(Date.parse(doc.reviewSubmittedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.reviewLog?.map((e) => e.action)).toEqual(['submitted'])

    const mail = await mailsTo(publisher.email, /待审核/)
    expect(mail.subject).toBe(`【待审核】通知《${title}》`)
    expect(mail.fromHeader).toContain('noreply@jxjy.example.gov.cn')
    expect(mail.text).toContain('zhang.editor@example.gov.cn')
    expect(mail.text).toContain(`${publicUrl}/admin/collections/notices/${id}`)
    expect(mail.html).toContain(`href="${publicUrl}/admin/collections/notices/${id}"`)
    // the one who submits is not mailed about their own submission
    expect(smtp.mails.filter((m) => m.to.includes(editor.email))).toEqual([])
  })

  it('the queue lists it, oldest submission first, with who and a versions link', async () => {
    const other = await api<Saved>(cms.url!, 'POST', '/api/notices?draft=true&depth=0', { token: editorToken, body: { ...noticeData(), _status: 'draft' } })
    await patch(editorToken, other.body.doc.id, { review: 'submitted' })

    const list = await api<{ docs: Reviewed[] }>(cms.url!, 'GET', '/api/notices?where[review][equals]=submitted&sort=reviewSubmittedAt&draft=true&depth=0', { token: publisherToken })
    expect(list.body.docs.map((d) => d.id)).toEqual([id, other.body.doc.id])

    const { reviewQueue } = await import('../../cms/review/queue.ts')
    const queue = await reviewQueue(cms.payload)
    expect(queue.map((q) => q.id)).toEqual([id, other.body.doc.id])
    expect(queue[0]).toMatchObject({ collection: 'notices', collectionLabel: '通知', title, submittedBy: { email: editor.email }, editPath: `/collections/notices/${id}` })
    expect(queue[0]!.comparePath).toMatch(new RegExp(`^/collections/notices/${id}/versions/\\d+$`))
  })

  it('the dashboard shows publishers the queue with who, when and 比较版本, and says when no mail goes out', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { ReviewQueue } = await import('../../cms/review/admin/ReviewQueue.tsx')
    const render = async (user: TestUser) =>
      renderToStaticMarkup((await ReviewQueue({ payload: cms.payload, user: user.doc } as never))!)
    const html = await render(publisher)
    expect(html).toContain('待审核（2）')
    const row = html.slice(html.indexOf(`data-queue-item="notices/${id}"`)).split('</tr>')[0]!
    expect(row).toContain(title)
    expect(row).toContain('<td>editor</td>') // the submitter's name (the test accounts are named after their role)
    expect(row).toMatch(/<td>\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}<\/td>/)
    expect(row).toContain(`href="/admin/collections/notices/${id}/versions/`)
    expect(html).not.toContain('未配置发信')
    expect(await render(editor)).toContain('退回给我的（0）')

    const url = process.env.SMTP_URL
    delete process.env.SMTP_URL
    try {
      expect(await render(publisher)).toContain('本系统未配置发信（没有设置 SMTP_URL）')
    } finally {
      process.env.SMTP_URL = url
    }
  })

  it('returning needs a comment, named as 退回意见', async () => {
    const refused = await patch(publisherToken, id, { review: 'returned' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.data?.errors?.[0]).toMatchObject({ path: 'reviewComment', message: expect.stringContaining('退回意见') })
    expect((await read(id)).review).toBe('submitted')
  })

  it('a return with a comment is 已退回, kept in the history, and mails the editor the comment', async () => {
    const comment = '请补充成文日期，并核对文号。'
    const { status } = await patch(publisherToken, id, { review: 'returned', reviewComment: comment })
    expect(status).toBe(200)
    const doc = await read(id)
    expect(doc).toMatchObject({ review: 'returned', reviewComment: comment })
    expect(doc.reviewLog?.map((e) => [e.action, idOf(e.by), e.comment ?? null])).toEqual([
      ['submitted', editor.id, null],
      ['returned', publisher.id, comment],
    ])
    // the document's version history holds the return and its comment
    const versions = await cms.payload.findVersions({ collection: 'notices', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
    expect(versions.docs[0]!.version).toMatchObject({ review: 'returned', reviewComment: comment })

    const mail = await mailsTo(editor.email, /已退回/)
    expect(mail.subject).toBe(`【已退回】通知《${title}》`)
    expect(mail.text).toContain(`退回意见：${comment}`)
    expect(mail.text).toContain(`${publicUrl}/admin/collections/notices/${id}`)
  })

  it('an edit after the return makes it 起草中 again; the comment stays in the history', async () => {
    const { status } = await patch(editorToken, id, { dateIssued: '2026-11-30T00:00:00.000Z', docNumber: '皖人社秘〔2026〕200号' })
    expect(status).toBe(200)
    const doc = await read(id)
    expect(doc.review).toBe('draft')
    expect(doc.reviewLog?.at(-1)?.action).toBe('returned')
  })

  it('the editor submits again; the publisher is mailed again', async () => {
    const before = smtp.mails.length
    expect((await patch(editorToken, id, { review: 'submitted' })).status).toBe(200)
    expect((await read(id)).review).toBe('submitted')
    await expect.poll(() => smtp.mails.slice(before).filter((m) => m.to.includes(publisher.email) && /待审核/.test(m.subject)).length).toBe(1)
  })

  it('the editor still cannot publish', async () => {
    const refused = await patch(editorToken, id, { _status: 'published' }, false)
    expect(refused.status).toBe(403)
    expect((await read(id))._status).toBe('draft')
  })

  it('publishing resets the state, records it, and mails the editor', async () => {
    const { status, body } = await patch(publisherToken, id, { _status: 'published' }, false)
    expect(status, JSON.stringify(body)).toBe(200)
    const doc = await read(id)
    expect(doc).toMatchObject({ _status: 'published', review: 'draft' })
    expect(doc.reviewLog?.map((e) => e.action)).toEqual(['submitted', 'returned', 'submitted', 'published'])
    const mail = await mailsTo(editor.email, /已发布/)
    expect(mail.subject).toBe(`【已发布】通知《${title}》`)
    expect(mail.text).toMatch(/网站正在重建/)
    // the public sees the notice, never its review fields
    const anonymous = await api<Record<string, unknown>>(cms.url!, 'GET', `/api/notices/${id}`)
    expect(anonymous.status).toBe(200)
    for (const field of ['review', 'reviewComment', 'reviewSubmittedBy', 'reviewSubmittedAt', 'reviewLog']) expect(anonymous.body, field).not.toHaveProperty(field)
  })

  it('a scheduled publish of a submitted draft resets it and mails the editor too', async () => {
    const draft = await api<Saved>(cms.url!, 'POST', '/api/notices?draft=true&depth=0', { token: editorToken, body: { ...noticeData({ title: '定时发布的通知' }), _status: 'draft' } })
    await patch(editorToken, draft.body.doc.id, { review: 'submitted' })
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'notices', value: String(draft.body.doc.id) }, user: { relationTo: 'users', value: publisher.id } } as never,
      waitUntil: new Date(Date.now() - 1000),
    })
    await cms.payload.jobs.run()
    expect(await read(draft.body.doc.id)).toMatchObject({ _status: 'published', review: 'draft' })
    await mailsTo(editor.email, /【已发布】通知《定时发布的通知》/)
  })
})

describe('checks when a draft is saved', () => {
  const topic = (data: Record<string, unknown>) => api<Saved>(cms.url!, 'POST', '/api/topics?draft=true&depth=0', { token: editorToken, body: { _status: 'draft', ...data } })
  const fieldErrors = (body: Saved) => body.errors?.flatMap((e) => e.data?.errors ?? []) ?? []

  it('refuses a javascript: learning address at once, naming the field', async () => {
    const { status, body } = await topic({ year: 2027, title: '专题', learningUrl: 'javascript:alert(1)' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toContainEqual(expect.objectContaining({ path: 'learningUrl', message: expect.stringContaining('网址') }))
  })

  it('refuses negative hours at once', async () => {
    const { status, body } = await topic({ year: 2027, title: '专题', hours: -5 })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toContainEqual(expect.objectContaining({ path: 'hours', message: expect.stringContaining('学时') }))
  })

  it('lets missing required fields wait until publish, then lists them', async () => {
    const { status, body } = await topic({ title: '未填年度的专题', learningUrl: 'https://www.example.com' })
    expect(status, JSON.stringify(body)).toBe(201)
    const published = await api<Saved>(cms.url!, 'PATCH', `/api/topics/${body.doc.id}?depth=0`, { token: publisherToken, body: { _status: 'published' } })
    expect(published.status).toBe(400)
    expect(fieldErrors(published.body).map((e) => e.path)).toContain('year')
  })

  it('refuses a draft without the title it is listed by, naming the field', async () => {
    const { status, body } = await topic({ year: 2027, learningUrl: 'https://www.example.com' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((e) => e.path)).toContain('title')
  })
})
