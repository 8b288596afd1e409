import { limitAuth } from './rateLimit.ts'

/**
 * Checks a JSON request body before Payload sees it: well-formed, an object, not absurdly large
 * or deeply nested. Payload itself answers some such bodies with a 500; the public API should
 * say clearly, in Chinese, what is wrong with the request instead.
 */
export const maxJsonBytes = 2 * 1024 * 1024
export const maxJsonDepth = 64

type Problem = { status: number; message: string }

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
  if (Buffer.byteLength(text) > maxJsonBytes) {
    return { status: 413, message: `请求内容过大（上限 ${maxJsonBytes / 1024 / 1024} MB）` }
  }
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

const writes = new Set(['POST', 'PATCH', 'PUT'])

/**
 * Returns an error response for a bad JSON write (or an auth request over the rate limit), or the request to pass on (its body re-created,
 * since reading it consumed it). Uploads (multipart) and bodiless requests pass untouched.
 */
export async function guardRequest(request: Request, peer?: string): Promise<{ request: Request } | { response: Response }> {
  const limited = limitAuth(request, peer)
  if (limited) return { response: limited }
  const type = request.headers.get('content-type') ?? ''
  if (!writes.has(request.method) || !type.includes('application/json') || !request.body) return { request }
  // Bodies up to a sane size are read in full before answering, so the client gets the 413
  // rather than a reset connection; anything far beyond is refused without reading.
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > 16 * maxJsonBytes) return { response: errorResponse({ status: 413, message: `请求内容过大（上限 ${maxJsonBytes / 1024 / 1024} MB）` }) }
  const text = await request.text()
  const problem = text.trim() === '' ? undefined : checkJsonBody(text)
  if (problem) return { response: errorResponse(problem) }
  // Not `new Request(request, …)`: Next hands route handlers a proxied request, and copying one
  // throws "Cannot read private member #state", which made every JSON write under `npm start` a 500.
  return { request: new Request(request.url, { method: request.method, headers: request.headers, body: text }) }
}

function errorResponse({ status, message }: Problem): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
