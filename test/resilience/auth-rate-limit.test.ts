/**
 * The per-client sign-in budget: keyed on the socket address (X-Forwarded-For only through a
 * configured TRUSTED_PROXY), spent by every way to login / forgot / reset — any spelling of the
 * REST path, GraphQL's mutations — and not by an admin's unlock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { clientAddress, createRateLimiter, normalisePath, parseTrustedProxy, PEER_HEADER } from '../../cms/server/rate-limit.ts'
import { api, bootCms, createUser, type TestCms, type TestUser } from '../cms/helpers.ts'

describe('rate limiter', () => {
  it('allows `limit` hits per window, then says how long to wait', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    expect([limiter.hit('a', 0), limiter.hit('a', 1), limiter.hit('a', 2)]).toEqual([0, 0, 0])
    expect(limiter.hit('a', 10_000)).toBe(50)
    expect(limiter.hit('b', 10_000)).toBe(0)
    expect(limiter.hit('a', 60_001)).toBe(0)
  })
})

describe('the client address', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY
  })
  const from = (peer: string, forwarded?: string) => {
    const headers = new Headers(forwarded === undefined ? {} : { 'x-forwarded-for': forwarded })
    return clientAddress(headers, peer)
  }

  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(from('192.0.2.1', '10.9.9.9')).toBe('192.0.2.1')
    expect(from('::ffff:192.0.2.1', '1.1.1.1, 2.2.2.2')).toBe('192.0.2.1')
    // our servers stamp the peer into a header, over anything a client sent under that name
    expect(clientAddress(new Headers({ [PEER_HEADER]: '192.0.2.3', 'x-forwarded-for': '9.9.9.9' }))).toBe('192.0.2.3')
  })

  it('TRUSTED_PROXY=N skips N hops from the right', () => {
    process.env.TRUSTED_PROXY = '1'
    expect(from('10.0.0.2', 'forged, 198.51.100.7')).toBe('198.51.100.7')
    expect(from('10.0.0.2')).toBe('10.0.0.2')
    process.env.TRUSTED_PROXY = '2'
    expect(from('10.0.0.2', 'forged, 198.51.100.7, 10.0.0.3')).toBe('198.51.100.7')
    expect(from('10.0.0.2', '198.51.100.7')).toBe('198.51.100.7')
  })

  it('TRUSTED_PROXY=<addresses> takes the right-most address that is not a trusted proxy', () => {
    process.env.TRUSTED_PROXY = '10.0.0.0/8, 2001:db8:ffff::1'
    expect(from('10.0.0.2', 'forged, 198.51.100.7, 10.1.2.3')).toBe('198.51.100.7')
    expect(from('2001:db8:ffff::1', '198.51.100.8')).toBe('198.51.100.8')
    // a peer that is not a trusted proxy is the client, whatever it forwards
    expect(from('203.0.113.5', 'forged')).toBe('203.0.113.5')
  })

  it('keys IPv6 clients by their /64', () => {
    expect(from('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(from('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64')
    expect(from('2001:db8:1:3::1')).not.toBe(from('2001:db8:1:2::1'))
  })

  it('refuses a TRUSTED_PROXY it cannot read, in Chinese', () => {
    expect(() => parseTrustedProxy('proxy.example')).toThrow(/TRUSTED_PROXY 的值无效/)
    expect(parseTrustedProxy('0')).toBeUndefined()
  })

  it('normalises the spellings of one path', () => {
    for (const path of ['/api/users/%6cogin', '/API//users/login/', '/api/users/LOGIN', '/api/users/login']) expect(normalisePath(path)).toBe('/api/users/login')
  })
})

describe('the auth endpoints over HTTP', () => {
  let cms: TestCms
  let admin: TestUser
  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT = '4'
    cms = await bootCms({ http: true })
    admin = await createUser(cms.payload, 'admin', 'admin@example.gov.cn')
  })
  afterAll(async () => {
    await cms?.close()
    delete process.env.AUTH_RATE_LIMIT
    delete process.env.TRUSTED_PROXY
  })

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${cms.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() }
  }
  const wrongLogin = (path = '/api/users/login', headers: Record<string, string> = {}) => post(path, { email: `nobody-${Math.random()}@example.gov.cn`, password: 'wrong-password-12' }, headers)
  const gql = (query: string, headers: Record<string, string> = {}) => post('/api/graphql', { query }, headers)

  it('answers 429 with a Chinese message and Retry-After once a client tries too often, however it rotates X-Forwarded-For', async () => {
    const statuses = []
    // Different accounts and forged addresses: neither the lock-out nor the header may matter.
    for (let i = 0; i < 4; i++) statuses.push((await wrongLogin('/api/users/login', { 'x-forwarded-for': `198.18.0.${i + 1}`, 'x-real-ip': `198.18.1.${i}` })).status)
    expect(statuses.every((s) => s === 401 || s === 400)).toBe(true)
    const limited = await post('/api/users/login', { email: admin.email, password: admin.password }, { 'x-forwarded-for': '198.18.0.99' })
    expect(limited.status).toBe(429)
    expect(JSON.parse(limited.text).errors?.[0]?.message).toMatch(/尝试过于频繁，请 \d+ 秒后再试/)
    expect(Number(limited.retryAfter)).toBeGreaterThan(0)
  })

  // From here on one trusted proxy reports the client, so each case has a fresh client address.
  // This API server answers 404 to some spellings Next serves as login; whichever serves them,
  // the limit is in the login operation itself (test/e2e/sign-in.test.ts checks it under Next).
  it.each([
    ['/api/users/%6cogin', 'x1'],
    ['/api/users/login/', 'x2'],
    ['/api/users/LOGIN', 'x3'],
  ])('%s spends the same budget as /api/users/login', async (spelling, _case) => {
    process.env.TRUSTED_PROXY = '1'
    const client = { 'x-forwarded-for': `203.0.113.${10 + Number(_case.slice(1))}` }
    const first = await wrongLogin(spelling, client)
    expect([401, 404]).toContain(first.status)
    if (first.status === 404) return // not served here: it reaches no sign-in
    for (let i = 0; i < 3; i++) await wrongLogin(spelling, client)
    expect((await wrongLogin('/api/users/login', client)).status).toBe(429)
    expect((await wrongLogin(spelling, client)).status).toBe(429)
  })

  it('GraphQL loginUser, forgotPasswordUser and resetPasswordUser share the budget with REST', async () => {
    process.env.TRUSTED_PROXY = '1'
    const client = { 'x-forwarded-for': '203.0.113.40' }
    await wrongLogin('/api/users/login', client)
    await gql('mutation { loginUser(email: "nobody@example.gov.cn", password: "wrong-password-12") { token } }', client)
    await gql('mutation { forgotPasswordUser(email: "nobody@example.gov.cn") }', client)
    await gql('mutation { resetPasswordUser(token: "0123abcd", password: "Another-long-password-1") { token } }', client)
    const over = await gql(`mutation { loginUser(email: "${admin.email}", password: "${admin.password}") { token } }`, client)
    expect(over.text).toMatch(/尝试过于频繁，请 \d+ 秒后再试/)
    expect(over.text).not.toMatch(/"token":"/)
    // and the budget was GraphQL's to spend: a fresh client signs in through GraphQL
    const fresh = await gql(`mutation { loginUser(email: "${admin.email}", password: "${admin.password}") { token } }`, { 'x-forwarded-for': '203.0.113.41' })
    expect(fresh.text).toMatch(/"token":"/)
  })

  it('aliases in one GraphQL request each spend the budget', async () => {
    process.env.TRUSTED_PROXY = '1'
    const guesses = Array.from({ length: 6 }, (_, i) => `g${i}: loginUser(email: "${admin.email}", password: "guess-password-${i}") { token }`).join('\n')
    const r = await gql(`mutation { ${guesses} }`, { 'x-forwarded-for': '203.0.113.50' })
    expect(r.text).toMatch(/尝试过于频繁/)
  })

  it("an admin's unlock is not sign-in: it spends nothing", async () => {
    process.env.TRUSTED_PROXY = '1'
    const client = { 'x-forwarded-for': '203.0.113.60' }
    const signedIn = await post('/api/users/login', { email: admin.email, password: admin.password }, { 'x-forwarded-for': '203.0.113.61' })
    const token = (JSON.parse(signedIn.text) as { token?: string }).token
    expect(token).toBeTruthy()
    for (let i = 0; i < 8; i++) expect((await post('/api/users/unlock', { email: admin.email }, { ...client, authorization: `JWT ${token}` })).status).toBe(200)
    expect((await post('/api/users/login', { email: admin.email, password: admin.password }, client)).status).toBe(200)
  })

  it('first-register, under any spelling, spends the budget too', async () => {
    process.env.TRUSTED_PROXY = '1'
    const client = { 'x-forwarded-for': '203.0.113.70' }
    const body = { email: 'late@example.gov.cn', password: 'A-long-enough-password-1' }
    for (let i = 0; i < 4; i++) expect((await post('/api/users/first-register', body, client)).status).not.toBe(429)
    expect((await post('/api/users/first-%72egister/', body, client)).status).toBe(429)
  })

  it('leaves reads alone', async () => {
    const response = await api(cms.url!, 'GET', '/api/notices?limit=1')
    expect(response.status).toBe(200)
  })
})
