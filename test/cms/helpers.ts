/**
 * Boots a fresh CMS for a test file: its own SQLite database in a temp folder, migrated with the
 * committed migrations, optionally served over HTTP (REST and GraphQL through
 * cms/server/api-server.ts, behind the same request guard as `npm start`) on an ephemeral port.
 *
 * One CMS per test file: the database is chosen from DATABASE_URI when the config is first
 * imported, so call `bootCms()` once in `beforeAll` and `close()` in `afterAll`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Migration, Payload } from 'payload'
import * as records from '../../cms/seed/records.ts'
import type { NoticeData, ProviderData, TopicData } from '../../cms/seed/records.ts'
import type { Notice as NoticeRecord, Provider as ProviderRecord, Topic as TopicRecord } from '../../content/schema.ts'

export type Role = 'admin' | 'publisher' | 'editor'

export interface TestUser {
  id: number | string
  email: string
  password: string
  role: Role
  /** the user as the Local API wants it for `user:` with `overrideAccess: false` */
  doc: Record<string, unknown> & { collection: 'users' }
}

export interface TestCms {
  payload: Payload
  dir: string
  /** `http://127.0.0.1:<port>` when booted with `{ http: true }` */
  url?: string
  close: () => Promise<void>
}

let booted = false

export async function bootCms(options: { http?: boolean } = {}): Promise<TestCms> {
  if (booted) throw new Error('bootCms() 每个测试文件只能调用一次')
  booted = true
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
  process.env.PAYLOAD_SECRET = crypto.randomBytes(32).toString('hex')
  process.env.CMS_MEDIA_DIR = path.join(dir, 'media')
  // The cron runner would race the tests; tests run jobs themselves with payload.jobs.run().
  process.env.CMS_JOBS_AUTORUN = 'off'

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config.ts')
  const { migrations } = await import('../../cms/migrations/index.ts')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  let server: http.Server | undefined
  let url: string | undefined
  if (options.http) {
    const { createApiServer } = await import('../../cms/server/api-server.ts')
    server = createApiServer(config)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  }

  return {
    payload,
    dir,
    url,
    close: async () => {
      if (server) await new Promise((resolve) => server!.close(resolve))
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Creates a staff account directly (as the server would for an admin), password known to the test.
 * The first account of a database always becomes admin (cms/collections/Users/hooks), so when a
 * test's first account is meant to be something else, a bootstrap admin is made before it.
 */
export async function createUser(
  payload: Payload,
  role: Role,
  email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.gov.cn`,
  options: { workspaces?: (number | string)[] } = {},
): Promise<TestUser> {
  const password = `Pw-${crypto.randomUUID()}`
  if (role !== 'admin' && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    await payload.create({ collection: 'users', data: { email: 'bootstrap-admin@example.gov.cn', password: `Pw-${crypto.randomUUID()}`, role: 'admin' }, overrideAccess: true })
  }
  // Staff work in a workspace (机构); unless the test says which, the province's (人社厅).
  const workspaces = options.workspaces ?? (role === 'admin' ? [] : [await provinceWorkspace(payload)])
  const created = await payload.create({ collection: 'users', data: { email, password, role, name: role, workspaces: workspaces as number[] }, overrideAccess: true })
  const doc = await payload.findByID({ collection: 'users', id: created.id, depth: 0, overrideAccess: true })
  return { id: doc.id, email, password, role: doc.role as Role, doc: { ...doc, collection: 'users' } as TestUser['doc'] }
}

/** The province's workspace (人社厅), created on first use like the CMS does. */
export async function provinceWorkspace(payload: Payload): Promise<number> {
  const { createLocalReq } = await import('payload')
  const { provinceWorkspaceId } = await import('../../cms/workspaces/province.ts')
  return provinceWorkspaceId(await createLocalReq({}, payload))
}

/** Logs in over REST and returns the JWT for `Authorization: JWT <token>`. */
export async function login(url: string, user: Pick<TestUser, 'email' | 'password'>): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  const body = (await res.json()) as { token?: string; errors?: unknown }
  if (!res.ok || !body.token) throw new Error(`登录失败 ${res.status}: ${JSON.stringify(body)}`)
  return body.token
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number
  body: T
}

/** A JSON request to the REST API, as `token`'s owner (or anonymously). */
export async function api<T = Record<string, unknown>>(
  url: string,
  method: string,
  pathAndQuery: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${url}${pathAndQuery}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : {}
  } catch {
    // not JSON; keep the text
  }
  return { status: res.status, body: body as T }
}

/** A GraphQL request; returns data and errors as the server sent them. */
export async function graphql(
  url: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ status: number; data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const { status, body } = await api<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }>(url, 'POST', '/api/graphql', {
    token: options.token,
    body: { query, variables: options.variables },
  })
  return { status, ...body }
}

// Sample documents go through the seed's mapping (cms/seed/records.ts), so tests write documents
// the way the seed does. Nothing is published unless the test says so.
const noRef = () => undefined

/** A minimal valid notice; pass what the test is about. */
export function noticeData(overrides: Partial<NoticeData> = {}): NoticeData {
  const n = crypto.randomInt(1, 9999)
  const record: NoticeRecord = {
    title: `关于做好${n}年度专业技术人员继续教育工作的通知`,
    slug: `notice-${crypto.randomUUID().slice(0, 8)}`,
    issuer: '安徽省人力资源和社会保障厅',
    coIssuers: [],
    level: 'province',
    subjects: [],
    year: 2025,
    dateIssued: '2025-03-01',
    status: 'in-force',
    contact: [],
    attachments: [],
    relations: [],
    fullText: true,
    body: '',
  }
  return { ...records.noticeData(record, undefined), ...overrides }
}

export function topicData(overrides: Partial<TopicData> = {}): TopicData {
  const record: TopicRecord = {
    year: 2025,
    title: '2025年度公需科目专题',
    slug: `topic-${crypto.randomUUID().slice(0, 8)}`,
    hours: 30,
    hotlines: [],
    contractStart: '2025-03-01',
    contractEnd: '2025-12-31',
    sourceNotice: 'none',
  }
  return { ...records.topicData(record, { notice: noRef, provider: noRef }), ...overrides }
}

export function providerData(overrides: Partial<ProviderData> = {}): ProviderData {
  const id = crypto.randomUUID().slice(0, 8)
  const record: ProviderRecord = { name: `培训单位${id}`, slug: `provider-${id}`, variants: [], website: 'https://www.example.com', hotlines: ['0551-62620006'] }
  return { ...records.providerData(record), ...overrides }
}
