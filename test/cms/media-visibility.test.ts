/**
 * Nothing public before review: an editor's upload stays private (list, file and the site's
 * rebuild) until a published notice uses it or a publisher marks it 公开.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, login, noticeData, type TestCms, type TestUser } from './helpers.ts'

let cms: TestCms
let editor: TestUser
let publisher: TestUser
let editorToken: string
let publisherToken: string
let hook: http.Server
const rebuildReasons: string[][] = []

beforeAll(async () => {
  // The rebuild requests are observed where production sends them: the deploy hook.
  hook = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      rebuildReasons.push((JSON.parse(body) as { reasons: string[] }).reasons)
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  const address = hook.address()
  process.env.DEPLOY_HOOK_URL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  process.env.SITE_REBUILD_DEBOUNCE_MS = '50'
  process.env.SITE_REBUILD_MAX_WAIT_MS = '200'
  cms = await bootCms({ http: true })
  editor = await createUser(cms.payload, 'editor')
  publisher = await createUser(cms.payload, 'publisher')
  editorToken = await login(cms.url!, editor)
  publisherToken = await login(cms.url!, publisher)
})
afterAll(async () => {
  await cms?.close()
  hook?.close()
  delete process.env.DEPLOY_HOOK_URL
})

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const settle = () => sleep(600)

/** An upload exactly as the admin sends it: multipart with the file and `_payload`. */
async function upload(token: string, name: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: name, ...data }))
  const res = await fetch(`${cms.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const body = (await res.json()) as { doc: { id: number; filename: string; public?: boolean } }
  expect(res.status, JSON.stringify(body)).toBe(201)
  return body.doc
}

const anonymousList = async () => (await api<{ docs: { id: number }[] }>(cms.url!, 'GET', '/api/media?limit=100')).body.docs.map((d) => d.id)
const anonymousFile = async (filename: string) => (await fetch(`${cms.url}/api/media/file/${encodeURIComponent(filename)}`)).status
const rebuildsMentioning = (text: string) => rebuildReasons.flat().filter((r) => r.includes(text)).length

describe("an editor's upload", () => {
  it('is neither listed, served nor rebuilt while unattached or attached only to a draft', async () => {
    const media = await upload(editorToken, 'draft-only.png')
    await settle()
    expect(await anonymousList()).not.toContain(media.id)
    expect(await anonymousFile(media.filename)).toBeGreaterThanOrEqual(400)
    expect((await api(cms.url!, 'GET', `/api/media/${media.id}`)).status).toBeGreaterThanOrEqual(400)
    expect(rebuildsMentioning(`media:${media.id}`), 'the upload itself asks for no rebuild').toBe(0)

    const draft = await api<{ doc: { id: number } }>(cms.url!, 'POST', '/api/notices?draft=true', {
      token: editorToken,
      body: { ...noticeData(), _status: 'draft', attachments: [{ title: '附件', file: media.id }] },
    })
    expect(draft.status).toBe(201)
    expect(await anonymousList()).not.toContain(media.id)
    expect(await anonymousFile(media.filename)).toBeGreaterThanOrEqual(400)
    // staff still see it, in the list and as a file
    const staffList = await api<{ docs: { id: number }[] }>(cms.url!, 'GET', '/api/media?limit=100', { token: editorToken })
    expect(staffList.body.docs.map((d) => d.id)).toContain(media.id)

    // once a publisher publishes the notice, the file is public
    const published = await api(cms.url!, 'PATCH', `/api/notices/${draft.body.doc.id}`, { token: publisherToken, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(await anonymousList()).toContain(media.id)
    expect(await anonymousFile(media.filename)).toBe(200)

    // an editor's draft of that published notice that drops the attachment changes nothing public
    await api(cms.url!, 'PATCH', `/api/notices/${draft.body.doc.id}?draft=true`, { token: editorToken, body: { attachments: [] } })
    expect(await anonymousFile(media.filename)).toBe(200)
  })

  it('cannot be made public by the editor; a publisher can', async () => {
    const media = await upload(editorToken, 'wants-public.png', { public: true })
    expect(media.public).not.toBe(true)
    expect(await anonymousList()).not.toContain(media.id)

    const marked = await api(cms.url!, 'PATCH', `/api/media/${media.id}`, { token: publisherToken, body: { public: true } })
    expect(marked.status).toBe(200)
    expect(await anonymousList()).toContain(media.id)
    expect(await anonymousFile(media.filename)).toBe(200)
    // The rebuild is a job queued once the save commits, due after the debounce; tests run the
    // jobs themselves (no cron runner in tests, see helpers.ts).
    const rebuilt = async () => {
      await cms.payload.jobs.run({ queue: 'site', limit: 10 })
      return rebuildsMentioning(`media:${media.id}`)
    }
    await expect.poll(rebuilt, { message: 'marking it public rebuilds the site', timeout: 15_000, interval: 200 }).toBeGreaterThan(0)
  })

  it('the Local API with access enforced agrees', async () => {
    const media = await upload(editorToken, 'local.png')
    const asPublic = await cms.payload.find({ collection: 'media', overrideAccess: false, where: { id: { equals: media.id } } })
    expect(asPublic.totalDocs).toBe(0)
    const asEditor = await cms.payload.find({ collection: 'media', overrideAccess: false, user: editor.doc, where: { id: { equals: media.id } } })
    expect(asEditor.totalDocs).toBe(1)
  })
})
