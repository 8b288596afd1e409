/**
 * Content rules an editor meets: 文号 format and uniqueness, topic windows, URLs and phones,
 * derived topic status, relations seen from both ends, refused deletes, uploads, preview links.
 * Each refusal comes with a Chinese message and saves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, providerData, topicData, type TestCms, type TestUser } from './helpers.ts'
import { todayInChina } from '../../rules/dates.ts'

let cms: TestCms
let editor: TestUser
let publisher: TestUser
beforeAll(async () => {
  cms = await bootCms({ http: true })
  editor = await createUser(cms.payload, 'editor')
  publisher = await createUser(cms.payload, 'publisher')
})
afterAll(async () => cms?.close())

const createNotice = (data: Record<string, unknown>) =>
  cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published', ...data } as never, overrideAccess: true })
const createTopic = (data: Record<string, unknown>) =>
  cms.payload.create({ collection: 'topics', data: { ...topicData(), _status: 'published', ...data } as never, overrideAccess: true })

async function count(collection: 'notices' | 'topics' | 'providers') {
  return (await cms.payload.count({ collection, overrideAccess: true })).totalDocs
}

/** Runs a write expected to fail and returns its message; checks that nothing was saved. */
async function refused(collection: 'notices' | 'topics' | 'providers', write: () => Promise<unknown>): Promise<string> {
  const before = await count(collection)
  let message = ''
  try {
    await write()
  } catch (error) {
    const e = error as { message: string; data?: { errors?: { message: string }[] } }
    message = [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | ')
  }
  expect(message, 'the write should have been refused').not.toBe('')
  expect(await count(collection)).toBe(before)
  return message
}

describe('文号', () => {
  it.each(['皖人社秘〔2021〕115号', '芜人社秘〔2025〕85号', '人社部令第25号'])('accepts %s', async (docNumber) => {
    const doc = await createNotice({ docNumber })
    expect(doc.docNumber).toBe(docNumber)
  })

  it.each([
    ['square brackets', '皖人社秘[2021]115号'],
    ['round brackets', '皖人社秘(2021)115号'],
    ['no 号', '皖人社秘〔2021〕115'],
    ['Latin letters', 'AH〔2021〕1号'],
  ])('refuses %s (%s) with a Chinese message', async (_case, docNumber) => {
    const message = await refused('notices', () => createNotice({ docNumber }))
    expect(message).toContain('文号格式不正确')
  })

  it('refuses a second notice with the same 文号', async () => {
    await createNotice({ docNumber: '皖人社秘〔2023〕7号' })
    const message = await refused('notices', () => createNotice({ docNumber: '皖人社秘〔2023〕7号' }))
    expect(message).toContain('文号「皖人社秘〔2023〕7号」已被另一份通知使用')
  })

  it('REST answers 400 with the Chinese message for the field', async () => {
    const token = await login(cms.url!, publisher)
    const r = await api<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>(cms.url!, 'POST', '/api/notices', {
      token,
      body: { ...noticeData(), docNumber: '皖人社秘[2021]115号' },
    })
    expect(r.status).toBe(400)
    const fieldErrors = r.body.errors[0]?.data?.errors ?? []
    expect(fieldErrors).toContainEqual(expect.objectContaining({ path: 'docNumber', message: expect.stringContaining('文号格式不正确') }))
  })
})

describe('topics', () => {
  it('refuses a contract window that ends before it starts', async () => {
    const message = await refused('topics', () => createTopic({ contractStart: '2025-06-01', contractEnd: '2025-05-31' }))
    expect(message).toContain('合同期结束日期不能早于开始日期')
  })

  it('refuses a study deadline before the window opens', async () => {
    const message = await refused('topics', () => createTopic({ contractStart: '2025-06-01', contractEnd: '2025-12-31', studyDeadline: '2025-05-01' }))
    expect(message).toContain('学习截止日期不能早于合同期开始日期')
  })

  it('checks a changed end date against the stored start', async () => {
    const topic = await createTopic({ contractStart: '2025-03-01', contractEnd: '2025-12-31' })
    await expect(cms.payload.update({ collection: 'topics', id: topic.id, data: { contractEnd: '2025-01-01' }, overrideAccess: true })).rejects.toThrow()
    expect((await cms.payload.findByID({ collection: 'topics', id: topic.id, overrideAccess: true })).contractEnd?.slice(0, 10)).toBe('2025-12-31')
  })

  it.each([
    ['learningUrl', 'www.example.com', '网址'],
    ['learningUrl', 'javascript:alert(1)', '网址'],
    ['hotlines', ['12'], '电话号码'],
    ['hotlines', ['0551-6262abcd'], '电话号码'],
    ['hours', 0, '学时'],
    ['hours', 12.5, '学时'],
  ])('refuses %s = %j', async (field, value, words) => {
    const message = await refused('topics', () => createTopic({ [field]: value }))
    expect(message).toContain(words)
  })

  it('accepts the phone formats notices print', async () => {
    const topic = await createTopic({ hotlines: ['0551-62620006', '400 800 1234', '0551-65601234转8001'] })
    expect(topic.hotlines).toHaveLength(3)
  })

  it('hours default to 30', async () => {
    const { hours: _omit, ...data } = topicData()
    const topic = await cms.payload.create({ collection: 'topics', data: { ...data, _status: 'published' } as never, overrideAccess: true })
    expect(topic.hours).toBe(30)
  })

  describe('status is derived from the dates, never stored', () => {
    const today = todayInChina(new Date())
    const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

    it.each([
      ['upcoming', shift(5), shift(100)],
      ['open', shift(-5), shift(100)],
      ['open', shift(-100), today],
      ['closed', shift(-100), shift(-1)],
    ])('%s for a window %s – %s, in lists (REST) and single reads', async (expected, contractStart, contractEnd) => {
      const topic = await createTopic({ contractStart, contractEnd, windowStatus: 'closed' })
      expect(topic.windowStatus).toBe(expected)
      const list = await api<{ docs: { id: number; windowStatus: string }[] }>(cms.url!, 'GET', `/api/topics?where[id][equals]=${topic.id}`)
      expect(list.body.docs[0]?.windowStatus).toBe(expected)
    })

    it('unknown without dates', async () => {
      const topic = await createTopic({ contractStart: null, contractEnd: null })
      expect(topic.windowStatus).toBe('unknown')
    })
  })
})

describe('relations between notices show on both ends', () => {
  it('皖人社秘〔2021〕115号 is implemented by a city notice and repealed by a later one', async () => {
    const base = await createNotice({ docNumber: '皖人社秘〔2021〕116号', title: '关于进一步做好专业技术人员继续教育工作的通知' })
    const city = await createNotice({ docNumber: '芜人社秘〔2025〕86号', level: 'city', relations: [{ kind: 'implements', target: base.id }] })
    const later = await createNotice({ docNumber: '皖人社秘〔2025〕109号', relations: [{ kind: 'repeals', target: base.id }] })
    await cms.payload.update({ collection: 'notices', id: base.id, data: { status: 'repealed', statusDate: '2025-06-13', statusBy: later.id }, overrideAccess: true })

    const r = await api<{ relatedBy: { docs: { id: number; docNumber: string }[] } }>(
      cms.url!, 'GET', `/api/notices/${base.id}?depth=1`,
    )
    expect(r.body.relatedBy.docs.map((d) => d.docNumber).sort()).toEqual(['皖人社秘〔2025〕109号', '芜人社秘〔2025〕86号'])
    const repealer = await api<{ endedNotices: { docs: { id: number }[] } }>(cms.url!, 'GET', `/api/notices/${later.id}?depth=1`)
    expect(repealer.body.endedNotices.docs.map((d) => d.id)).toEqual([base.id])
    expect(city.relations?.[0]?.target).toBeTruthy()
  })

  it('anonymous readers do not see drafts through the reverse relation', async () => {
    const base = await createNotice({})
    await cms.payload.create({ collection: 'notices', data: { ...noticeData(), title: '秘密草稿', relations: [{ kind: 'cites', target: base.id }], _status: 'draft' } as never, draft: true, overrideAccess: true })
    const r = await api(cms.url!, 'GET', `/api/notices/${base.id}?depth=1`)
    expect(JSON.stringify(r.body)).not.toContain('秘密草稿')
  })
})

describe('deleting', () => {
  it('a notice others relate to is refused, naming them in Chinese; nothing is deleted', async () => {
    const base = await createNotice({ docNumber: '皖人社秘〔2024〕3号' })
    await createNotice({ docNumber: '宜人社秘〔2024〕43号', title: '宜城贯彻通知', relations: [{ kind: 'implements', target: base.id }] })
    await createTopic({ title: '数字经济专题', sourceNotice: base.id })
    const token = await login(cms.url!, publisher)
    const r = await api<{ errors: { message: string }[] }>(cms.url!, 'DELETE', `/api/notices/${base.id}`, { token })
    expect(r.status).toBe(409)
    expect(r.body.errors[0]?.message).toContain('不能删除')
    expect(r.body.errors[0]?.message).toContain('宜人社秘〔2024〕43号')
    expect(r.body.errors[0]?.message).toContain('数字经济专题')
    expect((await cms.payload.count({ collection: 'notices', where: { id: { equals: base.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('a relation only in a draft also blocks the delete', async () => {
    const base = await createNotice({})
    const other = await createNotice({ title: '已发布的另一份通知' })
    await cms.payload.update({ collection: 'notices', id: other.id, data: { relations: [{ kind: 'cites', target: base.id }] }, draft: true, overrideAccess: true })
    await expect(cms.payload.delete({ collection: 'notices', id: base.id, overrideAccess: true })).rejects.toThrow(/已发布的另一份通知/)
  })

  it('a notice nobody relates to is deleted', async () => {
    const lone = await createNotice({})
    await cms.payload.delete({ collection: 'notices', id: lone.id, overrideAccess: true })
    expect((await cms.payload.count({ collection: 'notices', where: { id: { equals: lone.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('duplicating', () => {
  it('an editor duplicating a published notice gets a draft, or nothing', async () => {
    const source = await createNotice({})
    const token = await login(cms.url!, editor)
    const r = await api<{ doc?: { id: number } }>(cms.url!, 'POST', `/api/notices/${source.id}/duplicate`, { token, body: { slug: `copy-${Date.now()}` } })
    if (r.status < 300 && r.body.doc) {
      const copy = await cms.payload.findByID({ collection: 'notices', id: r.body.doc.id, overrideAccess: true, draft: false })
      expect(copy._status).not.toBe('published')
    } else {
      expect(r.status).toBeGreaterThanOrEqual(400)
    }
  })
})

describe('uploads', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="10" height="10" onload="alert(1)"/></svg>')
  const upload = (name: string, mimetype: string, data: Buffer) =>
    cms.payload.create({ collection: 'media', data: { alt: name }, file: { name, mimetype, data, size: data.length }, overrideAccess: false, user: editor.doc })
  const mediaCount = async () => (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  it('accepts a PNG and makes the card and page sizes', async () => {
    const doc = await upload('photo.png', 'image/png', png)
    expect(doc.mimeType).toBe('image/png')
    expect(Object.keys(doc.sizes ?? {})).toEqual(expect.arrayContaining(['card', 'page']))
  })

  it.each([
    ['an SVG with script', 'evil.svg', 'image/svg+xml'],
    ['an SVG renamed to .png (content sniffing)', 'evil.png', 'image/png'],
    ['an SVG sent as a PDF', 'evil.pdf', 'application/pdf'],
  ])('refuses %s', async (_case, name, mimetype) => {
    const before = await mediaCount()
    await expect(upload(name, mimetype, svg)).rejects.toThrow()
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an HTML page and an executable whatever they are called', async () => {
    await expect(upload('page.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script></html>'))).rejects.toThrow()
    await expect(upload('setup.pdf', 'application/pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))).rejects.toThrow()
  })

  it('refuses an image over 5 MB with the limit in Chinese', async () => {
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024 + 1)])
    await expect(upload('big.png', 'image/png', big)).rejects.toThrow(/超过图片上限 5 MB/)
  })

  it('a file attached to a notice cannot be deleted', async () => {
    const file = await upload('attach.png', 'image/png', png)
    await createNotice({ title: '带附件的通知', attachments: [{ title: '附件1', file: file.id }] })
    await expect(cms.payload.delete({ collection: 'media', id: file.id, overrideAccess: true })).rejects.toThrow(/带附件的通知/)
  })
})

describe('preview links', () => {
  it('point at the CMS preview page for the collection and id', async () => {
    const notice = await createNotice({ slug: 'wan-ren-she-mi-2021-115-preview', _status: 'draft' })
    const preview = cms.payload.collections.notices.config.admin.preview!
    const url = await preview(notice as never, { locale: 'zh', req: {} as never, token: null })
    expect(url).toBe(`/preview/notices/${notice.id}/`)
    expect(cms.payload.collections.topics.config.admin.preview).toBeDefined()
    expect(cms.payload.collections.providers.config.admin.preview).toBeDefined()
  })

  it('the live preview tab shows the same page, at an absolute address on the CMS', async () => {
    const live = cms.payload.config.admin.livePreview!
    expect(live.collections).toEqual(['notices', 'topics', 'faqs', 'providers'])
    const url = await (live.url as (args: unknown) => Promise<string> | string)({
      data: { id: 5 },
      collectionConfig: { slug: 'faqs' },
      req: { headers: new Headers({ host: 'cms.example.gov.cn:3000' }) },
    })
    const origin = process.env.CMS_PUBLIC_URL?.replace(/\/+$/, '') ?? 'http://cms.example.gov.cn:3000'
    expect(url).toBe(`${origin}/preview/faqs/5/`)
  })
})

describe('providers', () => {
  it('list their topics across years, newest first', async () => {
    const provider = await cms.payload.create({ collection: 'providers', data: { ...providerData(), _status: 'published' } as never, overrideAccess: true })
    for (const year of [2023, 2024, 2025]) await createTopic({ year, provider: provider.id, title: `${year}年度专题` })
    const r = await api<{ topics: { docs: { year: number }[] } }>(cms.url!, 'GET', `/api/providers/${provider.id}?depth=1`)
    expect(r.body.topics.docs.map((t) => t.year)).toEqual([2025, 2024, 2023])
  })
})

describe('conveniences for editors', () => {
  it('an empty slug is suggested from the 文号, unique', async () => {
    const { slug: _omit, ...data } = noticeData({ docNumber: '皖人社秘〔2022〕42号' })
    const first = await cms.payload.create({ collection: 'notices', data: { ...data, slug: '', _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(first.slug).toBe('notice-2022-42')
    const { slug: _omit2, ...other } = noticeData({ docNumber: '芜人社秘〔2022〕42号' })
    const second = await cms.payload.create({ collection: 'notices', data: { ...other, _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(second.slug).toBe('notice-2022-42-2')
  })

  it('a typed slug is normalised and checked', async () => {
    const doc = await createNotice({ slug: 'Wan Ren She  Mi 2020 1' })
    expect(doc.slug).toBe('wan-ren-she-mi-2020-1')
  })

  it('the year comes from the date issued when left empty', async () => {
    const { year: _omit, ...data } = noticeData({ dateIssued: '2019-12-31' })
    const doc = await cms.payload.create({ collection: 'notices', data: { ...data, _status: 'published' } as never, overrideAccess: true })
    expect(doc.year).toBe(2019)
  })

  it('a repealed notice needs a date or the notice that repealed it', async () => {
    const message = await refused('notices', () => createNotice({ status: 'repealed' }))
    expect(message).toContain('须注明失效日期或导致其失效的通知')
    const ok = await createNotice({ status: 'expired', statusDate: '2024-12-31' })
    expect(ok.status).toBe('expired')
  })

  it('a notice cannot relate to or be ended by itself', async () => {
    const doc = await createNotice({})
    await expect(cms.payload.update({ collection: 'notices', id: doc.id, data: { relations: [{ kind: 'cites', target: doc.id }] }, overrideAccess: true })).rejects.toThrow()
    await expect(cms.payload.update({ collection: 'notices', id: doc.id, data: { status: 'repealed', statusBy: doc.id }, overrideAccess: true })).rejects.toThrow()
  })
})
