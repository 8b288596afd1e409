import { getPayload, type SanitizedConfig } from 'payload'
import { cleanName } from '../collections/Media/hooks/clean-file-name.ts'
import { graphqlValidationErrors } from './graphql-validation.ts'
import { limitAuth, normalisePath } from './rate-limit.ts'

/**
 * Checks a request before Payload sees it, for both ways the API is served (the Next route
 * handlers under `app/(payload)/api/` and `server/api-server.ts`): strangers' writes are refused
 * before their body is read; bodies must be JSON (or multipart for the admin's forms and uploads),
 * well-formed, not absurdly large or deeply nested; GraphQL bodies likewise. Payload itself
 * answers many such requests with a 500; the API says clearly, in Chinese, what is wrong instead.
 */
export const maxJsonBytes = 2 * 1024 * 1024
export const maxJsonDepth = 64
/** The largest upload (documents, see collections/Media) plus room for the form around it. */
export const maxMultipartBytes = 21 * 1024 * 1024

type Problem = { status: number; message: string }

const tooLarge = (limit: number): Problem => ({ status: 413, message: `请求内容过大（上限 ${Math.round(limit / 1024 / 1024)} MB）` })

/** Nesting depth of a JSON text, counted without recursion (a deep body must not blow the stack). */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91 /* { [ */) max = Math.max(max, ++depth)
    else if (c === 125 || c === 93 /* } ] */) depth--
  }
  return max
}

export function checkJsonBody(text: string): Problem | undefined {
  if (Buffer.byteLength(text) > maxJsonBytes) return tooLarge(maxJsonBytes)
  if (jsonDepth(text) > maxJsonDepth) return { status: 400, message: `请求内容嵌套层级过深（上限 ${maxJsonDepth} 层）` }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { status: 400, message: '请求内容不是有效的 JSON' }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { status: 400, message: '请求内容必须是 JSON 对象，例如 {"title": "…"}' }
  }
  return undefined
}

/**
 * The body, read chunk by chunk and no longer kept once it passes `limit`: a 200 MB body costs no
 * more memory than the limit. Past the limit the rest is read and dropped, up to `drainLimit`,
 * so a client that is still sending gets the 413 rather than a reset connection; beyond that the
 * connection is given up. Undefined when the body is too large.
 */
export async function readLimited(body: ReadableStream<Uint8Array>, limit: number, drainLimit = 16 * limit): Promise<Buffer | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return size > limit ? undefined : Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      chunks.length = 0
      if (size > drainLimit) {
        reader.releaseLock()
        return undefined
      }
    } else chunks.push(value)
  }
}

const writes = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * Writes a stranger may send: signing in and the steps around it, and GraphQL (whose reads are
 * public; its mutations check access themselves). Everything else needs a signed-in user.
 */
const anonymousWrites = /^\/api\/(graphql|users\/(login|logout|refresh-token|forgot-password|reset-password|first-register|verify\/[^/]*))\/?$/

type MediaType = 'json' | 'multipart' | 'none' | 'other'

/** The media type, compared case-insensitively ("Application/JSON" is JSON too). */
function mediaType(request: Request): MediaType {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === '') return 'none'
  if (type === 'application/json' || /^application\/[a-z0-9.+-]*\+json$/.test(type)) return 'json'
  if (type === 'multipart/form-data') return 'multipart'
  return 'other'
}

const unsupportedType: Problem = {
  status: 415,
  message: '不支持的请求内容类型：请以 application/json 发送（上传文件用 multipart/form-data）',
}

const graphqlShape: Problem = { status: 400, message: 'GraphQL 请求须以 application/json 发送，例如 {"query": "{ Notices { docs { title } } }"}' }

function rebuilt(request: Request, body: BodyInit | undefined): Request {
  // Not `new Request(request, …)`: Next hands route handlers a proxied request, and copying one
  // throws "Cannot read private member #state", which made every JSON write under `npm start` a 500.
  return new Request(request.url, { method: request.method, headers: request.headers, body })
}

async function signedIn(request: Request, config: SanitizedConfig | Promise<SanitizedConfig>): Promise<boolean> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return Boolean(user)
}

/** `/api/<auth collection>/verify/<token>` where that collection does not verify e-mail (Payload answered 500). */
async function withoutVerification(path: string, config: SanitizedConfig | Promise<SanitizedConfig>): Promise<Problem | undefined> {
  const match = /^\/api\/([^/]+)\/verify(\/|$)/.exec(path)
  if (!match) return undefined
  const collection = (await config).collections.find((c) => c.slug === match[1])
  if (!collection?.auth || collection.auth.verify) return undefined
  return { status: 404, message: '本系统不使用邮箱验证链接：账号由管理员创建后即可登录' }
}

/** Addresses Payload would choke on: broken percent-encoding (`decodeURIComponent` throws) or control characters. */
function malformedEncoding(url: URL): Problem | undefined {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
    for (const part of url.search.slice(1).split('&')) decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return { status: 400, message: '网址中的百分号编码（%）不正确：请检查地址或查询参数' }
  }
  // A NUL or another control character in a path reached the file system (media files): a 500.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return { status: 400, message: '网址中含有控制字符（如 %00）' }
  return undefined
}

/** `/api/<collection>/versions…` where that collection keeps no versions (Payload answered 500). */
async function withoutVersions(path: string, config: SanitizedConfig | Promise<SanitizedConfig>): Promise<Problem | undefined> {
  const match = /^\/api\/(?:globals\/)?([^/]+)\/versions(\/|$)/.exec(path)
  if (!match) return undefined
  const { collections, globals } = await config
  const target = collections.find((c) => c.slug === match[1]) ?? globals.find((g) => g.slug === match[1])
  if (!target || target.versions) return undefined
  return { status: 404, message: '该内容不保存历史版本' }
}

/**
 * The admin sends long list queries (relationship pickers, list views) as POST with
 * `X-Payload-HTTP-Method-Override: GET` and the query string as a form-urlencoded body; Payload
 * then handles them as the GET they are. They are reads: strangers may send them, and their
 * body is checked as a query string.
 */
function isReadSentAsPost(request: Request): boolean {
  if (request.method !== 'POST') return false
  return request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET'
}

async function guardReadSentAsPost(request: Request): Promise<{ request: Request } | { response: Response }> {
  if (!request.body) return { request }
  const bytes = await readLimited(request.body, maxJsonBytes)
  if (!bytes) return { response: errorResponse(tooLarge(maxJsonBytes)) }
  const text = bytes.toString('utf8')
  const type = mediaType(request)
  if (type === 'json') {
    const problem = text.trim() === '' ? undefined : checkJsonBody(text)
    if (problem) return { response: errorResponse(problem) }
  } else if ((request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded') {
    const malformed = malformedEncoding(new URL(`http://x/?${text}`))
    if (malformed) return { response: errorResponse(malformed) }
  } else if (type !== 'none') {
    return { response: errorResponse({ status: 415, message: '以 POST 代替 GET 的查询须以 application/x-www-form-urlencoded 发送查询参数' }) }
  }
  return { request: rebuilt(request, text) }
}

export interface GuardOptions {
  /** The direct peer's address, for the sign-in rate limit. */
  peer?: string
  /** With the config, strangers' writes are refused before their body is read. */
  config?: SanitizedConfig | Promise<SanitizedConfig>
}

/**
 * Returns an error response for a request that must not reach Payload, or the request to pass
 * on (its body re-created when reading it consumed it). Bodiless requests pass untouched.
 */
export async function guardRequest(request: Request, options: GuardOptions | string = {}): Promise<{ request: Request } | { response: Response }> {
  const { peer, config } = typeof options === 'string' ? { peer: options } : options
  const malformed = malformedEncoding(new URL(request.url))
  if (malformed) return { response: errorResponse(malformed) }
  const limited = limitAuth(request, peer)
  if (limited) return { response: limited }
  const pathname = new URL(request.url).pathname
  const unserved = config && ((await withoutVerification(pathname, config)) ?? (await withoutVersions(pathname, config)))
  if (unserved) return { response: errorResponse(unserved) }
  if (!writes.has(request.method)) return { request }
  if (isReadSentAsPost(request)) return guardReadSentAsPost(request)
  const path = new URL(request.url).pathname
  // The body is left unread (not cancelled: that resets the connection before the answer).
  // Matched as the sign-in limit matches it (decoded, any case): /api/users/%6cogin is a sign-in too.
  if (config && !anonymousWrites.test(normalisePath(path)) && !(await signedIn(request, config))) {
    return { response: errorResponse({ status: 401, message: '请先登录：只有登录的工作人员可以修改内容' }) }
  }
  const isGraphql = /^\/api\/graphql\/?$/.test(path)
  if (!request.body) return isGraphql ? { response: errorResponse(graphqlShape) } : { request }

  const type = mediaType(request)
  const limit = type === 'multipart' ? maxMultipartBytes : maxJsonBytes
  // A declared length far over the limit is refused without reading a byte; otherwise the body
  // is read (and kept only up to the limit), so the client gets the 413, not a reset connection.
  if (Number(request.headers.get('content-length') ?? 0) > 16 * limit) {
    return { response: errorResponse(tooLarge(limit)) }
  }
  const bytes = await readLimited(request.body, limit)
  if (!bytes) return { response: errorResponse(tooLarge(limit)) }
  if (bytes.length === 0) {
    return isGraphql ? { response: errorResponse(graphqlShape) } : { request: rebuilt(request, undefined) }
  }

  if (type === 'multipart') {
    // Parsed here once so a broken form is a 400, not the upload parser's 500, and passed on
    // re-encoded: well-formed, file names without control or direction characters.
    const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': request.headers.get('content-type')! } }).formData().catch(() => undefined)
    if (!form) return { response: errorResponse({ status: 400, message: '上传的表单数据（multipart/form-data）格式不正确' }) }
    const fields = form.get('_payload')
    const problem = typeof fields === 'string' ? checkJsonBody(fields) : undefined
    if (problem) return { response: errorResponse(problem) }
    const clean = new FormData()
    for (const [name, value] of form) {
      clean.append(cleanName(name), typeof value === 'string' ? value : new File([value], cleanName(value.name), { type: value.type }))
    }
    const headers = new Headers(request.headers)
    headers.delete('content-type')
    headers.delete('content-length')
    return { request: new Request(request.url, { method: request.method, headers, body: clean }) }
  }
  if (type !== 'json') return { response: errorResponse(isGraphql ? graphqlShape : unsupportedType) }
  const text = bytes.toString('utf8')
  const problem = text.trim() === '' ? undefined : checkJsonBody(text)
  if (problem) return { response: errorResponse(problem) }
  if (isGraphql && config && text.trim() !== '') {
    const invalid = await graphqlValidationErrors(JSON.parse(text), config)
    if (invalid) return { response: Response.json({ errors: invalid.map((message) => ({ message })) }, { status: 400 }) }
  }
  return { request: rebuilt(request, text) }
}

function errorResponse({ status, message }: Problem): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
