import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../cms/server/rateLimit.ts'
import { api, bootCms, createUser, type TestCms } from '../cms/helpers.ts'

describe('rate limiter', () => {
  it('allows `limit` hits per window, then says how long to wait', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    expect([limiter.hit('a', 0), limiter.hit('a', 1), limiter.hit('a', 2)]).toEqual([0, 0, 0])
    expect(limiter.hit('a', 10_000)).toBe(50)
    expect(limiter.hit('b', 10_000)).toBe(0)
    expect(limiter.hit('a', 60_001)).toBe(0)
  })
})

describe('the auth endpoints over HTTP', () => {
  let cms: TestCms
  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT = '4'
    cms = await bootCms({ http: true })
    await createUser(cms.payload, 'admin', 'admin@example.gov.cn')
  })
  afterAll(async () => {
    await cms?.close()
    delete process.env.AUTH_RATE_LIMIT
  })

  it('answers 429 with a Chinese message and Retry-After once a client tries too often', async () => {
    const attempt = (email: string) =>
      api<{ errors?: Array<{ message: string }> }>(cms.url!, 'POST', '/api/users/login', {
        body: { email, password: 'wrong-password' },
      })
    // Different accounts, so the per-account lock-out is not what stops them.
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await attempt(`nobody-${i}@example.gov.cn`)).status)
    expect(statuses.every((s) => s === 401 || s === 400)).toBe(true)
    const limited = await attempt('admin@example.gov.cn')
    expect(limited.status).toBe(429)
    expect(limited.body.errors?.[0]?.message).toMatch(/尝试过于频繁，请 \d+ 秒后再试/)
  })

  it('leaves reads alone', async () => {
    const response = await api(cms.url!, 'GET', '/api/notices?limit=1')
    expect(response.status).toBe(200)
  })
})
