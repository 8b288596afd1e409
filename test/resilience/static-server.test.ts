/**
 * The public static server (scripts/lib/static-server.ts) against hostile and careless requests,
 * on a real folder laid out like a build and precompressed by the build's own integration:
 * nothing crashes it, nothing redirects off the site, every answer carries the security headers,
 * caching follows the file's kind, ETag/304 work and the precompressed files are the ones sent.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeaders } from '../../scripts/lib/security-headers.ts'
import { cachePolicy, serveStatic, type Served } from '../../scripts/lib/static-server.ts'
import { precompressDirectory } from '../../site/integrations/precompress.ts'

const page = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main>${'继续教育学时说明。'.repeat(300)}</main></body></html>`

const files: Record<string, string> = {
  'index.html': page('首页'),
  '404.html': page('页面不存在'),
  'notices/index.html': page('通知'),
  'notices/issuer/安徽省人社厅/index.html': page('安徽省人社厅'),
  'notices/feed.xml': `<?xml version="1.0" encoding="utf-8"?><rss>${'<item>通知</item>'.repeat(200)}</rss>`,
  'deadlines.ics': `BEGIN:VCALENDAR\r\n${'SUMMARY:截止\r\n'.repeat(200)}END:VCALENDAR\r\n`,
  '_astro/search.B3xk9QzA.js': `export const x = ${JSON.stringify('搜索'.repeat(2000))}`,
  'pagefind/pagefind.js': `export const pagefind = ${JSON.stringify('x'.repeat(5000))}`,
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_a3de433f1e6cb' } } }),
  'pagefind/pagefind.zh-cn_a3de433f1e6cb.pf_meta': 'meta',
  'pagefind/index/zh-cn_a4ff383.pf_index': 'index',
  'pagefind/fragment/zh-cn_eb3d42e.pf_fragment': 'fragment',
  'files/small.txt': 'short',
  '.secret': 'never served',
}

/** A chunk as Pagefind writes it: gzipped, its signature first. */
const pagefindChunk = { name: 'pagefind/index/zh-cn_b5ee494.pf_index', raw: Buffer.from(`pagefind_dcd${'公需科目 学时 '.repeat(400)}`) }

const archiveChunk = 'pagefind/archive/index/zh-cn_c6ff505.pf_index'

let dir: string
let served: Served
const host = () => new URL(served.url)

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A request with its path sent exactly as written (fetch would normalise it). */
function request(rawPath: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request({ host: host().hostname, port: host().port, path: rawPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.once('error', reject)
    req.end()
  })
}

/** Bytes straight onto the socket, for request lines no HTTP client would send. */
function rawRequest(bytes: string) {
  return new Promise<string>((resolve) => {
    const socket = net.connect(Number(host().port), host().hostname, () => socket.end(bytes))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('close', () => resolve(answer))
    socket.on('error', () => resolve(answer))
  })
}

const expectSecurityHeaders = (answer: Answer, what: string) => {
  for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value)
}

const stillServing = async () => expect((await request('/')).status).toBe(200)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-static-'))
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), body)
  }
  for (const name of [pagefindChunk.name, archiveChunk]) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), zlib.gzipSync(pagefindChunk.raw))
  }
  await precompressDirectory(dir)
  served = await serveStatic(dir)
})

afterAll(async () => {
  await served?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('precompression at build time', () => {
  it('writes gzip and brotli files next to text files, not next to tiny or binary ones', () => {
    for (const name of ['index.html', 'notices/feed.xml', 'deadlines.ics', '_astro/search.B3xk9QzA.js']) {
      const original = fs.readFileSync(path.join(dir, name))
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${name}.gz`))).equals(original), name).toBe(true)
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${name}.br`))).equals(original), name).toBe(true)
    }
    expect(fs.existsSync(path.join(dir, 'files/small.txt.gz'))).toBe(false)
    expect(fs.existsSync(path.join(dir, 'pagefind/index/zh-cn_a4ff383.pf_index.gz'))).toBe(false)
  })

  it("gives Pagefind's gzipped files a brotli copy of their decompressed bytes, and leaves other .pf_ files alone", () => {
    for (const name of [pagefindChunk.name, archiveChunk]) {
      const file = path.join(dir, name)
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(pagefindChunk.raw), name).toBe(true)
      expect(fs.statSync(`${file}.br`).size, name).toBeLessThan(fs.statSync(file).size)
      expect(fs.existsSync(`${file}.gz`), name).toBe(false)
    }
    // Not gzip, so not Pagefind's: no copy.
    expect(fs.existsSync(path.join(dir, 'pagefind/index/zh-cn_a4ff383.pf_index.br'))).toBe(false)
  })
})

describe('requests that used to take the server down', () => {
  it.each([
    ['a NUL byte', '/%00'],
    ['a NUL byte inside a path', '/notices/%00/index.html'],
    ['a path segment over 255 characters', `/${'a'.repeat(300)}`],
    ['a very long path', `/${'a/'.repeat(4000)}`],
    ['a line feed that would end up in Location', '/%0aX/..%2Fnotices'],
    ['a carriage return in a directory name', '/notices%0d%0aSet-Cookie:x=1'],
    ['malformed percent-encoding', '/%E4%B8'],
    ['a lone percent sign', '/%'],
    ['a traversal', '/../../../../etc/passwd'],
    ['an encoded traversal', '/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded backslash traversal', '/..%5c..%5cetc%5cpasswd'],
  ])('%s answers 404 and the server keeps serving', async (_what, rawPath) => {
    const answer = await request(rawPath)
    expect(answer.status).toBe(404)
    expect(answer.headers.location).toBeUndefined()
    expect(answer.body.toString()).toContain('页面不存在')
    expectSecurityHeaders(answer, rawPath)
    await stillServing()
  })

  it('survives request lines no client would send', async () => {
    for (const line of ['GET /\0 HTTP/1.1', 'GET \u0001 HTTP/1.1', 'GET http://evil.example/ HTTP/1.1', 'GET * HTTP/1.1', 'BREW / HTTP/1.1']) {
      const answer = await rawRequest(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`)
      expect(answer, line).toMatch(/^HTTP\/1\.1 [45]\d\d/)
    }
    await stillServing()
  })

  it('ignores malformed and reversed ranges instead of throwing', async () => {
    for (const range of ['bytes=500-2', 'bytes=-5', 'bytes=abc', 'bytes=0-1,4-5', `bytes=${'9'.repeat(30)}-`]) {
      const answer = await request('/notices/feed.xml', { headers: { range } })
      expect(answer.status, range).toBe(200)
    }
    const partial = await request('/notices/feed.xml', { headers: { range: 'bytes=0-4' } })
    expect(partial.status).toBe(206)
    expect(partial.body.toString()).toBe('<?xml')
    expect((await request('/notices/feed.xml', { headers: { range: `bytes=${10 ** 9}-` } })).status).toBe(416)
    await stillServing()
  })
})

describe('redirects stay on the site', () => {
  it('adds the trailing slash to a folder, keeping a plain query string', async () => {
    const answer = await request('/notices?year=2025')
    expect(answer.status).toBe(301)
    expect(answer.headers.location).toBe('/notices/?year=2025')
    expectSecurityHeaders(answer, 'redirect')
  })

  it('percent-encodes the folder name it redirects to', async () => {
    const answer = await request(`/notices/issuer/${encodeURIComponent('安徽省人社厅')}`)
    expect(answer.headers.location).toBe(`/notices/issuer/${encodeURIComponent('安徽省人社厅')}/`)
  })

  it.each(['/%2Fevil.example/..%2Fnotices', '/%5Cevil.example/..%2Fnotices', '//evil.example/..%2Fnotices', '/%2F%2Fevil.example%2F..%2Fnotices', '/%09/evil.example/..%2Fnotices'])(
    '%s is not an open redirect',
    async (rawPath) => {
      const answer = await request(rawPath)
      expect(answer.status).toBe(404)
      expect(answer.headers.location).toBeUndefined()
    },
  )

  it('repeats an encoded line break in the query string only still encoded', async () => {
    const answer = await request('/notices?q=%0d%0aSet-Cookie:%20x=1')
    expect(answer.status).toBe(301)
    expect(answer.headers.location).toBe('/notices/?q=%0d%0aSet-Cookie:%20x=1')
    expect(answer.headers['set-cookie']).toBeUndefined()
  })
})

describe('methods', () => {
  it.each(['TRACE', 'DELETE', 'POST', 'PUT', 'PATCH', 'OPTIONS'])('%s answers 405 with Allow', async (method) => {
    const answer = await request('/', { method })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expectSecurityHeaders(answer, method)
  })

  it('HEAD answers like GET without a body', async () => {
    const answer = await request('/', { method: 'HEAD' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(files['index.html']!)))
    expect(answer.body.length).toBe(0)
  })
})

describe('headers on every kind of response', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/notices/feed.xml', 200, 'application/xml; charset=utf-8'],
    ['/deadlines.ics', 200, 'text/calendar; charset=utf-8'],
    ['/pagefind/pagefind.js', 200, 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 200, 'application/json; charset=utf-8'],
    ['/pagefind/index/zh-cn_a4ff383.pf_index', 200, 'application/octet-stream'],
    ['/no-such-page/', 404, 'text/html; charset=utf-8'],
  ])('%s', async (pathname, status, type) => {
    const answer = await request(pathname)
    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe(type)
    expectSecurityHeaders(answer, pathname)
  })

  it('never serves dot files or the compressed copies by their own names', async () => {
    expect((await request('/.secret')).status).toBe(404)
    expect((await request('/index.html.gz')).status).toBe(404)
  })
})

describe('caching', () => {
  it.each([
    ['/_astro/search.B3xk9QzA.js', cachePolicy.immutable],
    ['/pagefind/pagefind.zh-cn_a3de433f1e6cb.pf_meta', cachePolicy.immutable],
    ['/pagefind/index/zh-cn_a4ff383.pf_index', cachePolicy.immutable],
    ['/pagefind/fragment/zh-cn_eb3d42e.pf_fragment', cachePolicy.immutable],
    ['/pagefind/pagefind.js', cachePolicy.revalidate],
    ['/pagefind/pagefind-entry.json', cachePolicy.revalidate],
    ['/', cachePolicy.revalidate],
    ['/notices/feed.xml', cachePolicy.revalidate],
    ['/no-such-page/', cachePolicy.revalidate],
  ])('%s → %s', async (pathname, policy) => {
    expect((await request(pathname)).headers['cache-control']).toBe(policy)
  })

  it('answers 304 to a matching If-None-Match, with the security headers', async () => {
    const first = await request('/notices/')
    expect(first.headers.etag).toBeTruthy()
    const again = await request('/notices/', { headers: { 'if-none-match': first.headers.etag! } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['cache-control']).toBe(cachePolicy.revalidate)
    expectSecurityHeaders(again, '304')
    expect((await request('/notices/', { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200)
  })

  it('answers from memory with the validators sirv streams the same file with', async () => {
    const whole = await request('/notices/feed.xml')
    const range = await request('/notices/feed.xml', { headers: { range: 'bytes=0-9' } })
    expect(range.status).toBe(206)
    expect(range.body.toString()).toBe(files['notices/feed.xml']!.slice(0, 10))
    expect(whole.headers.etag).toBe(range.headers.etag)
    expect(whole.headers['last-modified']).toBe(range.headers['last-modified'])
    expect(Number(whole.headers['content-length'])).toBe(Buffer.byteLength(files['notices/feed.xml']!))
    // Weak comparison, and any tag of a list.
    const listed = await request('/notices/feed.xml', { headers: { 'if-none-match': `"x", ${whole.headers.etag!.replace(/^W\//, '')}` } })
    expect(listed.status).toBe(304)
    const head = await request('/notices/feed.xml', { method: 'HEAD', headers: { 'accept-encoding': 'br' } })
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBe(fs.statSync(path.join(dir, 'notices/feed.xml.br')).size)
  })
})

describe('compression', () => {
  it.each([
    ['br, gzip', 'br', zlib.brotliDecompressSync],
    ['gzip', 'gzip', zlib.gunzipSync],
  ] as const)('Accept-Encoding %s gets the precompressed %s file', async (accept, encoding, decode) => {
    for (const pathname of ['/', '/notices/feed.xml', '/deadlines.ics', '/no-such-page/']) {
      const answer = await request(pathname, { headers: { 'accept-encoding': accept } })
      expect(answer.headers['content-encoding'], pathname).toBe(encoding)
      expect(answer.headers.vary).toBe('Accept-Encoding')
      const original = pathname === '/' ? 'index.html' : pathname === '/no-such-page/' ? '404.html' : pathname.slice(1)
      expect(decode(answer.body).toString(), pathname).toBe(files[original])
      expectSecurityHeaders(answer, `${pathname} ${encoding}`)
    }
    // The file on disk is what is sent: no compression per request.
    const sent = await request('/', { headers: { 'accept-encoding': accept } })
    expect(sent.body.equals(fs.readFileSync(path.join(dir, `index.html.${encoding === 'br' ? 'br' : 'gz'}`)))).toBe(true)
  })

  it("sends Pagefind's chunk decompressed under brotli, and as Pagefind gzipped it otherwise", async () => {
    const url = `/${pagefindChunk.name}`
    const br = await request(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['cache-control']).toBe(cachePolicy.immutable)
    // What the browser hands Pagefind's script: its signature first, so it skips its own gunzip.
    expect(zlib.brotliDecompressSync(br.body).equals(pagefindChunk.raw)).toBe(true)
    for (const accept of ['gzip', undefined]) {
      const plain = await request(url, { headers: accept ? { 'accept-encoding': accept } : {} })
      expect(plain.headers['content-encoding'], accept).toBeUndefined()
      expect(zlib.gunzipSync(plain.body).equals(pagefindChunk.raw), accept).toBe(true)
    }
  })

  it('sends the original without Accept-Encoding', async () => {
    const answer = await request('/')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe(files['index.html'])
  })
})

describe('generated bad requests', () => {
  const pieces = ['/', '//', '..', '.', '%2F', '%2f', '%5C', '\\', '%00', '%0a', '%0d', '%', '%E4%B8', '%2e%2e', 'notices', 'index.html', '_astro', 'pagefind', '?', '#', ';', '~', 'a'.repeat(300), '安徽', '%E5%AE%89', ' ', '\t']
  const rawPath = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => `/${parts.join('')}`)
  const headers = fc.record(
    {
      'accept-encoding': fc.constantFrom('gzip', 'br', 'gzip;q=0', '*', 'identity', ', ,', 'x'.repeat(2000)),
      range: fc.constantFrom('bytes=0-0', 'bytes=5-1', 'bytes=-1', 'bytes=0-', 'bytes=a-b', 'bytes=0-1,2-3', 'items=0-1', `bytes=${'9'.repeat(20)}-1`),
      'if-none-match': fc.constantFrom('*', 'W/"x"', '""', '"'.repeat(50)),
    },
    { requiredKeys: [] },
  )

  it('2,000 of them: no 5xx, no off-site redirect, the security headers on every answer', async () => {
    await fc.assert(
      fc.asyncProperty(rawPath, fc.constantFrom('GET', 'HEAD', 'POST', 'TRACE', 'OPTIONS', 'PROPFIND'), headers, async (target, method, extra) => {
        let answer: Answer
        try {
          answer = await request(target, { method, headers: extra })
        } catch (error) {
          // Node's own client refuses some paths before sending; those never reach the server.
          if ((error as NodeJS.ErrnoException).code === 'ERR_UNESCAPED_CHARACTERS') return
          throw error
        }
        expect(answer.status, `${method} ${target}`).toBeLessThan(500)
        if (answer.headers.location) expect(answer.headers.location).toMatch(/^\/[^/\\]/)
        expect(answer.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy'])
      }),
      { numRuns: 2000 },
    )
    await stillServing()
  }, 120_000)
})

describe('switching builds', () => {
  it('serves a new folder as soon as the root points to it, and 503 before any build exists', async () => {
    let root = path.join(dir, 'missing')
    const switching = await serveStatic(() => root)
    try {
      expect((await fetch(`${switching.url}/`)).status).toBe(503)
      root = dir
      expect((await fetch(`${switching.url}/notices/`)).status).toBe(200)
    } finally {
      await switching.close()
    }
  })
})
