/**
 * Accounts: the first account on a fresh install becomes admin, later ones start as 起草;
 * nobody raises their own role; password hashes, salts and reset tokens never leave the server;
 * five wrong passwords lock an account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, bootCms, createUser, graphql, login, type TestCms } from './helpers.ts'

let cms: TestCms
beforeAll(async () => {
  cms = await bootCms({ http: true })
})
afterAll(async () => cms?.close())

const secretFields = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions']

describe('first account', () => {
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
    const created = await api<{ doc: { role: string } }>(cms.url!, 'POST', '/api/users', { token, body: { email: 'later@ahrst.gov.cn', password: 'Later-account-pw-1' } })
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

describe('lock-out', () => {
  it('five wrong passwords lock the account for 15 minutes; the right password is then refused too', async () => {
    const user = await createUser(cms.payload, 'editor')
    for (let i = 0; i < 5; i++) {
      const r = await api(cms.url!, 'POST', '/api/users/login', { body: { email: user.email, password: 'wrong-password' } })
      expect(r.status).toBe(401)
    }
    const locked = await api<{ errors?: { message: string }[] }>(cms.url!, 'POST', '/api/users/login', { body: { email: user.email, password: user.password } })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/锁定|locked/i)
    const raw = await cms.payload.db.findOne<{ id: number; lockUntil?: string }>({ collection: 'users', where: { id: { equals: user.id } } })
    const minutes = (new Date(raw!.lockUntil!).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)

    // an admin unlocks it
    const admin = await createUser(cms.payload, 'admin')
    const token = await login(cms.url!, admin)
    expect((await api(cms.url!, 'POST', '/api/users/unlock', { token, body: { email: user.email } })).status).toBe(200)
    await expect(login(cms.url!, user)).resolves.toBeTruthy()
  })

  it('four wrong passwords do not lock', async () => {
    const user = await createUser(cms.payload, 'editor')
    for (let i = 0; i < 4; i++) await api(cms.url!, 'POST', '/api/users/login', { body: { email: user.email, password: 'wrong-password' } })
    await expect(login(cms.url!, user)).resolves.toBeTruthy()
  })
})
