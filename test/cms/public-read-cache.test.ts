/**
 * The public read cache (cms/server/public-read-cache.ts) over real SQLite and REST: strangers'
 * repeated reads are served from it, and no save, publish, unpublish or delete — through REST or
 * the Local API — is ever hidden behind it; staff are never served from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, createUser, login, noticeData, type TestCms } from './helpers.ts'

let cms: TestCms
let publisher: string
let id: number

const read = async (path: string, token?: string) => {
  const response = await fetch(`${cms.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, cached: response.headers.get('x-cms-cache') === 'hit', body: (await response.json()) as { title?: string } }
}

beforeAll(async () => {
  cms = await bootCms({ http: true })
  publisher = await login(cms.url!, await createUser(cms.payload, 'publisher'))
  const notice = await cms.payload.create({ collection: 'notices', data: { ...noticeData({ title: '初版标题' }), _status: 'published' } as never, overrideAccess: true })
  id = notice.id
})
afterAll(async () => cms?.close())

describe('the public read cache', () => {
  it("serves a stranger's repeated read from the cache", async () => {
    const first = await read(`/api/notices/${id}`)
    const second = await read(`/api/notices/${id}`)
    expect(first.cached).toBe(false)
    expect(second.cached).toBe(true)
    expect(second.body).toEqual(first.body)
  })

  it('never serves staff from it, and never shows strangers what staff see', async () => {
    await cms.payload.update({ collection: 'notices', id, data: { title: '只在草稿里', _status: 'draft' } as never, draft: true, overrideAccess: true })
    const staff = await read(`/api/notices/${id}?draft=true`, publisher)
    expect(staff.cached).toBe(false)
    expect(staff.body.title).toBe('只在草稿里')
    const stranger = await read(`/api/notices/${id}?draft=true`)
    expect(stranger.body.title).not.toBe('只在草稿里')
  })

  it('a publish through REST is visible to the next stranger at once', async () => {
    await read(`/api/notices/${id}`)
    const patched = await fetch(`${cms.url}/api/notices/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${publisher}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: '经 REST 发布的标题', _status: 'published' }),
    })
    expect(patched.status).toBe(200)
    const after = await read(`/api/notices/${id}`)
    expect(after.cached).toBe(false)
    expect(after.body.title).toBe('经 REST 发布的标题')
  })

  it('a change through the Local API (a scheduled publish, a script) is visible at once', async () => {
    await read(`/api/notices/${id}`)
    expect((await read(`/api/notices/${id}`)).cached).toBe(true)
    await cms.payload.update({ collection: 'notices', id, data: { title: '定时发布的标题', _status: 'published' } as never, overrideAccess: true })
    expect((await read(`/api/notices/${id}`)).body.title).toBe('定时发布的标题')
  })

  it('an unpublished or deleted document is gone for the next stranger', async () => {
    await read(`/api/notices/${id}`)
    await cms.payload.update({ collection: 'notices', id, data: { _status: 'draft' } as never, overrideAccess: true })
    expect((await read(`/api/notices/${id}`)).status).toBe(404)
    await cms.payload.update({ collection: 'notices', id, data: { _status: 'published' } as never, overrideAccess: true })
    expect((await read(`/api/notices/${id}`)).status).toBe(200)
    await cms.payload.delete({ collection: 'notices', id, overrideAccess: true })
    expect((await read(`/api/notices/${id}`)).status).toBe(404)
  })
})
