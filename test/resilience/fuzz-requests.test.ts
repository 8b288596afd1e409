/**
 * Ten thousand generated bad requests, written byte for byte onto the socket, against the real
 * CMS API (SQLite, REST and GraphQL, behind the same request guard as under `npm start`) and the
 * public static server: odd URLs and methods, hostile query strings, headers and content types,
 * broken bodies and GraphQL documents, as strangers and as signed-in staff. None may answer 5xx,
 * neither server may go down, a stranger's write is refused before its body is read, and an
 * export of the database is the same afterwards. fuzz.test.ts covers malformed document bodies.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prng } from '../../bench/lib/prng.ts'
import { exportAll } from '../../cms/backup/export-all.ts'
import { serveStatic, type Served } from '../../scripts/lib/static-server.ts'
import { bootCms, createUser, login, type TestCms } from '../cms/helpers.ts'

type Random = () => number
const pickWith = (random: Random) => <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

interface RawAnswer {
  /** 0 when the server closed the connection without an answer */
  status: number
  head: string
  body: string
}

/** One request as raw bytes on a fresh connection; the answer read until the server closes it. */
function send(port: number, bytes: Buffer): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes))
    socket.setTimeout(30_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = () => {
      // An `Expect: 100-continue` answer comes before the real one.
      const text = Buffer.concat(chunks).toString('utf8').replace(/^(HTTP\/1\.[01] 1\d\d[^\r]*\r\n\r\n)+/, '')
      const [head = '', body = ''] = text.split('\r\n\r\n', 2)
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), head, body })
    }
    socket.on('close', done)
    socket.on('error', () => undefined)
  })
}

interface Spec {
  method: string
  target: string
  headers: Array<[string, string]>
  body?: Buffer | string
  /** what kind of badness, for the report */
  kind: string
}

function encode({ method, target, headers, body }: Spec, host: string): Buffer {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body)
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${host}`, 'Connection: close', ...headers.map(([k, v]) => `${k}: ${v}`)]
  if (payload && !headers.some(([k]) => /^(content-length|transfer-encoding)$/i.test(k))) lines.push(`Content-Length: ${payload.length}`)
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload ?? Buffer.alloc(0)])
}

// ── Generators ────────────────────────────────────────────────────────────────────────────────

const collections = ['notices', 'topics', 'providers', 'faqs', 'forms', 'media', 'users', 'payload-jobs', 'payload-preferences', 'nope'] as const

const pathSuffixes = [
  '', '/', '/abc', '/-1', '/1e99', '/99999999', '/%00', '/a%00b', `/${'a'.repeat(300)}`, `/${'段'.repeat(200)}`,
  '/../../etc/passwd', '/%2e%2e/%2e%2e/', '/..%2f..%2f', '/%5c..%5c', '//', '/%ZZ', '/%E4%B8', '/%', '/count', '/versions',
  '/versions/abc', '/1/versions', '/me', '/login', '/%6cogin', '/LOGIN', '/logout', '/refresh-token', '/forgot-password',
  '/reset-password', '/first-register', '/verify/abc', '/unlock', '/init', '/access', '/file/..%2f..%2fcms.db', '/file/%00',
  '/file/' + 'x'.repeat(400), '/1;drop', '/1?x', '/%F0%9F%98%80', '/\u00e9', '/1/../2',
]

const queries = [
  'where[title][near]=1,2', 'where[dateIssued][greater_than]=garbage', 'where[body.root.children][contains]=x', 'page=1e20',
  'page=-1', 'page=abc', 'limit=-1', 'limit=1e9', 'limit=abc', 'depth=100', 'depth=-5', 'sort=-__proto__', 'sort=%00',
  'where[__proto__][equals]=1', 'where[constructor][prototype][x]=1', 'where[title][in]=', 'where[id][equals]=abc',
  'where[slug][like]=%25', 'where[title][exists]=maybe', 'where[or][0][and][0][or][0][title][equals]=x', 'select[password]=true',
  'select[hash]=true', 'draft=true', 'draft=maybe', 'locale=xx', 'fallback-locale=%00', 'joins[x][limit]=1e9', 'populate[x]=1',
  'where[title][equals][0]=a&where[title][equals][1]=b', 'where[year][greater_than_equal]=1e400', 'where[year][less_than]=NaN',
  'where[_status][equals]=published&where[_status][equals]=draft', 'where[title][all]=x', 'where[title][within]=x',
  'where[title][intersects]=x', 'where[relations.target][equals]=x', 'where[provider.name][like]=x', 'pagination=maybe',
  'where=%7B%7D', 'where[]=1', '%E4%B8=1', 'a=%', 'trash=true', 'where[deletedAt][exists]=true',
]

const deepWhere = (depth: number) => `${'where'}${'[or][0]'.repeat(depth)}[title][equals]=x`
const manyParams = (n: number) => Array.from({ length: n }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&')

const contentTypes = [
  'application/json', 'Application/JSON', 'APPLICATION/JSON; charset=gbk', 'application/json, text/plain', 'application/ld+json',
  'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/xml', 'multipart/form-data; boundary=x',
  'multipart/form-data', 'multipart/mixed; boundary=y', 'image/png', '', 'application/json; boundary=%00', '*/*',
]

const bodies = (pick: <T>(xs: readonly T[]) => T, random: Random): Array<Buffer | string> => [
  '{"title":', '{{}', '[]', '"text"', 'null', '42', '\u0000', '{"a":1}}', '<?xml version="1.0"?><notice><title>x</title></notice>',
  'title=x&issuer=y', '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":\r\n--x--', '--x\r\nbroken',
  `${'{"a":'.repeat(pick([65, 500, 5000]))}1${'}'.repeat(pick([65, 500, 5000]))}`, Buffer.from(Array.from({ length: 256 }, () => Math.floor(random() * 256))),
  JSON.stringify({ title: 'x'.repeat(pick([10, 100_000])) }), JSON.stringify({ query: '{ Notices { docs { title } } }' }), '',
]

const authHeaders = (tokens: Record<string, string>, pick: <T>(xs: readonly T[]) => T): Array<Array<[string, string]>> => [
  [],
  [['Authorization', 'JWT garbage']],
  [['Authorization', 'Bearer x.y.z']],
  [['Authorization', 'JWT ' + 'a'.repeat(5000)]],
  [['Authorization', 'users API-Key nope']],
  [['Authorization', 'Basic YWRtaW46YWRtaW4=']],
  [['Cookie', 'payload-token=garbage']],
  [['Cookie', `payload-token=${pick(Object.values(tokens)).slice(0, -3)}xyz`]],
  [['Cookie', 'a'.repeat(8000)]],
]

const strayHeaders: Array<Array<[string, string]>> = [
  [],
  [['X-Forwarded-For', 'garbage, ::1, 999.1.1.1']],
  [['X-Forwarded-For', Array.from({ length: 200 }, (_, i) => `10.0.${i % 250}.1`).join(',')]],
  [['Accept-Encoding', '*;q=0, identity;q=0']],
  [['Accept', 'text/html;q=abc']],
  [['Range', 'bytes=999999999-']],
  [['If-None-Match', '*']],
  [['If-Modified-Since', 'not a date']],
  [['Origin', 'null']],
  [['X-Payload-HTTP-Method-Override', 'DELETE']],
  [['X-HTTP-Method-Override', 'DELETE']],
  [['Accept-Language', 'xx'.repeat(1000)]],
  [['X-Big', 'v'.repeat(20_000)]],
  [['Transfer-Encoding', 'chunked']],
  [['Content-Length', '-1']],
  [['Content-Length', '1e3']],
  [['Expect', '100-continue']],
]

const graphqlDocuments = [
  '{', '}', '{ Notices { docs { title } } }', '{Access{canAccessAdmin}}', '{ __schema { types { name fields { name } } } }',
  `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Notices { totalDocs }`).join(' ')} }`,
  `{ Notices { docs { ${'relations { target { '.repeat(30)}title${' } }'.repeat(30)} } } }`,
  '{ Notices(where: { title: { near: "1,2" } }) { docs { id } } }', '{ Notices(limit: -1, page: 1e20) { docs { id } } }',
  '{ Notices(where: { dateIssued: { greater_than: "garbage" } }) { docs { id } } }', '{ Notice(id: "abc") { title } }',
  '{ Users { docs { email hash salt } } }', '{ meUser { user { email } } }', 'query Q($x: Int!) { Notices(limit: $x) { totalDocs } }',
  'mutation { createNotice(data: {}) { id } }', 'mutation { deleteNotice(id: 1) { id } }', 'mutation { updateNotice(id: 1, data: { title: "x" }) { id } }',
  'mutation { loginUser(email: "nobody@example.gov.cn", password: "wrong-password-123") { token } }',
  'mutation { forgotPasswordUser(email: "nobody@example.gov.cn") }', 'subscription { x }', 'fragment F on Notice { ...F } { Notices { docs { ...F } } }',
  '{ Notices { docs { title @skip(if: "x") } } }', '{ Notices { docs { unknownField } } }', '\u0000', '{ Notices { docs { title } } } ' + '#'.repeat(100_000),
]

function graphqlBody(pick: <T>(xs: readonly T[]) => T, random: Random): string {
  const query = pick(graphqlDocuments)
  const shape = Math.floor(random() * 8)
  if (shape === 0) return query
  if (shape === 1) return JSON.stringify({ query: 1 })
  if (shape === 2) return JSON.stringify([{ query }, { query }])
  if (shape === 3) return JSON.stringify({ query, variables: 'x' })
  if (shape === 4) return JSON.stringify({ query, variables: { x: 'abc' }, operationName: 'Nope' })
  if (shape === 5) return JSON.stringify({ query: null })
  return JSON.stringify({ query })
}

const writeMethods = ['POST', 'PATCH', 'PUT', 'DELETE'] as const
const readMethods = ['GET', 'HEAD', 'OPTIONS'] as const
const oddMethods = ['TRACE', 'PROPFIND', 'BREW', 'get', 'M-SEARCH', 'PATCH '] as const

/** A request to the CMS. Signed-in staff only read: their writes could really change something. */
function cmsRequest(random: Random, tokens: Record<string, string>): Spec & { anonymousWrite: boolean } {
  const pick = pickWith(random)
  const roll = random()
  const collection = pick(collections)
  let target = `/api/${collection}${pick(pathSuffixes)}`
  if (random() < 0.6) target += `?${random() < 0.05 ? (random() < 0.5 ? deepWhere(pick([20, 200])) : manyParams(pick([100, 2000]))) : pick(queries)}`
  if (random() < 0.05) target = pick(['/', '/admin', '/api', '/api/', '/%00', '*', 'http://evil.example/api/notices', `/${'x'.repeat(10_000)}`, '/api/graphql-playground'])
  const headers = [...pick(strayHeaders)]

  if (roll < 0.2) {
    // GraphQL, as a stranger or signed in (queries only: mutations are sent anonymously).
    const body = graphqlBody(pick, random)
    const signedIn = random() < 0.5 && !/mutation/.test(body)
    if (signedIn) headers.push(['Authorization', `JWT ${pick(Object.values(tokens))}`])
    headers.push(['Content-Type', random() < 0.8 ? 'application/json' : pick(contentTypes)])
    return { method: random() < 0.9 ? 'POST' : pick(['GET', 'PUT', 'DELETE']), target: random() < 0.8 ? '/api/graphql' : `/api/graphql?query=${encodeURIComponent(pick(graphqlDocuments))}`, headers, body, kind: 'graphql', anonymousWrite: false }
  }
  if (roll < 0.55) {
    // A stranger's write, with whatever body and content type.
    headers.push(...pick(authHeaders(tokens, pick)))
    const type = pick(contentTypes)
    if (type) headers.push(['Content-Type', type])
    const body = pick(bodies(pick, random))
    return { method: pick(writeMethods), target, headers, body, kind: `anonymous write (${type || 'no content type'})`, anonymousWrite: true }
  }
  if (roll < 0.85) {
    // A signed-in read with a hostile URL or query.
    headers.push(['Authorization', `JWT ${pick(Object.values(tokens))}`])
    return { method: pick(readMethods), target, headers, kind: 'signed-in read', anonymousWrite: false }
  }
  headers.push(...pick(authHeaders(tokens, pick)))
  return { method: random() < 0.5 ? pick(oddMethods) : pick(readMethods), target, headers, kind: 'stranger, odd method or read', anonymousWrite: false }
}

const staticPaths = [
  '/', '/notices/', '/%00', '/notices/%00/index.html', `/${'a'.repeat(300)}`, `/${'a/'.repeat(3000)}`, '/%0aX/..%2Fnotices',
  '/%2Fevil.example/..%2Fnotices', '/%5Cevil.example/..%2Fnotices', '//evil.example/', '/%E4%B8', '/%', '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5cetc%5cpasswd', '/..%c0%af..%c0%afetc/passwd', '/%252e%252e/', '/.secret', '/index.html.gz',
  '/notices', '/notices?x=%00', '/notices/index.html/', '/deadlines.ics', '/pagefind/pagefind.js', '/_astro/app.abc123.js',
  '/notices/feed.xml', '/通知/', '/%E9%80%9A%E7%9F%A5/', '/\u00ff', '/;/', '/?%', '/#x', '*', 'http://evil.example/',
]

function staticRequest(random: Random): Spec {
  const pick = pickWith(random)
  const headers = [...pick(strayHeaders)]
  if (random() < 0.3) headers.push(['Accept-Encoding', pick(['gzip', 'br', 'br, gzip', 'deflate', 'x-unknown', 'gzip;q=abc', ''])])
  if (random() < 0.2) headers.push(['Range', pick(['bytes=0-1', 'bytes=500-2', 'bytes=-5', 'bytes=abc', 'bytes=0-1,4-5', `bytes=${'9'.repeat(30)}-`])])
  let target = pick(staticPaths)
  if (random() < 0.3) target += `?${pick(queries)}`
  const method = random() < 0.7 ? pick(['GET', 'HEAD']) : pick([...writeMethods, ...oddMethods, 'OPTIONS'])
  const body = writeMethods.includes(method as never) ? pick(['x', '{"a":1}', '']) : undefined
  return { method, target, headers, body, kind: 'static', }
}

// ── The run ───────────────────────────────────────────────────────────────────────────────────

let cms: TestCms
let site: Served
let siteDir: string
let tokens: Record<string, string>

beforeAll(async () => {
  cms = await bootCms({ http: true })
  const { loadCorpus } = await import('../../content/load.ts')
  const { seedCorpus } = await import('../../cms/seed/index.ts')
  await seedCorpus(cms.payload, await loadCorpus())
  tokens = {}
  for (const role of ['admin', 'publisher', 'editor'] as const) tokens[role] = await login(cms.url!, await createUser(cms.payload, role))

  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-fuzz-site-'))
  const page = (title: string) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main>${title}</main></body></html>`
  for (const [name, body] of Object.entries({
    'index.html': page('首页'),
    '404.html': page('页面不存在'),
    'notices/index.html': page('通知'),
    'notices/feed.xml': '<?xml version="1.0"?><feed/>',
    'deadlines.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    'pagefind/pagefind.js': 'export {}',
    '_astro/app.abc123.js': 'export {}',
    '.secret': 'never served',
  })) {
    fs.mkdirSync(path.dirname(path.join(siteDir, name)), { recursive: true })
    fs.writeFileSync(path.join(siteDir, name), body)
  }
  site = await serveStatic(siteDir)
}, 300_000)

afterAll(async () => {
  await cms?.close()
  await site?.close()
  if (siteDir) fs.rmSync(siteDir, { recursive: true, force: true })
})

describe('ten thousand generated bad requests', () => {
  it('get no 5xx, take neither server down, refuse strangers first and change nothing', async () => {
    const cmsUrl = new URL(cms.url!)
    const siteUrl = new URL(site.url)
    const before = await exportAll(cms.payload)
    const random = prng(20261201)
    const problems: string[] = []
    const byKind = new Map<string, number>()
    const total = 10_000
    const concurrency = 8

    const healthy = async () => {
      const api = await fetch(`${cms.url}/api/notices?limit=1`)
      const home = await fetch(site.url)
      return api.status === 200 && home.status === 200
    }

    // Generated up front from one seed, so a failing request can be found again by its number.
    const specs = Array.from({ length: total }, () => {
      const toCms = random() < 0.8
      return { toCms, spec: toCms ? cmsRequest(random, tokens) : staticRequest(random) }
    })
    let next = 0
    const worker = async () => {
      while (next < total) {
        const i = next++
        const { toCms, spec } = specs[i]!
        const port = Number((toCms ? cmsUrl : siteUrl).port)
        const answer = await send(port, encode(spec, `127.0.0.1:${port}`))
        byKind.set(spec.kind.split(' (')[0]!, (byKind.get(spec.kind.split(' (')[0]!) ?? 0) + 1)
        const where = `#${i} ${spec.kind}: ${spec.method} ${spec.target.slice(0, 120)}`
        if (answer.status >= 500) problems.push(`${where} → ${answer.status} ${answer.body.slice(0, 160)}`)
        // A stranger's write to a document (not the sign-in routes) is refused as such: its body is
        // never looked at, so a wrong body cannot teach a stranger the schema.
        const isDocumentWrite = toCms && 'anonymousWrite' in spec && spec.anonymousWrite && /^\/api\/(notices|topics|providers|faqs|forms|media)(\/|\?|$)/.test(spec.target)
        // Refusals of the request line or the address itself (Node's HTTP parser answers without a
        // body; the guard's URL check names the percent-encoding) come before any body too.
        const refusedAddress = answer.status === 400 && (answer.body === '' || /百分号编码|控制字符/.test(answer.body))
        if (isDocumentWrite && answer.status !== 0 && !refusedAddress && ![401, 403, 404, 405, 413, 414, 429, 431].includes(answer.status)) {
          problems.push(`${where} → ${answer.status} (a stranger's write must be refused first) ${answer.body.slice(0, 160)}`)
        }
        if (answer.status >= 200 && answer.status < 300 && spec.method !== 'GET' && spec.method !== 'HEAD' && spec.method !== 'OPTIONS' && spec.kind !== 'graphql') {
          problems.push(`${where} → ${answer.status}: a bad write was accepted`)
        }
        if (i % 1000 === 999) {
          if (!(await healthy())) problems.push(`after #${i}: a server stopped answering`)
          console.log(`${i + 1} / ${total} requests sent, ${problems.length} problems`)
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))

    expect(problems.slice(0, 25)).toEqual([])
    expect(await healthy()).toBe(true)
    expect([...byKind.values()].reduce((a, b) => a + b, 0)).toBe(total)
    for (const kind of ['graphql', 'anonymous write', 'signed-in read', 'stranger, odd method or read', 'static']) expect(byKind.get(kind), kind).toBeGreaterThan(500)
    expect(await exportAll(cms.payload)).toEqual(before)
    // A few minutes on an idle two-core machine; far longer when the machine is shared.
  }, 3_600_000)
})
