/**
 * Accounts: the first account on a fresh install becomes admin, later ones start as 起草;
 * nobody raises their own role; password hashes, salts and reset tokens never leave the server;
 * passwords are 12+ characters and not common; wrong passwords lock one account on one address;
 * an unknown address costs the same key derivation as a known one; forgot-password mails a
 * Chinese reset link (a real SMTP server in the test) that resets the password.
 */
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSmtp, type TestSmtp } from '../lib/smtp.ts'
import { api, bootCms, createUser, graphql, login, provinceWorkspace, type TestCms } from './helpers.ts'

const publicUrl = 'https://cms.jxjy.test'
let cms: TestCms
let smtp: TestSmtp
beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = '安徽专技继续教育（测试） <noreply@jxjy.test>'
  // The reset link must use the configured address, never the request's Host header.
  process.env.CMS_PUBLIC_URL = publicUrl
  // The per-client budget is test/resilience/auth-rate-limit.test.ts's subject; here it must not interfere.
  process.env.AUTH_RATE_LIMIT = '10000'
  cms = await bootCms({ http: true })
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'MAIL_FROM', 'CMS_PUBLIC_URL', 'AUTH_RATE_LIMIT', 'TRUSTED_PROXY']) delete process.env[name]
})

const secretFields = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions']

const weakPasswords: [string, RegExp][] = [
  ['123', /密码：至少 12 个字符（现在 3 个）/],
  ['Password2026!', /密码：这是最常见/],
  ['qwertyuiop123', /密码：这是最常见/],
  ['123456789012', /密码：这是最常见/],
]

describe('first account', () => {
  it.each(weakPasswords)('the first account cannot be made with %j', async (password, message) => {
    const r = await api(cms.url!, 'POST', '/api/users/first-register', { body: { email: 'first@ahrst.gov.cn', password } })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toMatch(message)
    expect((await cms.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('the admin create-first-user screen makes an admin even when asked for less', async () => {
    const first = await api<{ user?: { role?: string } }>(cms.url!, 'POST', '/api/users/first-register', {
      body: { email: 'first@ahrst.gov.cn', password: 'First-account-pw-1', role: 'editor' },
    })
    expect(first.status).toBe(200)
    expect(first.body.user?.role).toBe('admin')
    // a second first-register is refused: the install is no longer fresh
    const again = await api(cms.url!, 'POST', '/api/users/first-register', { body: { email: 'second@ahrst.gov.cn', password: 'Second-account-pw-1' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('later accounts start as 起草 unless an admin says otherwise', async () => {
    const token = await login(cms.url!, { email: 'first@ahrst.gov.cn', password: 'First-account-pw-1' })
    const created = await api<{ doc: { role: string } }>(cms.url!, 'POST', '/api/users', { token, body: { email: 'later@ahrst.gov.cn', password: 'Later-account-pw-1', workspaces: [await provinceWorkspace(cms.payload)] } })
    expect(created.status).toBe(201)
    expect(created.body.doc.role).toBe('editor')
  })
})

describe('roles', () => {
  it.each(['editor', 'publisher'] as const)('a %s cannot raise their own role (REST, GraphQL, Local API)', async (role) => {
    const user = await createUser(cms.payload, role)
    const token = await login(cms.url!, user)
    const r = await api<{ doc?: { role: string } }>(cms.url!, 'PATCH', `/api/users/${user.id}`, { token, body: { role: 'admin', name: '改名' } })
    expect(r.status).toBe(200)
    expect(r.body.doc?.role).toBe(role)
    await graphql(cms.url!, 'mutation($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }', { token, variables: { id: user.id } })
    await cms.payload.update({ collection: 'users', id: user.id, data: { role: 'admin' }, overrideAccess: false, user: user.doc })
    const stored = await cms.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
    expect(stored.role).toBe(role)
    expect(stored.name).toBe('改名')
  })

  it('an editor cannot edit another account', async () => {
    const editor = await createUser(cms.payload, 'editor')
    const other = await createUser(cms.payload, 'editor')
    const token = await login(cms.url!, editor)
    const r = await api(cms.url!, 'PATCH', `/api/users/${other.id}`, { token, body: { name: '他人' } })
    expect(r.status).toBeGreaterThanOrEqual(400)
  })

  it('an admin sets roles, but the last admin cannot be demoted or deleted', async () => {
    const { docs: admins } = await cms.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })
    for (const extra of admins.slice(1)) await cms.payload.update({ collection: 'users', id: extra.id, data: { role: 'editor' }, overrideAccess: true })
    const only = admins[0]!
    const token = await login(cms.url!, { email: only.email, password: 'First-account-pw-1' })
    const demote = await api<{ errors?: { message: string }[] }>(cms.url!, 'PATCH', `/api/users/${only.id}`, { token, body: { role: 'editor' } })
    expect(demote.status).toBe(400)
    expect(demote.body.errors?.[0]?.message).toContain('至少要保留一名管理员')
    const editor = await createUser(cms.payload, 'editor')
    const promote = await api<{ doc: { role: string } }>(cms.url!, 'PATCH', `/api/users/${editor.id}`, { token, body: { role: 'publisher' } })
    expect(promote.body.doc.role).toBe('publisher')
    expect((await api(cms.url!, 'DELETE', `/api/users/${only.id}`, { token })).status).toBe(400)
  })
})

describe('secrets never leave the server', () => {
  it('no hash, salt or reset token in REST, GraphQL or Local API answers, even to admins', async () => {
    const admin = await createUser(cms.payload, 'admin')
    const editor = await createUser(cms.payload, 'editor')
    await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: editor.email } })
    const raw = await cms.payload.db.findOne<{ id: number } & Record<string, unknown>>({ collection: 'users', where: { id: { equals: editor.id } } })
    expect(raw?.resetPasswordToken, 'the token exists in the database').toBeTruthy()

    for (const who of [admin, editor]) {
      const token = await login(cms.url!, who)
      for (const path of [`/api/users/${editor.id}`, `/api/users/${editor.id}?showHiddenFields=true&depth=2`, '/api/users?limit=100', '/api/users/me']) {
        const r = await api(cms.url!, 'GET', path, { token })
        const text = JSON.stringify(r.body)
        for (const field of secretFields.filter((f) => f !== 'sessions')) expect(text, `${path} ${field}`).not.toContain(`"${field}"`)
        expect(text).not.toContain(String(raw?.resetPasswordToken))
      }
      const g = await graphql(cms.url!, `{ Users { docs { email } } }`, { token })
      expect(g.errors ?? []).toEqual([])
      const sneaky = await graphql(cms.url!, `{ Users { docs { hash salt resetPasswordToken } } }`, { token })
      // the schema has no such fields (an error), or they come back empty — never a value
      const values = JSON.stringify(sneaky.data ?? {})
      expect(values).not.toMatch(/"(hash|salt|resetPasswordToken)":"[^"]/)
    }
    const local = (await cms.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: false, user: admin.doc })) as unknown as Record<string, unknown>
    for (const field of ['hash', 'salt', 'resetPasswordToken']) expect(local[field]).toBeUndefined()
  })
})

describe('passwords', () => {
  it('an admin cannot give a new account a weak password (REST, GraphQL, Local API)', async () => {
    const admin = await createUser(cms.payload, 'admin')
    const token = await login(cms.url!, admin)
    for (const [password, message] of weakPasswords) {
      const rest = await api(cms.url!, 'POST', '/api/users', { token, body: { email: `weak-${crypto.randomUUID().slice(0, 6)}@ahrst.gov.cn`, password } })
      expect(rest.status, password).toBe(400)
      expect(JSON.stringify(rest.body)).toMatch(message)
      const g = await graphql(cms.url!, 'mutation($p: String!) { createUser(data: { email: "weak-g@ahrst.gov.cn", password: $p, role: editor }) { id } }', { token, variables: { p: password } })
      // The policy's own words: a GraphQL validation error would mention "password" too.
      expect(JSON.stringify(g.errors)).toMatch(message)
      await expect(cms.payload.create({ collection: 'users', data: { email: 'weak-l@ahrst.gov.cn', password, role: 'editor' }, overrideAccess: true })).rejects.toThrow()
    }
    const { totalDocs } = await cms.payload.count({ collection: 'users', where: { email: { like: 'weak-' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('the owner cannot change to a weak password, nor to their own email or its name part', async () => {
    const user = await createUser(cms.payload, 'editor', 'wangwu.anhui@ahrst.gov.cn')
    const token = await login(cms.url!, user)
    for (const password of ['short', 'wangwu.anhui@ahrst.gov.cn', 'wangwu.anhui', 'Wangwu.Anhui2026!']) {
      const r = await api(cms.url!, 'PATCH', `/api/users/${user.id}`, { token, body: { password } })
      expect(r.status, password).toBe(400)
      expect(JSON.stringify(r.body)).toMatch(/密码：/)
    }
    await expect(login(cms.url!, user), 'the old password still works').resolves.toBeTruthy()
    const fine = await api(cms.url!, 'PATCH', `/api/users/${user.id}`, { token, body: { password: '淮河两岸稻花香里说丰年好' } })
    expect(fine.status).toBe(200)
    await expect(login(cms.url!, { email: user.email, password: '淮河两岸稻花香里说丰年好' })).resolves.toBeTruthy()
  })
})

/** A sign-in as it arrives through one trusted proxy that reports the client as `from`. */
async function signIn(email: string, password: string, from: string) {
  const res = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  })
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { token?: string; errors?: { message: string }[] } }
}

describe('lock-out', () => {
  beforeAll(() => {
    process.env.TRUSTED_PROXY = '1'
  })
  afterAll(() => {
    delete process.env.TRUSTED_PROXY
  })

  it('five wrong passwords lock the account on that address for 15 minutes, and the message says so', async () => {
    const user = await createUser(cms.payload, 'editor')
    for (let i = 0; i < 5; i++) expect((await signIn(user.email, 'wrong-password-12', '203.0.113.7')).status).toBe(401)
    const locked = await signIn(user.email, user.password, '203.0.113.7')
    expect(locked.status).toBe(429)
    expect(locked.body.errors?.[0]?.message).toMatch(/已锁定 15 分钟（约 15 分钟后可再试）/)
    expect(Number(locked.retryAfter)).toBeGreaterThan(14 * 60)
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(15 * 60)
    // GraphQL is the same door
    const g = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: user.email, p: user.password } }),
    })
    expect(JSON.stringify(await g.json())).toMatch(/已锁定 15 分钟/)
  })

  it('an attacker cannot lock the owner out: the owner signs in from their own address', async () => {
    const admin = await createUser(cms.payload, 'admin')
    for (let i = 0; i < 12; i++) await signIn(admin.email, `guess-number-${i}-x`, '203.0.113.8')
    expect((await signIn(admin.email, admin.password, '203.0.113.8')).status).toBe(429)
    const owner = await signIn(admin.email, admin.password, '198.51.100.20')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
    // an IPv6 client is one client across its /64
    for (let i = 0; i < 5; i++) await signIn(admin.email, 'wrong-password-12', `2001:db8:1:2::${i + 1}`)
    expect((await signIn(admin.email, admin.password, '2001:db8:1:2:ffff::9')).status).toBe(429)
    expect((await signIn(admin.email, admin.password, '2001:db8:1:3::1')).status).toBe(200)
  })

  it('unknown addresses lock the same way (the lock does not tell which accounts exist)', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('nobody-here@ahrst.gov.cn', 'wrong-password-12', '203.0.113.9')).status).toBe(401)
    const r = await signIn('nobody-here@ahrst.gov.cn', 'wrong-password-12', '203.0.113.9')
    expect(r.status).toBe(429)
    expect(r.body.errors?.[0]?.message).toMatch(/已锁定 15 分钟/)
  })

  it('four wrong passwords do not lock; a success forgives them', async () => {
    const user = await createUser(cms.payload, 'editor')
    for (let i = 0; i < 4; i++) await signIn(user.email, 'wrong-password-12', '203.0.113.10')
    expect((await signIn(user.email, user.password, '203.0.113.10')).status).toBe(200)
    for (let i = 0; i < 4; i++) await signIn(user.email, 'wrong-password-12', '203.0.113.10')
    expect((await signIn(user.email, user.password, '203.0.113.10')).status).toBe(200)
  })

  it("an admin's 强制解锁 lifts the lock on every address", async () => {
    const user = await createUser(cms.payload, 'editor')
    for (let i = 0; i < 5; i++) await signIn(user.email, 'wrong-password-12', '203.0.113.11')
    expect((await signIn(user.email, user.password, '203.0.113.11')).status).toBe(429)
    const admin = await createUser(cms.payload, 'admin')
    const token = await login(cms.url!, admin)
    // the editor cannot unlock anyone
    const editorToken = (await signIn(user.email, user.password, '198.51.100.21')).body.token!
    expect((await api(cms.url!, 'POST', '/api/users/unlock', { token: editorToken, body: { email: user.email } })).status).toBe(403)
    expect((await api(cms.url!, 'POST', '/api/users/unlock', { token, body: { email: user.email } })).status).toBe(200)
    expect((await signIn(user.email, user.password, '203.0.113.11')).status).toBe(200)
  })
})

describe('timing', () => {
  it('an unknown address runs the same key derivation as a known one with a wrong password', async () => {
    const user = await createUser(cms.payload, 'editor')
    const derive = vi.spyOn(crypto, 'pbkdf2')
    try {
      const derivations = async (email: string) => {
        derive.mockClear()
        const r = await api(cms.url!, 'POST', '/api/users/login', { body: { email, password: 'wrong-password-12' } })
        expect(r.status).toBe(401)
        // iterations, key length, digest of each derivation the sign-in ran
        return derive.mock.calls.map((call) => call.slice(2, 5))
      }
      const known = await derivations(user.email)
      const unknown = await derivations('no-such-account@ahrst.gov.cn')
      expect(known).toHaveLength(1)
      expect(unknown).toEqual(known)
      // and the answer is the same
      const a = await api(cms.url!, 'POST', '/api/users/login', { body: { email: user.email, password: 'wrong-password-12' } })
      const b = await api(cms.url!, 'POST', '/api/users/login', { body: { email: 'no-such-account@ahrst.gov.cn', password: 'wrong-password-12' } })
      expect(b.body).toEqual(a.body)
    } finally {
      derive.mockRestore()
    }
  })
})

describe('password reset by mail', () => {
  it('forgot-password mails a Chinese link to the admin reset page; the token sets a new password once', async () => {
    const user = await createUser(cms.payload, 'publisher', 'zhaoliu@ahrst.gov.cn')
    const asked = await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: user.email } })
    expect(asked.status).toBe(200)
    const mail = await smtp.waitFor((m) => m.to.includes(user.email))
    expect(mail.from).toBe('noreply@jxjy.test')
    expect(mail.fromHeader).toBe('安徽专技继续教育（测试） <noreply@jxjy.test>')
    expect(mail.subject).toBe('重设您在安徽专技继续教育管理后台的密码')
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('1 小时内')
      expect(part).toContain(`${publicUrl}/admin/reset/`)
    }
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(mail.text)?.[1]
    expect(token).toBeTruthy()

    const weak = await api(cms.url!, 'POST', '/api/users/reset-password', { body: { token, password: 'zhaoliu2026!' } })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toMatch(/密码：不能是本账号的邮箱/)
    const newPassword = '巢湖月色照庐州-2026'
    const reset = await api(cms.url!, 'POST', '/api/users/reset-password', { body: { token, password: newPassword } })
    expect(reset.status).toBe(200)
    await expect(login(cms.url!, { email: user.email, password: newPassword })).resolves.toBeTruthy()
    await expect(login(cms.url!, user), 'the old password is gone').rejects.toThrow()
    const again = await api(cms.url!, 'POST', '/api/users/reset-password', { body: { token, password: '另一个足够长的新密码-1' } })
    expect(again.status, 'a token works once').toBeGreaterThanOrEqual(400)
  })

  it('an unknown address gets the same answer and no mail', async () => {
    const before = smtp.mails.length
    const known = await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: 'zhaoliu@ahrst.gov.cn' } })
    const unknown = await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: 'no-such-account@ahrst.gov.cn' } })
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    expect(smtp.mails.slice(before).some((m) => m.to.includes('no-such-account@ahrst.gov.cn'))).toBe(false)
  })
})
