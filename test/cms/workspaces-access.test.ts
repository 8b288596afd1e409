/**
 * The access matrix over workspaces (issue 16), generated from one rule table: two cities and the
 * province × 起草 / 审核发布 / 管理员 (and the public) × read draft, list, create, update, move,
 * publish, unpublish, schedule, delete, upload × the workspace collections (and topics, which belong to the
 * province) × Local API (overrideAccess: false), REST and GraphQL. Every case is checked against
 * the database itself: a refused write changes nothing.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schedulePublishForPublishers } from '../../cms/publish/admin/schedule-publish.ts'
import { bootCms, createUser, login, type Role, type TestCms, type TestUser } from './helpers.ts'
import { fixture, titleField } from './fixtures.ts'

const workspaceSlugs = ['renshe-ting', 'anqing', 'fuyang'] as const
type Ws = (typeof workspaceSlugs)[number]
const staffRoles = ['editor', 'publisher'] as const
type Actor = 'anonymous' | 'admin' | `${(typeof staffRoles)[number]}@${Ws}`
const actors: Actor[] = ['anonymous', 'admin', ...workspaceSlugs.flatMap((w) => staffRoles.map((r) => `${r}@${w}` as Actor))]

type Owned = 'notices' | 'faqs' | 'forms'
const ownedCollections: Owned[] = ['notices', 'faqs', 'forms']
type Api = 'local' | 'rest' | 'graphql'
const apis: Api[] = ['local', 'rest', 'graphql']

const roleOf = (a: Actor): Role | 'anonymous' => (a === 'anonymous' || a === 'admin' ? a : (a.split('@')[0] as Role))
const homeOf = (a: Actor): Ws | undefined => (a.includes('@') ? (a.split('@')[1] as Ws) : undefined)

/** The rule, written once: what each actor may do to a document of workspace `ws`. */
const rule = {
  readDraft: (a: Actor, ws: Ws) => a === 'admin' || homeOf(a) === ws,
  write: (a: Actor, ws: Ws) => a === 'admin' || homeOf(a) === ws,
  publish: (a: Actor, ws: Ws) => (roleOf(a) === 'publisher' && homeOf(a) === ws) || a === 'admin',
  /** a move takes a document out of `ws` into `to` */
  move: (a: Actor, ws: Ws, to: Ws) => a === 'admin' || (homeOf(a) === ws && homeOf(a) === to),
  /** topics and providers: the province's staff only */
  provinceWrite: (a: Actor) => a === 'admin' || homeOf(a) === 'renshe-ting',
}

let cms: TestCms
const ws = {} as Record<Ws, number>
const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>
const tokens = {} as Record<Exclude<Actor, 'anonymous'>, string>
let provinceNotice: number

beforeAll(async () => {
  cms = await bootCms({ http: true })
  const { loadWorkspaces } = await import('../../content/workspaces.ts')
  const { workspaceData } = await import('../../cms/workspaces/province.ts')
  for (const record of (await loadWorkspaces()).filter((w) => (workspaceSlugs as readonly string[]).includes(w.slug))) {
    ws[record.slug as Ws] = (await cms.payload.create({ collection: 'workspaces', data: workspaceData(record), overrideAccess: true })).id
  }
  users.admin = await createUser(cms.payload, 'admin')
  for (const w of workspaceSlugs) {
    for (const r of staffRoles) users[`${r}@${w}`] = await createUser(cms.payload, r, undefined, { workspaces: [ws[w]] })
  }
  for (const a of actors) if (a !== 'anonymous') tokens[a] = await login(cms.url!, users[a])
  provinceNotice = (await seed('notices', 'renshe-ting', 'published')).id
}, 120_000)
afterAll(async () => cms?.close())

async function seed(collection: Owned | 'topics', w: Ws, status: 'draft' | 'published') {
  const data = { ...fixture(collection, provinceNotice), ...(collection === 'topics' ? {} : { workspace: ws[w] }), _status: status }
  const doc = await cms.payload.create({ collection, data, draft: status === 'draft', overrideAccess: true } as never)
  return doc as unknown as { id: number } & Record<string, unknown>
}

/** The document as stored now (latest version, drafts included), bypassing access. */
async function stored(collection: string, id: number) {
  const { docs } = await cms.payload.find({ collection: collection as 'notices', where: { id: { equals: id } }, draft: true, depth: 0, overrideAccess: true })
  return docs[0] as (Record<string, unknown> & { workspace?: number; _status?: string }) | undefined
}

// ---- the three interfaces -------------------------------------------------------------------

interface Driver {
  find: (c: string, a: Actor, id: number, draft: boolean) => Promise<Record<string, unknown> | null>
  list: (c: string, a: Actor) => Promise<number[]>
  create: (c: string, a: Actor, data: Record<string, unknown>, draft: boolean) => Promise<boolean>
  update: (c: string, a: Actor, id: number, data: Record<string, unknown>, draft: boolean) => Promise<boolean>
  remove: (c: string, a: Actor, id: number) => Promise<boolean>
}

const userOf = (a: Actor) => (a === 'anonymous' ? undefined : users[a].doc)
async function attempt(fn: () => Promise<unknown>) {
  try {
    await fn()
    return true
  } catch {
    return false
  }
}

const local: Driver = {
  find: async (collection, a, id, draft) => {
    const { docs } = await cms.payload.find({ collection, where: { id: { equals: id } }, draft, depth: 0, overrideAccess: false, user: userOf(a) } as never)
    return (docs[0] as Record<string, unknown> | undefined) ?? null
  },
  list: async (collection, a) => {
    const { docs } = await cms.payload.find({ collection, draft: true, depth: 0, limit: 20, sort: '-id', overrideAccess: false, user: userOf(a) } as never)
    return (docs as { id: number }[]).map((d) => d.id)
  },
  create: (collection, a, data, draft) => attempt(() => cms.payload.create({ collection, data, draft, overrideAccess: false, user: userOf(a) } as never)),
  update: (collection, a, id, data, draft) => attempt(() => cms.payload.update({ collection, id, data, draft, overrideAccess: false, user: userOf(a) } as never)),
  remove: (collection, a, id) => attempt(() => cms.payload.delete({ collection, id, overrideAccess: false, user: userOf(a) } as never)),
}

async function http(a: Actor, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {}
  if (a !== 'anonymous') headers.authorization = `JWT ${tokens[a]}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const send = () => fetch(`${cms.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  // A kept-alive connection the server closed while the Local API cases ran: ask once more.
  const res = await send().catch((error: { cause?: { code?: string } }) => (error.cause?.code === 'ECONNRESET' ? send() : Promise.reject(error)))
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> }
}
const ok = (r: { status: number }) => r.status >= 200 && r.status < 300

const rest: Driver = {
  find: async (collection, a, id, draft) => {
    const r = await http(a, 'GET', `/api/${collection}?where[id][equals]=${id}&depth=0${draft ? '&draft=true' : ''}`)
    return ((r.body.docs as Record<string, unknown>[] | undefined) ?? [])[0] ?? null
  },
  list: async (collection, a) => {
    const r = await http(a, 'GET', `/api/${collection}?draft=true&depth=0&limit=20&sort=-id`)
    return ((r.body.docs as { id: number }[] | undefined) ?? []).map((d) => d.id)
  },
  create: async (collection, a, data, draft) => ok(await http(a, 'POST', `/api/${collection}${draft ? '?draft=true' : ''}`, data)),
  update: async (collection, a, id, data, draft) => ok(await http(a, 'PATCH', `/api/${collection}/${id}${draft ? '?draft=true' : ''}`, data)),
  remove: async (collection, a, id) => ok(await http(a, 'DELETE', `/api/${collection}/${id}`)),
}

const gqlNames: Record<string, [string, string]> = { notices: ['Notice', 'Notices'], faqs: ['Faq', 'Faqs'], forms: ['Form', 'Forms'], topics: ['Topic', 'Topics'], media: ['Media', 'allMedia'] }
const forGraphql = (data: Record<string, unknown>) => (data.status === 'in-force' ? { ...data, status: 'in_force' } : data)
async function gql(a: Actor, query: string, variables: Record<string, unknown>) {
  return (await http(a, 'POST', '/api/graphql', { query, variables })).body as { data?: Record<string, unknown> | null; errors?: unknown[] }
}

const graphql: Driver = {
  find: async (collection, a, id, draft) => {
    const [, plural] = gqlNames[collection]!
    const field = collection === 'media' ? 'filename' : titleField[collection as Owned]
    const r =
      collection === 'media'
        ? await gql(a, `query($id: Int) { ${plural}(where: { id: { equals: $id } }) { docs { id ${field} } } }`, { id })
        : await gql(a, `query($id: Int, $draft: Boolean) { ${plural}(where: { id: { equals: $id } }, draft: $draft) { docs { id ${field} } } }`, { id, draft })
    return ((r.data?.[plural] as { docs?: Record<string, unknown>[] } | null)?.docs ?? [])[0] ?? null
  },
  list: async (collection, a) => {
    const [, plural] = gqlNames[collection]!
    const r = await gql(a, `query { ${plural}(${collection === 'media' ? '' : 'draft: true, '}limit: 20, sort: "-id") { docs { id } } }`, {})
    return ((r.data?.[plural] as { docs?: { id: number }[] } | null)?.docs ?? []).map((d) => d.id)
  },
  create: async (collection, a, data, draft) => {
    const [single] = gqlNames[collection]!
    const r = await gql(a, `mutation($data: mutation${single}Input!, $draft: Boolean) { create${single}(data: $data, draft: $draft) { id } }`, { data: forGraphql(data), draft })
    return !r.errors && Boolean(r.data?.[`create${single}`])
  },
  update: async (collection, a, id, data, draft) => {
    const [single] = gqlNames[collection]!
    const r = await gql(a, `mutation($id: Int!, $data: mutation${single}UpdateInput!, $draft: Boolean) { update${single}(id: $id, data: $data, draft: $draft) { id } }`, { id, data, draft })
    return !r.errors && Boolean(r.data?.[`update${single}`])
  },
  remove: async (collection, a, id) => {
    const [single] = gqlNames[collection]!
    const r = await gql(a, `mutation($id: Int!) { delete${single}(id: $id) { id } }`, { id })
    return !r.errors && Boolean(r.data?.[`delete${single}`])
  },
}

const drivers: Record<Api, Driver> = { local, rest, graphql }

// ---- the matrix -----------------------------------------------------------------------------

type Op = 'read draft' | 'read published' | 'list' | 'create' | 'update' | 'move' | 'publish' | 'unpublish' | 'delete'
const ops: Op[] = ['read draft', 'read published', 'list', 'create', 'update', 'move', 'publish', 'unpublish', 'delete']

interface Case {
  api: Api
  collection: Owned
  actor: Actor
  op: Op
  target: Ws
  allowed: boolean
}

const other = (w: Ws): Ws => workspaceSlugs[(workspaceSlugs.indexOf(w) + 1) % workspaceSlugs.length]!

function expected(op: Op, a: Actor, target: Ws): boolean {
  if (op === 'read published') return true
  if (a === 'anonymous') return false
  switch (op) {
    case 'read draft':
    case 'list':
      return rule.readDraft(a, target)
    case 'create':
    case 'update':
      return rule.write(a, target)
    case 'move':
      return rule.move(a, target, other(target))
    case 'publish':
    case 'unpublish':
    case 'delete':
      return rule.publish(a, target)
  }
}

const cases: Case[] = apis.flatMap((api) =>
  ownedCollections.flatMap((collection) =>
    actors.flatMap((actor) => workspaceSlugs.flatMap((target) => ops.map((op) => ({ api, collection, actor, op, target, allowed: expected(op, actor, target) })))),
  ),
)

async function run({ api, collection, actor, op, target }: Case): Promise<boolean> {
  const d = drivers[api]
  switch (op) {
    case 'read draft': {
      const doc = await seed(collection, target, 'draft')
      return (await d.find(collection, actor, doc.id, true)) !== null
    }
    case 'read published': {
      const doc = await seed(collection, target, 'published')
      return (await d.find(collection, actor, doc.id, false)) !== null
    }
    case 'list': {
      const doc = await seed(collection, target, 'draft')
      return (await d.list(collection, actor)).includes(doc.id)
    }
    case 'create': {
      const slug = `created-${crypto.randomUUID().slice(0, 8)}`
      const data = { ...fixture(collection, provinceNotice), slug, workspace: ws[target], _status: 'draft' }
      const claimed = await d.create(collection, actor, data, true)
      const { totalDocs } = await cms.payload.count({ collection, where: { slug: { equals: slug } }, overrideAccess: true })
      expect(claimed, 'the answer agrees with the database').toBe(totalDocs === 1)
      return totalDocs === 1
    }
    case 'update': {
      const doc = await seed(collection, target, 'draft')
      const mark = `改-${crypto.randomUUID().slice(0, 6)}`
      const field = titleField[collection]
      const claimed = await d.update(collection, actor, doc.id, { [field]: mark }, true)
      const changed = (await stored(collection, doc.id))?.[field] === mark
      expect(claimed).toBe(changed)
      return changed
    }
    case 'move': {
      const doc = await seed(collection, target, 'draft')
      const claimed = await d.update(collection, actor, doc.id, { workspace: ws[other(target)] }, true)
      const moved = (await stored(collection, doc.id))?.workspace === ws[other(target)]
      expect(claimed).toBe(moved)
      return moved
    }
    case 'publish': {
      const doc = await seed(collection, target, 'draft')
      const claimed = await d.update(collection, actor, doc.id, { _status: 'published' }, false)
      const published = (await stored(collection, doc.id))?._status === 'published'
      expect(claimed).toBe(published)
      return published
    }
    case 'unpublish': {
      const doc = await seed(collection, target, 'published')
      const claimed = await d.update(collection, actor, doc.id, { _status: 'draft' }, false)
      const live = await cms.payload.findByID({ collection, id: doc.id, draft: false, depth: 0, overrideAccess: true } as never)
      const unpublished = (live as { _status?: string })._status !== 'published'
      expect(claimed).toBe(unpublished)
      return unpublished
    }
    case 'delete': {
      const doc = await seed(collection, target, 'published')
      const claimed = await d.remove(collection, actor, doc.id)
      const gone = (await stored(collection, doc.id)) === undefined
      expect(claimed).toBe(gone)
      return gone
    }
  }
}

describe('the workspace access matrix', () => {
  it('covers every interface × collection × actor × workspace × operation', () => {
    expect(cases.length).toBe(apis.length * ownedCollections.length * actors.length * workspaceSlugs.length * ops.length)
    expect(cases.filter((c) => c.allowed).length).toBeGreaterThan(0)
    expect(cases.filter((c) => !c.allowed).length).toBeGreaterThan(0)
  })

  it.each(cases)('$api $collection: $actor $op in $target → $allowed', async (c) => {
    expect(await run(c)).toBe(c.allowed)
  })
})

// ---- schedule, upload, topics, users --------------------------------------------------------

describe('scheduling a publish (the admin drawer)', () => {
  const scheduleCases = actors
    .filter((a) => a !== 'anonymous')
    .flatMap((actor) => workspaceSlugs.map((target) => ({ actor: actor as Exclude<Actor, 'anonymous'>, target, allowed: rule.publish(actor, target) })))

  it.each(scheduleCases)('$actor schedules in $target → $allowed', async ({ actor, target, allowed }) => {
    const doc = await seed('notices', target, 'draft')
    const req = await createLocalReq({ user: users[actor].doc as never }, cms.payload)
    const result = await schedulePublishForPublishers({ type: 'publish', date: new Date(Date.now() + 3_600_000), doc: { relationTo: 'notices', value: doc.id }, req } as never)
    const { totalDocs } = await cms.payload.count({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: doc.id } }, overrideAccess: true })
    expect(!(result && typeof result === 'object' && 'error' in result && result.error), JSON.stringify(result)).toBe(allowed)
    expect(totalDocs > 0).toBe(allowed)
  })

  it("a publisher cannot cancel another workspace's scheduled publish", async () => {
    const doc = await seed('notices', 'anqing', 'draft')
    const at = new Date(Date.now() + 3_600_000)
    const own = await createLocalReq({ user: users['publisher@anqing'].doc as never }, cms.payload)
    await schedulePublishForPublishers({ type: 'publish', date: at, doc: { relationTo: 'notices', value: doc.id }, req: own } as never)
    const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: doc.id } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const stranger = await createLocalReq({ user: users['publisher@fuyang'].doc as never }, cms.payload)
    const other = { relationTo: 'notices', value: (await seed('notices', 'fuyang', 'draft')).id }
    const result = await schedulePublishForPublishers({ type: 'publish', date: at, doc: other, deleteID: docs[0]!.id, req: stranger } as never)
    expect(result).toEqual({ error: expect.stringMatching(/本机构/) })
    expect((await cms.payload.count({ collection: 'payload-jobs', where: { id: { equals: docs[0]!.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

describe('media: upload and see only in one’s own workspaces', () => {
  const uploadCases = (['local', 'rest'] as const).flatMap((api) =>
    actors.flatMap((actor) => workspaceSlugs.map((target) => ({ api, actor, target, allowed: actor !== 'anonymous' && rule.write(actor, target) }))),
  )

  async function upload(api: 'local' | 'rest', actor: Actor, target: Ws): Promise<number | undefined> {
    const name = `u-${crypto.randomUUID().slice(0, 8)}.png`
    if (api === 'local') {
      try {
        const doc = await cms.payload.create({
          collection: 'media',
          data: { alt: name, workspace: ws[target] },
          file: { data: png, mimetype: 'image/png', name, size: png.length },
          overrideAccess: false,
          user: userOf(actor),
        } as never)
        return (doc as { id: number }).id
      } catch {
        return undefined
      }
    }
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: name, workspace: ws[target] }))
    const headers: Record<string, string> = actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }
    const res = await fetch(`${cms.url}/api/media`, { method: 'POST', headers, body: form })
    const body = (await res.json().catch(() => ({}))) as { doc?: { id: number } }
    return res.status === 201 ? body.doc?.id : undefined
  }

  it.each(uploadCases)('$api: $actor uploads into $target → $allowed', async ({ api, actor, target, allowed }) => {
    const id = await upload(api, actor, target)
    expect(id !== undefined).toBe(allowed)
    if (id !== undefined) expect((await stored('media', id))?.workspace).toBe(ws[target])
  })

  const seeCases = apis.flatMap((api) => actors.flatMap((actor) => workspaceSlugs.map((target) => ({ api, actor, target, allowed: actor !== 'anonymous' && rule.readDraft(actor, target) }))))

  it.each(seeCases)("$api: $actor sees an unpublished upload of $target → $allowed", async ({ api, actor, target, allowed }) => {
    const name = `p-${crypto.randomUUID().slice(0, 8)}.png`
    const doc = await cms.payload.create({ collection: 'media', data: { alt: name, workspace: ws[target] }, file: { data: png, mimetype: 'image/png', name, size: png.length }, overrideAccess: true } as never)
    const id = (doc as { id: number }).id
    expect((await drivers[api].find('media', actor, id, false)) !== null).toBe(allowed)
    expect((await drivers[api].list('media', actor)).includes(id)).toBe(allowed)
  })

  it.each(actors.filter((a) => a !== 'anonymous').flatMap((actor) => workspaceSlugs.map((target) => ({ actor, target, allowed: rule.publish(actor, target) }))))(
    'rest: $actor replaces or deletes a file of $target → $allowed',
    async ({ actor, target, allowed }) => {
      const name = `d-${crypto.randomUUID().slice(0, 8)}.png`
      const doc = (await cms.payload.create({ collection: 'media', data: { alt: name, workspace: ws[target] }, file: { data: png, mimetype: 'image/png', name, size: png.length }, overrideAccess: true } as never)) as { id: number }
      expect(ok(await http(actor, 'PATCH', `/api/media/${doc.id}`, { alt: '改' }))).toBe(allowed)
      expect(ok(await http(actor, 'DELETE', `/api/media/${doc.id}`))).toBe(allowed)
      expect((await stored('media', doc.id)) === undefined).toBe(allowed)
    },
  )
})

describe('topics belong to the province', () => {
  const topicCases = apis.flatMap((api) =>
    actors.flatMap((actor) => [
      { api, actor, op: 'read draft' as const, allowed: actor !== 'anonymous' && rule.provinceWrite(actor) },
      { api, actor, op: 'create' as const, allowed: actor !== 'anonymous' && rule.provinceWrite(actor) },
      { api, actor, op: 'update' as const, allowed: actor !== 'anonymous' && rule.provinceWrite(actor) },
      { api, actor, op: 'publish' as const, allowed: actor === 'admin' || actor === 'publisher@renshe-ting' },
    ]),
  )

  it.each(topicCases)('$api: $actor $op a topic → $allowed', async ({ api, actor, op, allowed }) => {
    const d = drivers[api]
    if (op === 'read draft') {
      const doc = await seed('topics', 'renshe-ting', 'draft')
      expect((await d.find('topics', actor, doc.id, true)) !== null).toBe(allowed)
    } else if (op === 'create') {
      const data = { ...fixture('topics', provinceNotice), _status: 'draft' }
      expect(await d.create('topics', actor, data, true)).toBe(allowed)
    } else {
      const doc = await seed('topics', 'renshe-ting', 'draft')
      const data = op === 'publish' ? { _status: 'published' } : { title: `改-${doc.id}` }
      await d.update('topics', actor, doc.id, data, op !== 'publish')
      const now = await stored('topics', doc.id)
      expect(op === 'publish' ? now?._status === 'published' : now?.title === `改-${doc.id}`).toBe(allowed)
    }
  })
})

describe('accounts', () => {
  it.each(actors)("%s never sees another workspace's users", async (actor) => {
    const r = await http(actor, 'GET', '/api/users?limit=100&depth=0')
    const listed = ((r.body.docs as { id: number; workspaces?: number[] }[] | undefined) ?? [])
    if (actor === 'admin') expect(listed.length).toBe(Object.keys(users).length)
    else if (actor === 'anonymous') expect(listed).toEqual([])
    else expect(listed.map((u) => u.id)).toEqual([users[actor].id])
  })

  it('staff cannot give themselves another workspace; a new account needs one unless it is an admin', async () => {
    const me = users['publisher@anqing']
    const r = await http('publisher@anqing', 'PATCH', `/api/users/${me.id}`, { workspaces: [ws.anqing, ws['renshe-ting']] })
    const after = await cms.payload.findByID({ collection: 'users', id: me.id, depth: 0, overrideAccess: true })
    expect(after.workspaces, JSON.stringify(r.body)).toEqual([ws.anqing])

    const noWorkspace = await http('admin', 'POST', '/api/users', { email: `nows-${Date.now()}@example.gov.cn`, password: 'Pw-long-enough-1', role: 'editor' })
    expect(noWorkspace.status).toBe(400)
    expect(JSON.stringify(noWorkspace.body)).toMatch(/所属机构/)
    const admin = await http('admin', 'POST', '/api/users', { email: `nows-admin-${Date.now()}@example.gov.cn`, password: 'Pw-long-enough-1', role: 'admin' })
    expect(admin.status).toBe(201)
  })

  it('a document created by a one-workspace user lands in that workspace; a move out is refused with the field named', async () => {
    const created = await cms.payload.create({ collection: 'faqs', data: { ...fixture('faqs', provinceNotice), _status: 'draft' } as never, draft: true, overrideAccess: false, user: users['editor@fuyang'].doc })
    expect((await stored('faqs', created.id))?.workspace).toBe(ws.fuyang)
    const r = await http('editor@fuyang', 'PATCH', `/api/faqs/${created.id}?draft=true`, { workspace: ws.anqing })
    expect(r.status).toBe(403)
  })
})
