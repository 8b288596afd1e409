/**
 * Bad input is a 4xx with a Chinese message, never a 500 (issue 18): bodies that are not JSON,
 * queries the database cannot run, ids that cannot exist, GraphQL without a body limit,
 * strangers told the schema, NUL bytes, invisible characters in file names, and refusals whose
 * message Payload hid. Every request goes through cms/server/api-server.ts, which applies the same
 * guard (cms/server/request-guard.ts) as the Next route handlers under `npm start`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPublicError, showPublicErrors } from '../../cms/server/public-errors.ts'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let admin: TestUser
let token: string
let noticeId: number | string

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const hasChinese = /[\u4e00-\u9fff]/

beforeAll(async () => {
  cms = await bootCms({ http: true })
  admin = await createUser(cms.payload, 'admin')
  token = await login(cms.url!, admin)
  noticeId = (await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true })).id
})
afterAll(async () => cms?.close())

async function send(method: string, path: string, init: { type?: string; body?: BodyInit; auth?: boolean } = {}) {
  const headers: Record<string, string> = {}
  if (init.type) headers['content-type'] = init.type
  if (init.auth) headers.authorization = `JWT ${token}`
  const response = await fetch(`${cms.url}${path}`, { method, headers, body: init.body, signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  let message: string
  try {
    message = (JSON.parse(text) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message ?? ''
  } catch {
    message = `(not JSON) ${text.slice(0, 80)}`
  }
  return { status: response.status, message, text }
}

const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`

describe('bodies that are not JSON', () => {
  it.each([
    ['text/plain', 'text/plain', 'hello'],
    ['form-urlencoded', 'application/x-www-form-urlencoded', 'title=x&year=2026'],
    ['XML', 'application/xml', '<notice><title>x</title></notice>'],
    ['no content type', undefined, '{"title":"x"}'],
  ])('%s: 415 for a signed-in writer', async (_case, type, body) => {
    const r = await send('POST', '/api/notices', { type, body, auth: true })
    expect(r.status).toBe(415)
    expect(r.message).toMatch(/application\/json/)
    expect(r.message).toMatch(hasChinese)
  })

  it('broken multipart is a 400', async () => {
    const r = await send('POST', '/api/notices', { type: 'multipart/form-data; boundary=xx', body: '--xx\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title"', auth: true })
    expect(r.status).toBe(400)
    expect(r.message).toContain('multipart/form-data')
  })

  it('the content type is read case-insensitively: Application/JSON with a deep body is refused as too deep', async () => {
    const r = await send('POST', '/api/notices', { type: 'Application/JSON', body: deep, auth: true })
    expect(r.status).toBe(400)
    expect(r.message).toContain('嵌套层级过深')
  })

  it('a POST with no body at all is a 400, not a 500', async () => {
    const r = await send('POST', '/api/notices', { auth: true })
    expect(r.status).toBe(400)
    expect(r.message).toContain('请求没有内容')
  })
})

describe('queries the database cannot run', () => {
  it.each([
    ['a geographic operator on a text field', '?where[title][near]=1,2', /near/],
    ['a date compared with garbage', '?where[dateIssued][greater_than]=garbage', /不是有效日期/],
    ['a path into rich text', '?where[body.root.children][contains]=x', /富文本/],
    ['a page number of 1e20', '?page=1e20', /页码/],
    ['a negative limit', '?limit=-5', /每页数量/],
    ['an unknown operator', '?where[title][regex]=x', /不支持的查询运算/],
    ['an id that is not a number', '?where[id][equals]=abc', /编号/],
    ['an operator SQLite does not implement', '?where[title][all]=x', /不支持.*all/],
    ['broken percent-encoding in the query', '?%E4%B8=1', /百分号编码/],
  ])('%s is a 400 naming it', async (_case, query, message) => {
    for (const auth of [false, true]) {
      const r = await send('GET', `/api/notices${query}`, { auth })
      expect(r.status, r.text).toBe(400)
      expect(r.message).toMatch(message)
    }
  })

  it('valid queries still work', async () => {
    const r = await api<{ totalDocs: number }>(cms.url!, 'GET', '/api/notices?where[dateIssued][greater_than]=2000-01-01&where[title][like]=通知&page=1&limit=5')
    expect(r.status).toBe(200)
    expect(r.body.totalDocs).toBeGreaterThan(0)
  })

  it('GET and DELETE of /api/notices/abc are a 404', async () => {
    expect((await send('GET', '/api/notices/abc')).status).toBe(404)
    const del = await send('DELETE', '/api/notices/abc', { auth: true })
    expect(del.status).toBe(404)
    expect(del.message).toMatch(hasChinese)
  })

  it('the versions of a collection that keeps none are a 404', async () => {
    for (const path of ['/api/users/versions', '/api/users/versions/1', '/api/media/versions']) {
      const r = await send('GET', path, { auth: true })
      expect(r.status, path).toBe(404)
      expect(r.message).toMatch(hasChinese)
    }
  })

  it('a NUL byte in a media file path is a 400, not a 500', async () => {
    for (const path of ['/api/media/file/%00', '/api/media/file/a%00.pdf', '/api/notices/%0a']) {
      const r = await send('GET', path, { auth: true })
      expect(r.status, path).toBe(400)
      expect(r.message).toMatch(/控制字符/)
    }
  })

  it('TRACE is a 405, not a 500', async () => {
    // fetch refuses to send TRACE, so node:http does.
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      request(`${cms.url}/api/notices`, { method: 'TRACE' }, (res) => {
        res.resume()
        resolve(res.statusCode!)
      })
        .once('error', reject)
        .end()
    })
    expect(status).toBe(405)
  })

  it('/api/users/verify/abc is a 404: accounts are not verified by e-mail here', async () => {
    const r = await send('POST', '/api/users/verify/abc')
    expect(r.status).toBe(404)
    expect(r.message).toMatch(hasChinese)
  })
})

describe('GraphQL', () => {
  it('a body that is not JSON is a 400', async () => {
    for (const [type, body] of [['application/json', 'not json'], ['text/plain', '{"query":"{Notices{docs{title}}}"}'], ['application/json', '']] as const) {
      const r = await send('POST', '/api/graphql', { type, body })
      expect(r.status, `${type} ${body}`).toBe(400)
      expect(r.message).toMatch(hasChinese)
    }
  })

  it.each([
    ['a fragment that spreads itself', 'fragment F on Notice { ...F } { Notices { docs { ...F } } }'],
    ['a subscription the schema lacks', 'subscription { x }'],
    ['a directive argument of the wrong type', '{ Notices { docs { title @skip(if: "x") } } }'],
  ])('%s is a 400 with the validation error (Payload\'s complexity rule threw: a 500)', async (_case, query) => {
    const r = await send('POST', '/api/graphql', { type: 'application/json', body: JSON.stringify({ query }) })
    expect(r.status, r.text).toBe(400)
    expect(r.message.length).toBeGreaterThan(0)
  })

  it('an alias flood is a 400 naming the limit, before any of it runs; twenty fields still answer', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: Notices { totalDocs }`).join(' ')
    const flood = await send('POST', '/api/graphql', { type: 'application/json', body: JSON.stringify({ query: `{ ${aliases(500)} }` }), auth: true })
    expect(flood.status, flood.text).toBe(400)
    expect(flood.message).toContain('最多 20 个顶层字段')
    expect(flood.message).toContain('本次 500 个')
    // spread through fragments, the fields still count
    const spread = `fragment F on Query { ${aliases(15)} } { ...F ... on Query { b: Notices { totalDocs } c: Topics { totalDocs } d: Faqs { totalDocs } e: Forms { totalDocs } f: Providers { totalDocs } g: Notices { totalDocs } } }`
    expect((await send('POST', '/api/graphql', { type: 'application/json', body: JSON.stringify({ query: spread }) })).message).toContain('本次 21 个')
    const twenty = await send('POST', '/api/graphql', { type: 'application/json', body: JSON.stringify({ query: `{ ${aliases(20)} }` }), auth: true })
    expect(twenty.status, twenty.text).toBe(200)
    expect(Object.keys((JSON.parse(twenty.text) as { data: object }).data)).toHaveLength(20)
  })

  it('{ Access { canAccessAdmin } } answers false to a stranger instead of an internal error', async () => {
    const r = await send('POST', '/api/graphql', { type: 'application/json', body: JSON.stringify({ query: '{ Access { canAccessAdmin } }' }) })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text)).toEqual({ data: { Access: { canAccessAdmin: false } } })
  })

  it('a 200 MB anonymous body is refused with 413 once past the limit, without reading it all', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 200) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const before = process.memoryUsage().rss
    const response = await fetch(`${cms.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit)
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('请求内容过大')
    expect(sent, 'megabytes the client got to send').toBeLessThan(50)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })
})

describe('reads sent as POST (the admin\'s relationship pickers and list views)', () => {
  const asRead = (body: string, type = 'application/x-www-form-urlencoded', auth = false) =>
    fetch(`${cms.url}/api/notices`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-payload-http-method-override': 'GET', ...(auth ? { authorization: `JWT ${token}` } : {}) },
      body,
    })

  it('answer like the GET they stand for, for strangers and staff', async () => {
    for (const auth of [false, true]) {
      const response = await asRead(`limit=1&where[id][equals]=${noticeId}&depth=0`, undefined, auth)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: Array<{ id: number }> }
      expect(body.docs.map((d) => d.id)).toEqual([noticeId])
    }
  })

  it('with a broken query or another body type are a 4xx', async () => {
    expect((await asRead('where[title][equals]=%E4')).status).toBe(400)
    expect((await asRead('limit=1', 'text/plain')).status).toBe(415)
  })
})

describe("strangers' writes", () => {
  it.each(['providers', 'faqs', 'notices', 'media'])('POST /api/%s with a wrong body is a 401 that says nothing about the schema', async (collection) => {
    const r = await send('POST', `/api/${collection}`, { type: 'application/json', body: JSON.stringify({ wrong: 1 }) })
    expect(r.status).toBe(401)
    expect(r.text).not.toContain('wrong')
    expect(r.message).toContain('请先登录')
  })

  it('a stranger cannot learn the body limit or the content types either', async () => {
    expect((await send('POST', '/api/notices', { type: 'text/plain', body: 'x' })).status).toBe(401)
    expect((await send('PATCH', `/api/notices/${noticeId}`, { type: 'application/json', body: deep })).status).toBe(401)
    expect((await send('DELETE', `/api/notices/${noticeId}`)).status).toBe(401)
  })

  it('signing in still works without a token', async () => {
    const r = await api(cms.url!, 'POST', '/api/users/login', { body: { email: admin.email, password: admin.password } })
    expect(r.status).toBe(200)
  })
})

describe('NUL bytes', () => {
  it.each([
    ['a published notice title', 'notices', { ...noticeData(), title: 'NUL\0AFTER', _status: 'published' }, '标题'],
    ['a draft notice title', 'notices', { ...noticeData(), title: 'NUL\0AFTER', _status: 'draft' }, '标题'],
    ['a draft FAQ question', 'faqs', { question: '问题\0后面', slug: 'nul-faq', _status: 'draft' }, '问题'],
  ])('in %s are refused with a 400 naming the field, nothing stored', async (_case, collection, data, label) => {
    const before = (await cms.payload.count({ collection: collection as 'notices', overrideAccess: true, draft: true } as never)).totalDocs
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'POST', `/api/${collection}${data._status === 'draft' ? '?draft=true' : ''}`, { token, body: data })
    expect(r.status).toBe(400)
    expect(r.body.errors[0]!.message).toContain(label)
    expect(r.body.errors[0]!.message).toContain('空字符')
    expect((await cms.payload.count({ collection: collection as 'notices', overrideAccess: true, draft: true } as never)).totalDocs).toBe(before)
  })

  it('in rich text too', async () => {
    const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '正文\0截断' }] }] } }
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'PATCH', `/api/notices/${noticeId}?draft=true`, { token, body: { body } })
    expect(r.status).toBe(400)
    expect(r.body.errors[0]!.message).toContain('空字符')
  })
})

async function upload(name: string, data: Buffer, type = 'image/png') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: '测试' }))
  const response = await fetch(`${cms.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  return { status: response.status, body: (await response.json()) as { doc?: { id: number; filename: string }; errors?: Array<{ message: string }> } }
}

describe('file names', () => {
  it.each([
    ['a right-to-left override', '报告\u202Egnp.exe.png'],
    ['zero-width and isolate characters', '通\u200b知\u2066附件\u2069.png'],
    ['control characters', 'a\u0007b\u001bc.png'],
  ])('with %s are stored without them', async (_case, name) => {
    const r = await upload(name, png)
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    // eslint-disable-next-line no-control-regex
    expect(r.body.doc!.filename).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/)
    expect(r.body.doc!.filename.endsWith('.png')).toBe(true)
  })
})

describe('refusals reach the client as written, in Chinese', () => {
  it('413 file too large, over HTTP', async () => {
    const r = await upload('big.png', Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024 + 1)]))
    expect(r.status).toBe(413)
    expect(r.body.errors![0]!.message).toContain('超过图片上限 5 MB')
  })

  it('409 still referenced', async () => {
    const file = await upload('attached.png', png)
    await cms.payload.create({ collection: 'notices', data: { ...noticeData({ title: '带附件的通知' }), attachments: [{ title: '附件', file: file.body.doc!.id }] } as never, overrideAccess: true })
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'DELETE', `/api/media/${file.body.doc!.id}`, { token })
    expect(r.status).toBe(409)
    expect(r.body.errors[0]!.message).toContain('带附件的通知')
  })

  it('the last-admin refusal', async () => {
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'PATCH', `/api/users/${admin.id}`, { token, body: { role: 'editor' } })
    expect(r.status).toBe(400)
    expect(r.body.errors[0]!.message).toContain('至少要保留一名管理员')
  })

  it('reset-password with a bad token', async () => {
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'POST', '/api/users/reset-password', { body: { token: 'nope', password: 'Ein-langes-Passwort-2026' } })
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
    expect(r.body.errors[0]!.message).toMatch(hasChinese)
  })

  it('a validation error says which field, in Chinese, in its message', async () => {
    const r = await api<{ errors: Array<{ message: string }> }>(cms.url!, 'POST', '/api/notices', { token, body: { ...noticeData(), year: '二〇二六' } })
    expect(r.status).toBe(400)
    expect(r.body.errors[0]!.message).toMatch(/年度/)
  })

  it('a public error whose class name the production build minified away keeps its message', async () => {
    // What `next build` does to Payload's error classes: a nameless error is "An unknown error occurred.".
    const error = Object.assign(new Error('至少要保留一名管理员'), { name: '', status: 400, isPublic: true })
    const result = { errors: [{ message: 'An unknown error occurred.' }] }
    const fixed = await showPublicErrors({ error, result, req: {} as never, context: {} })
    expect(fixed && fixed.response?.errors?.[0]?.message).toBe('至少要保留一名管理员')
    expect(isPublicError({ status: 500 })).toBe(false)
    const hidden = await showPublicErrors({ error: Object.assign(new Error('SQLITE_BUSY'), { status: 500 }), result: { errors: [{ message: 'Something went wrong.' }] }, req: {} as never, context: {} })
    expect(hidden).toBeUndefined()
  })
})
