/**
 * The access matrix: every editorial collection × anonymous / 起草 / 审核发布 / 管理员 ×
 * read published / read draft / create / save draft / publish / edit live / unpublish / delete,
 * through the Local API (overrideAccess: false), REST and GraphQL. A refused write changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, createUser, login, provinceWorkspace, type Role, type TestCms, type TestUser } from './helpers.ts'
import { editorialCollections, fixture, titleField, type EditorialCollection } from './fixtures.ts'

type Who = 'anonymous' | Role
const everyone: Who[] = ['anonymous', 'editor', 'publisher', 'admin']

interface Driver {
  find: (c: EditorialCollection, who: Who, id: number | string, draft: boolean) => Promise<Record<string, unknown> | null>
  create: (c: EditorialCollection, who: Who, data: Record<string, unknown>, draft: boolean) => Promise<boolean>
  update: (c: EditorialCollection, who: Who, id: number | string, data: Record<string, unknown>, draft: boolean) => Promise<boolean>
  remove: (c: EditorialCollection, who: Who, id: number | string) => Promise<boolean>
}

let cms: TestCms
const users = {} as Record<Role, TestUser>
const tokens = {} as Record<Role, string>
let baseNotice: number | string

beforeAll(async () => {
  cms = await bootCms({ http: true })
  for (const role of ['admin', 'publisher', 'editor'] as const) {
    users[role] = await createUser(cms.payload, role)
    tokens[role] = await login(cms.url!, users[role])
  }
  baseNotice = (await seed('notices', 'published')).id
})
afterAll(async () => cms?.close())

async function seed(collection: EditorialCollection, status: 'published' | 'draft', data?: Record<string, unknown>) {
  return cms.payload.create({
    collection,
    data: { ...(data ?? fixture(collection, baseNotice)), _status: status },
    draft: status === 'draft',
    overrideAccess: true,
  } as never) as unknown as Promise<{ id: number | string } & Record<string, unknown>>
}

/** What the public sees now (the main document), bypassing access. */
async function live(collection: EditorialCollection, id: number | string) {
  return (await cms.payload.findByID({ collection, id, overrideAccess: true, draft: false, depth: 0 } as never)) as unknown as Record<string, unknown>
}

const local: Driver = {
  find: async (collection, who, id, draft) => {
    const user = who === 'anonymous' ? undefined : users[who].doc
    const { docs } = await cms.payload.find({ collection, where: { id: { equals: id } }, draft, overrideAccess: false, user, depth: 0 } as never)
    return (docs[0] as Record<string, unknown> | undefined) ?? null
  },
  create: (collection, who, data, draft) => attempt(() => cms.payload.create({ collection, data, draft, overrideAccess: false, user: who === 'anonymous' ? undefined : users[who].doc } as never)),
  update: (collection, who, id, data, draft) => attempt(() => cms.payload.update({ collection, id, data, draft, overrideAccess: false, user: who === 'anonymous' ? undefined : users[who].doc } as never)),
  remove: (collection, who, id) => attempt(() => cms.payload.delete({ collection, id, overrideAccess: false, user: who === 'anonymous' ? undefined : users[who].doc } as never)),
}

async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn()
    return true
  } catch {
    return false
  }
}

async function http(who: Who, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {}
  if (who !== 'anonymous') headers.authorization = `JWT ${tokens[who]}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${cms.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> }
}

const rest: Driver = {
  find: async (collection, who, id, draft) => {
    const r = await http(who, 'GET', `/api/${collection}?where[id][equals]=${id}&depth=0${draft ? '&draft=true' : ''}`)
    return ((r.body.docs as Record<string, unknown>[] | undefined) ?? [])[0] ?? null
  },
  create: async (collection, who, data, draft) => ok(await http(who, 'POST', `/api/${collection}${draft ? '?draft=true' : ''}`, data)),
  update: async (collection, who, id, data, draft) => ok(await http(who, 'PATCH', `/api/${collection}/${id}${draft ? '?draft=true' : ''}`, data)),
  remove: async (collection, who, id) => ok(await http(who, 'DELETE', `/api/${collection}/${id}`)),
}
const ok = (r: { status: number }) => r.status >= 200 && r.status < 300

const names: Record<EditorialCollection, [string, string]> = {
  notices: ['Notice', 'Notices'],
  topics: ['Topic', 'Topics'],
  providers: ['Provider', 'Providers'],
  faqs: ['Faq', 'Faqs'],
  forms: ['Form', 'Forms'],
}

/** GraphQL enums cannot hold '-': Payload names the value `in_force`. */
const forGraphql = (data: Record<string, unknown>) => (data.status === 'in-force' ? { ...data, status: 'in_force' } : data)

async function gql(who: Who, query: string, variables: Record<string, unknown>) {
  const r = await http(who, 'POST', '/api/graphql', { query, variables })
  return r.body as { data?: Record<string, unknown> | null; errors?: unknown[] }
}

const graphql: Driver = {
  find: async (collection, who, id, draft) => {
    const [, plural] = names[collection]
    const field = titleField[collection]
    const r = await gql(who, `query($id: Int, $draft: Boolean) { ${plural}(where: { id: { equals: $id } }, draft: $draft) { docs { id ${field} _status } } }`, { id, draft })
    const docs = ((r.data?.[plural] as { docs?: Record<string, unknown>[] } | null)?.docs ?? [])
    return docs[0] ?? null
  },
  create: async (collection, who, data, draft) => {
    const [single] = names[collection]
    const r = await gql(who, `mutation($data: mutation${single}Input!, $draft: Boolean) { create${single}(data: $data, draft: $draft) { id } }`, { data: forGraphql(data), draft })
    return !r.errors && Boolean(r.data?.[`create${single}`])
  },
  update: async (collection, who, id, data, draft) => {
    const [single] = names[collection]
    const r = await gql(who, `mutation($id: Int!, $data: mutation${single}UpdateInput!, $draft: Boolean) { update${single}(id: $id, data: $data, draft: $draft) { id } }`, { id, data, draft })
    return !r.errors && Boolean(r.data?.[`update${single}`])
  },
  remove: async (collection, who, id) => {
    const [single] = names[collection]
    const r = await gql(who, `mutation($id: Int!) { delete${single}(id: $id) { id } }`, { id })
    return !r.errors && Boolean(r.data?.[`delete${single}`])
  },
}

const drivers: [string, Driver][] = [
  ['Local API（overrideAccess: false）', local],
  ['REST', rest],
  ['GraphQL', graphql],
]

const staff = (who: Who) => who !== 'anonymous'
const publishes = (who: Who) => who === 'publisher' || who === 'admin'

describe.each(drivers)('%s', (_name, api) => {
  describe.each(editorialCollections)('%s', (collection) => {
    const field = titleField[collection]

    it.each(everyone)('%s', async (who) => {
      const published = await seed(collection, 'published')
      const draftOnly = await seed(collection, 'draft')

      // read published / read a never-published draft
      expect(Boolean(await api.find(collection, who, published.id, false)), 'read published').toBe(true)
      expect(Boolean(await api.find(collection, who, draftOnly.id, true)), 'read draft').toBe(staff(who))

      // a newer draft of a published document never reaches anonymous readers, even with draft=true
      const secret = `草稿-${collection}-${who}-${Date.now()}`
      await cms.payload.update({ collection, id: published.id, data: { [field]: secret }, draft: true, overrideAccess: true } as never)
      const seen = await api.find(collection, who, published.id, true)
      expect(JSON.stringify(seen ?? {}).includes(secret), 'newer draft visible').toBe(staff(who))
      expect((await live(collection, published.id))[field], 'live untouched by a draft').not.toBe(secret)

      // create a draft / create straight to published
      expect(await api.create(collection, who, fixture(collection, baseNotice), true), 'create draft').toBe(staff(who))
      expect(await api.create(collection, who, { ...fixture(collection, baseNotice), _status: 'published' }, false), 'create published').toBe(publishes(who))

      // save a draft over a published document: the public version stays as it was
      const before = (await live(collection, published.id))[field]
      expect(await api.update(collection, who, published.id, { [field]: `${secret}-2` }, true), 'save draft').toBe(staff(who))
      expect((await live(collection, published.id))[field]).toBe(before)

      // edit the live document without review (no draft flag, no status)
      const liveEdit = await api.update(collection, who, published.id, { [field]: `${secret}-live` }, false)
      expect(liveEdit, 'edit live').toBe(publishes(who))
      if (!liveEdit) expect((await live(collection, published.id))[field]).toBe(before)

      // publish a draft
      expect(await api.update(collection, who, draftOnly.id, { _status: 'published' }, false), 'publish').toBe(publishes(who))
      expect((await live(collection, draftOnly.id))._status).toBe(publishes(who) ? 'published' : 'draft')

      // unpublish a published document
      const other = await seed(collection, 'published')
      expect(await api.update(collection, who, other.id, { _status: 'draft' }, false), 'unpublish').toBe(publishes(who))
      expect((await live(collection, other.id))._status).toBe(publishes(who) ? 'draft' : 'published')

      // delete (nothing refers to these documents)
      const doomed = await seed(collection, 'published')
      expect(await api.remove(collection, who, doomed.id), 'delete').toBe(publishes(who))
      const gone = await cms.payload.find({ collection, where: { id: { equals: doomed.id } }, overrideAccess: true } as never)
      expect(gone.totalDocs).toBe(publishes(who) ? 0 : 1)
    })
  })
})

describe('restoring versions', () => {
  it('an editor restores only as a draft; a publisher may restore to live', async () => {
    const doc = await seed('notices', 'published', fixture('notices', baseNotice))
    const original = (await live('notices', doc.id)).title
    await cms.payload.update({ collection: 'notices', id: doc.id, data: { title: '第二版标题', _status: 'published' }, overrideAccess: true })
    const { docs } = await cms.payload.findVersions({ collection: 'notices', where: { parent: { equals: doc.id }, 'version.title': { equals: original } }, overrideAccess: true })
    const version = docs[0]!
    const editor = users.editor.doc
    await expect(cms.payload.restoreVersion({ collection: 'notices', id: version.id, overrideAccess: false, user: editor })).rejects.toThrow(/恢复为草稿/)
    expect((await live('notices', doc.id)).title).toBe('第二版标题')
    // the admin's 恢复为草稿 (REST ?draft=true; the Local API has no draft option for restores)
    const asDraft = await http('editor', 'POST', `/api/notices/versions/${version.id}?draft=true`)
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    expect((await live('notices', doc.id)).title).toBe('第二版标题')
    expect((await http('editor', 'POST', `/api/notices/versions/${version.id}`)).status).toBe(403)
    await cms.payload.restoreVersion({ collection: 'notices', id: version.id, overrideAccess: false, user: users.publisher.doc })
    expect((await live('notices', doc.id)).title).toBe(original)
  })
})

describe('media', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
  const upload = (who: Who) =>
    attempt(() =>
      cms.payload.create({
        collection: 'media',
        data: { alt: '图' },
        file: { data: png, mimetype: 'image/png', name: `dot-${who}.png`, size: png.length },
        overrideAccess: false,
        user: who === 'anonymous' ? undefined : users[who].doc,
      }),
    )

  it.each(everyone)('%s: upload when signed in, replace or delete only as publisher or admin', async (who) => {
    expect(await upload(who)).toBe(staff(who))
    const doc = await cms.payload.create({ collection: 'media', data: { alt: '图' }, file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length }, overrideAccess: true })
    expect((await rest.find('notices' as EditorialCollection, who, baseNotice, false)) !== null).toBe(true)
    const r = await http(who, 'GET', `/api/media/${doc.id}`)
    // a file no published notice uses is for staff only (test/cms/media-visibility.test.ts)
    expect(r.status).toBe(who === 'anonymous' ? 404 : 200)
    const user = who === 'anonymous' ? undefined : users[who].doc
    expect(await attempt(() => cms.payload.update({ collection: 'media', id: doc.id, data: { alt: '改' }, overrideAccess: false, user }))).toBe(publishes(who))
    expect(await attempt(() => cms.payload.delete({ collection: 'media', id: doc.id, overrideAccess: false, user }))).toBe(publishes(who))
  })
})

describe('users', () => {
  it.each(everyone)('%s: only admins create, list or delete accounts', async (who) => {
    const body = { email: `new-${who}-${Date.now()}@example.gov.cn`, password: 'Pw-long-enough-1', role: 'editor', workspaces: [await provinceWorkspace(cms.payload)] }
    const created = await http(who, 'POST', '/api/users', body)
    expect(ok(created)).toBe(who === 'admin')
    const list = await http(who, 'GET', '/api/users?limit=100')
    const emails = ((list.body.docs as { email: string }[] | undefined) ?? []).map((u) => u.email)
    if (who === 'admin') expect(emails.length).toBeGreaterThanOrEqual(3)
    else if (who === 'anonymous') expect(emails).toEqual([])
    else expect(emails).toEqual([users[who].email])
    const victim = await createUser(cms.payload, 'editor')
    expect(ok(await http(who, 'DELETE', `/api/users/${victim.id}`))).toBe(who === 'admin')
    const g = await gql(who, 'mutation($data: mutationUserInput!) { createUser(data: $data) { id } }', { data: { ...body, email: `g-${body.email}` } })
    expect(!g.errors && Boolean(g.data?.createUser)).toBe(who === 'admin')
  })

  it('background jobs cannot be run through the API by editors or anonymous callers', async () => {
    expect((await http('anonymous', 'GET', '/api/payload-jobs/run')).status).toBeGreaterThanOrEqual(400)
    expect((await http('editor', 'GET', '/api/payload-jobs/run')).status).toBeGreaterThanOrEqual(400)
    expect((await http('publisher', 'GET', '/api/payload-jobs/run')).status).toBe(200)
  })
})

describe('an editor cannot publish by the side doors', () => {
  it('autosave and draft endpoints refuse `_status: published`', async () => {
    const draft = await seed('notices', 'draft')
    for (const query of ['?draft=true&autosave=true', '?draft=true', '?autosave=true']) {
      const r = await http('editor', 'PATCH', `/api/notices/${draft.id}${query}`, { _status: 'published' })
      expect(r.status, query).toBe(403)
    }
    expect((await live('notices', draft.id))._status).toBe('draft')
  })

  it('bulk updates cannot publish or change live documents', async () => {
    const draft = await seed('notices', 'draft')
    const published = await seed('notices', 'published')
    const before = (await live('notices', published.id)).title
    await http('editor', 'PATCH', `/api/notices?where[id][in]=${draft.id},${published.id}`, { _status: 'published' })
    await http('editor', 'PATCH', `/api/notices?where[id][equals]=${published.id}`, { title: '批量改标题' })
    expect((await live('notices', draft.id))._status).toBe('draft')
    expect((await live('notices', published.id)).title).toBe(before)
  })

  it('a duplicate of a published notice is not published', async () => {
    const published = await seed('notices', 'published')
    const r = await http('editor', 'POST', `/api/notices/${published.id}/duplicate`, { slug: `dup-${Date.now()}` })
    const id = (r.body.doc as { id?: number } | undefined)?.id
    if (id !== undefined) expect((await live('notices', id))._status).not.toBe('published')
  })

  it('Payload’s internal collections are closed to anonymous callers and editors', async () => {
    for (const slug of ['payload-jobs', 'payload-kv', 'payload-preferences', 'payload-locked-documents', 'payload-migrations']) {
      for (const who of ['anonymous', 'editor'] as const) {
        const read = await http(who, 'GET', `/api/${slug}`)
        const docs = (read.body.docs as unknown[] | undefined) ?? []
        if (read.status < 300) expect(docs.length === 0 || slug === 'payload-preferences' || slug === 'payload-locked-documents', `${who} reads ${slug}`).toBe(true)
        const write = await http(who, 'POST', `/api/${slug}`, { key: 'x', data: {}, name: 'x', taskSlug: 'schedulePublish' })
        if (slug !== 'payload-preferences' && slug !== 'payload-locked-documents') expect(write.status, `${who} writes ${slug}`).toBeGreaterThanOrEqual(400)
      }
    }
  })
})
