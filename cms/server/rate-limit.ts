import http, { type IncomingMessage } from 'node:http'
import net from 'node:net'

/**
 * Sign-in protection shared by every way in (REST under any spelling of the path, GraphQL):
 * a per-client request budget for the auth operations, and the client address it is keyed on.
 * The budget is spent in the Users collection's operation hooks (cms/collections/Users/hooks/
 * sign-in.ts), which Payload runs whatever route or transport reached the operation.
 * In memory, per server process; behind a load balancer each instance keeps its own count.
 */
export interface RateLimiter {
  /** Seconds to wait when over the limit, else 0. */
  hit: (key: string, now?: number) => number
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return Math.ceil((recent[0]! + windowMs - now) / 1000)
      }
      recent.push(now)
      hits.set(key, recent)
      if (hits.size > 10_000) {
        for (const [k, times] of hits) if (times.every((t) => now - t >= windowMs)) hits.delete(k)
      }
      return 0
    },
  }
}

/**
 * The TCP peer of a request, written by our own servers (the API server, and the Next server
 * through cms/instrumentation.ts) over whatever a client sent under that name. Route handlers
 * do not see the socket, and Next keeps a client's own X-Forwarded-For, so the peer travels here.
 */
export const PEER_HEADER = 'x-jxjy-peer-address'

export function stampPeer(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
}

type TrustedProxies = { hops: number } | { addresses: net.BlockList; text: string }

/**
 * `TRUSTED_PROXY`: unset or `0` → the socket address is the client (nothing in front of the CMS);
 * a number N → N proxies in front, each appending to X-Forwarded-For, the client is the N-th
 * address from the right; a list of addresses or CIDR ranges → the right-most address not in it.
 */
export function parseTrustedProxy(value: string | undefined): TrustedProxies | undefined {
  const text = (value ?? '').trim()
  if (text === '' || text === '0' || text.toLowerCase() === 'off') return undefined
  if (/^\d+$/.test(text)) return { hops: Number(text) }
  const addresses = new net.BlockList()
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address = '', bits] = entry.split('/')
    const family = net.isIP(address)
    if (!family || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(`TRUSTED_PROXY 的值无效：「${entry}」不是 IP 地址或网段（示例：TRUSTED_PROXY=1 或 TRUSTED_PROXY=10.0.0.2,192.168.1.0/24）`)
    }
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) addresses.addAddress(address, type)
    else addresses.addSubnet(address, Number(bits), type)
  }
  return { addresses, text }
}

let parsed: { source: string | undefined; value: TrustedProxies | undefined } | undefined
function trustedProxies(): TrustedProxies | undefined {
  const source = process.env.TRUSTED_PROXY
  if (!parsed || parsed.source !== source) parsed = { source, value: parseTrustedProxy(source) }
  return parsed.value
}

const plainAddress = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').replace(/%.*$/, '')

function isTrusted(list: net.BlockList, address: string): boolean {
  const family = net.isIP(address)
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The address a limit is keyed on. An IPv6 client is keyed by its /64 network: one machine
 * usually holds a whole /64, and counting its addresses one by one would make the limit free.
 */
export function clientAddress(headers: Headers, peer?: string): string {
  const socket = plainAddress(peer ?? headers.get(PEER_HEADER) ?? '')
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map(plainAddress).filter(Boolean)
  const proxies = trustedProxies()
  let client: string
  if (!socket) {
    // No peer from our own server (not expected): the right-most entry is the one the nearest
    // hop wrote, the least forgeable; never the left-most.
    client = forwarded.at(-1) ?? 'unknown'
  } else if (!proxies) {
    client = socket
  } else {
    const chain = [...forwarded, socket]
    if ('hops' in proxies) client = chain[Math.max(0, chain.length - 1 - proxies.hops)]!
    else client = [...chain].reverse().find((address) => !isTrusted(proxies.addresses, address)) ?? chain[0]!
  }
  return limitKey(client)
}

function limitKey(address: string): string {
  if (net.isIP(address) !== 6) return address.slice(0, 64)
  const [head = '', tail] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  if ([...left, ...right].some((group) => group.includes('.'))) return address
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`
}

// Generous for people, tight for scripts. Kept on globalThis so every route bundle of the Next
// server (REST, GraphQL) spends the same budget.
const store = globalThis as { __jxjyAuthLimiter?: RateLimiter }
function limiter(): RateLimiter {
  return (store.__jxjyAuthLimiter ??= createRateLimiter({
    limit: Number(process.env.AUTH_RATE_LIMIT ?? 30),
    windowMs: Number(process.env.AUTH_RATE_WINDOW_MS ?? 60_000),
  }))
}

/** Spends one sign-in attempt of `client`; the seconds to wait when over the budget, else 0. */
export function spendAuthAttempt(client: string): number {
  return limiter().hit(client)
}

export const tooManyAttempts = (wait: number) => `尝试过于频繁，请 ${wait} 秒后再试`

/**
 * The path as Payload's router will understand it: `/api/users/%6cogin`, `/API//users/login/`
 * and `/api/users/login` are one endpoint and share one budget.
 */
export function normalisePath(pathname: string): string {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    // a malformed escape: match on the raw text
  }
  return decoded.toLowerCase().replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
}

/**
 * First-register is the one auth endpoint that is no collection operation with a hook of its own,
 * so it is limited here, before Payload sees the request. Login and password reset are limited in
 * the collection's hooks (any route, REST and GraphQL); the admin's unlock is not sign-in and is
 * not limited.
 */
export function limitAuth(request: Request, peer?: string): Response | undefined {
  if (request.method !== 'POST' || normalisePath(new URL(request.url).pathname) !== '/api/users/first-register') return undefined
  const wait = spendAuthAttempt(clientAddress(request.headers, peer))
  if (!wait) return undefined
  return Response.json({ errors: [{ message: tooManyAttempts(wait) }] }, { status: 429, headers: { 'Retry-After': String(wait) } })
}

/**
 * For the Next server (`next start`), whose route handlers never see the socket: every request
 * any HTTP server of this process receives gets its peer stamped before Next handles it.
 */
export function stampPeersOfEveryServer(): void {
  const proto = http.Server.prototype as http.Server & { __jxjyStamped?: boolean }
  if (proto.__jxjyStamped) return
  proto.__jxjyStamped = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stampPeer(args[0] as IncomingMessage)
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args)
  } as typeof proto.emit
}
