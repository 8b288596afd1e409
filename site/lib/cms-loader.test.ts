import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsUnavailableError, cmsBaseUrl, cmsLoader, fetchAllDocs } from './cms-loader.ts'

/** A stand-in CMS on 127.0.0.1: canned answers per collection, and every request it was sent. */
const requests: IncomingMessage[] = []
const notices = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, slug: `notice-${i + 1}` }))
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req)
    const url = new URL(req.url!, 'http://x')
    const limit = Number(url.searchParams.get('limit'))
    const page = Number(url.searchParams.get('page'))
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname === '/api/notices') {
      const docs = notices.slice((page - 1) * limit, page * limit)
      return json(200, { docs, totalDocs: notices.length, hasNextPage: page * limit < notices.length, page })
    }
    if (url.pathname === '/api/short') return json(200, { docs: notices.slice(0, 2), totalDocs: 3, hasNextPage: false })
    if (url.pathname === '/api/twins') return json(200, { docs: [{ id: 1, slug: 'same' }, { id: 2, slug: 'same' }], totalDocs: 2, hasNextPage: false })
    if (url.pathname === '/api/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>登录</p>')
    if (url.pathname === '/api/list') return json(200, [{ id: 1 }])
    return json(500, { errors: [{ message: 'Something went wrong.' }] })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('cmsBaseUrl', () => {
  it('takes CMS_URL without trailing slashes or /api; blank means the local default', () => {
    expect(cmsBaseUrl('http://cms.example:3000/api/')).toBe('http://cms.example:3000')
    expect(cmsBaseUrl(' http://cms.example// ')).toBe('http://cms.example')
    expect(cmsBaseUrl('  ')).toBe('http://localhost:3001')
  })
})

describe('fetchAllDocs over HTTP', () => {
  it('reads every page, as an anonymous reader with ids only, forwarding headers and the query', async () => {
    requests.length = 0
    const all = await fetchAllDocs('notices', { baseUrl: `${base}/api`, pageSize: 2, headers: { authorization: 'JWT t' }, query: 'where[year][equals]=2025' })
    expect(all).toEqual({ docs: notices, totalDocs: 5, pages: 3 })
    expect(requests.map((r) => r.url)).toEqual([1, 2, 3].map((page) => `/api/notices?limit=2&page=${page}&depth=0&sort=id&where[year][equals]=2025`))
    expect(requests[0]!.headers).toMatchObject({ accept: 'application/json', authorization: 'JWT t' })
  })

  it('says in Chinese what went wrong: HTTP status, not JSON, not a paginated list', async () => {
    await expect(fetchAllDocs('broken', { baseUrl: base })).rejects.toThrow(`内容管理系统返回 HTTP 500：${base}/api/broken?limit=100&page=1&depth=0&sort=id`)
    await expect(fetchAllDocs('html', { baseUrl: base })).rejects.toThrow(/^内容管理系统的回应不是 JSON：/)
    await expect(fetchAllDocs('list', { baseUrl: base })).rejects.toThrow(/不是分页列表（缺少 docs\/hasNextPage）/)
  })

  it('a CMS that is not running: the refused connection named, and what to do', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    const error = await fetchAllDocs('notices', { baseUrl: url }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsUnavailableError)
    expect((error as CmsUnavailableError).url).toBe(`${url}/api/notices?limit=100&page=1&depth=0&sort=id`)
    expect((error as Error).message).toMatch(/^无法连接内容管理系统：.*ECONNREFUSED.*请先运行 npm run cms:api，或用 CMS_URL 指向可用的 CMS。$/)
  })
})

describe('cmsLoader: one collection into Astro’s store', () => {
  const run = async (collection: string) => {
    const store = new Map<string, unknown>()
    const logged: string[] = []
    const context = {
      store: { clear: () => store.clear(), has: (id: string) => store.has(id), set: (e: { id: string; data: unknown }) => store.set(e.id, e.data) },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (doc: unknown) => JSON.stringify(doc),
      logger: { info: (line: string) => logged.push(line) },
    }
    await cmsLoader(collection, { baseUrl: base }).load(context as unknown as Parameters<ReturnType<typeof cmsLoader>['load']>[0])
    return { store, logged }
  }

  it('keys entries by slug and logs how many it read', async () => {
    const { store, logged } = await run('notices')
    expect([...store.keys()]).toEqual(notices.map((n) => n.slug))
    expect(logged).toEqual(['notices：5 篇（1 页）'])
  })

  it('refuses an incomplete read and a duplicate slug', async () => {
    await expect(run('short')).rejects.toThrow(`读取 short 不完整：共 3 篇，只读到 2 篇（${base}）`)
    await expect(run('twins')).rejects.toThrow('twins 中有重复的网址标识：same')
  })
})
