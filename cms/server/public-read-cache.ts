/**
 * A short-lived cache of what strangers read from the REST API. Every anonymous reader of
 * `/api/notices/7` gets the same published document, and building it (access, hooks, relations,
 * JSON) costs the CMS's one thread a few milliseconds: at 32 readers at once that queued up to a
 * quarter of a second. Only anonymous GETs answered 200 are kept, for `CMS_PUBLIC_CACHE_MS`
 * (default 5 s; 0 turns the cache off), and all of them are dropped whenever anything is saved
 * or deleted — by a request (when it ends, after its transaction) or through the Local API (the
 * collection hooks, e.g. a scheduled publish). A read that overlapped a write is not kept. With
 * several CMS instances (MongoDB) another instance's save reaches this one's cache only through
 * the expiry, so a stranger may see the previous published version for up to that long.
 */
export interface CachedRead {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array
  storedAt: number
}

interface CacheState {
  entries: Map<string, CachedRead>
  bytes: number
  generation: number
  writesInFlight: number
}

const maxEntries = 1000
const maxBytes = 64 * 1024 * 1024
const maxEntryBytes = 1024 * 1024

// On globalThis: Next bundles route handlers and collection hooks apart; all must share one cache.
const holder = globalThis as typeof globalThis & { __jxjyPublicReads?: CacheState }
const state = (holder.__jxjyPublicReads ??= { entries: new Map(), bytes: 0, generation: 0, writesInFlight: 0 })

export function publicReadTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CMS_PUBLIC_CACHE_MS ?? 5_000)
  return Number.isFinite(value) && value > 0 ? value : 0
}

export function invalidatePublicReads(): void {
  state.generation++
  state.entries.clear()
  state.bytes = 0
}

const hasCredentials = (request: Request) =>
  request.headers.has('authorization') || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

const isRead = (request: Request) =>
  ['GET', 'HEAD', 'OPTIONS'].includes(request.method) ||
  request.headers.get('x-payload-http-method-override') === 'GET' ||
  request.headers.get('x-http-method-override') === 'GET'

/** A request that may change documents: any write, except a stranger's GraphQL (reads, or refused). */
function mayWrite(request: Request): boolean {
  if (isRead(request)) return false
  return !/^\/api\/graphql\/?$/.test(new URL(request.url).pathname) || hasCredentials(request)
}

function cacheable(request: Request): boolean {
  return request.method === 'GET' && !hasCredentials(request) && new URL(request.url).pathname.startsWith('/api/')
}

function store(key: string, entry: CachedRead): void {
  state.entries.delete(key)
  state.entries.set(key, entry)
  state.bytes += entry.body.byteLength
  for (const [oldest, old] of state.entries) {
    if (state.entries.size <= maxEntries && state.bytes <= maxBytes) break
    state.entries.delete(oldest)
    state.bytes -= old.body.byteLength
  }
}

/** Answers `request` through `handle`, from the cache when a stranger's read allows it. */
export async function withPublicReadCache(request: Request, handle: () => Promise<Response>): Promise<Response> {
  if (mayWrite(request)) {
    state.writesInFlight++
    try {
      return await handle()
    } finally {
      state.writesInFlight--
      invalidatePublicReads()
    }
  }
  const ttl = publicReadTtlMs()
  if (ttl === 0 || !cacheable(request)) return handle()
  const key = request.url
  const hit = state.entries.get(key)
  if (hit && Date.now() - hit.storedAt < ttl) {
    return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ['x-cms-cache', 'hit']] })
  }
  const generation = state.generation
  const response = await handle()
  if (response.status !== 200 || response.headers.has('set-cookie') || !response.body) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = [...response.headers]
  if (body.byteLength <= maxEntryBytes && state.writesInFlight === 0 && generation === state.generation) {
    store(key, { status: response.status, headers, body, storedAt: Date.now() })
  }
  return new Response(body, { status: response.status, headers })
}
