/**
 * A per-client limit on the authentication endpoints (login, password reset, first user), on top
 * of Payload's per-account lock-out: it slows guessing across many accounts from one address.
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

const authPaths = /^\/api\/users\/(login|forgot-password|reset-password|first-register|unlock)\/?$/

// Generous for people (Payload already locks an account after 5 wrong passwords), tight for
// scripts. Made on first use, so the environment is read when the server runs.
let authLimiter: RateLimiter | undefined
const limiter = () =>
  (authLimiter ??= createRateLimiter({
    limit: Number(process.env.AUTH_RATE_LIMIT ?? 30),
    windowMs: Number(process.env.AUTH_RATE_WINDOW_MS ?? 60_000),
  }))

/** The client's address as the proxy in front of us reports it, else the direct peer. */
export function clientKey(request: Request, peer?: string): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('x-real-ip') || peer || 'unknown'
}

/** A 429 for a client over the limit on an auth endpoint, else undefined. */
export function limitAuth(request: Request, peer?: string): Response | undefined {
  if (request.method !== 'POST' || !authPaths.test(new URL(request.url).pathname)) return undefined
  const wait = limiter().hit(clientKey(request, peer))
  if (!wait) return undefined
  return Response.json(
    { errors: [{ message: `尝试过于频繁，请 ${wait} 秒后再试` }] },
    { status: 429, headers: { 'Retry-After': String(wait) } },
  )
}
