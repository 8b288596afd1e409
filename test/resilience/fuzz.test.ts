/**
 * Thousands of malformed requests against the real CMS API (SQLite, REST), sent by a signed-in
 * admin so that only validation stands between them and the database. Every one must get a clear
 * 4xx, and an export of the database must be identical before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportAll } from '../../cms/backup/export-all.ts'
import { bootCms, createUser, login, type TestCms } from '../cms/helpers.ts'
import { prng } from '../../bench/lib/prng.ts'

let cms: TestCms
let token: string
let ids: Record<string, Array<number | string>>

const collections = ['notices', 'topics', 'providers', 'faqs', 'forms'] as const


const validFor: Record<(typeof collections)[number], () => Record<string, unknown>> = {
  notices: () => ({ title: '模糊测试通知', slug: `fuzz-${Math.random().toString(36).slice(2)}`, issuer: '测试机关', level: 'province', year: 2026 }),
  topics: () => ({ title: '模糊测试专题', slug: `fuzz-${Math.random().toString(36).slice(2)}`, year: 2026, hours: 30 }),
  providers: () => ({ name: '模糊测试单位', slug: `fuzz-${Math.random().toString(36).slice(2)}` }),
  faqs: () => ({ question: '模糊测试问题？', slug: `fuzz-${Math.random().toString(36).slice(2)}`, category: '测试' }),
  forms: () => ({ title: '模糊测试表', slug: `fuzz-${Math.random().toString(36).slice(2)}`, columns: ['序号'] }),
}

/** JSON nested `depth` levels deep, written as text (stringifying it would exhaust the stack). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}"底"${'}'.repeat(depth)}`

/** A body to send as it is, not through JSON.stringify. */
class Raw {
  readonly text: string
  constructor(text: string) {
    this.text = text
  }
}

type Collection = (typeof collections)[number]

/** Fields of each collection by kind, so each malformed value lands on a real field. */
const fieldsOf: Record<Collection, Record<'text' | 'number' | 'ranged' | 'date' | 'enum' | 'relation' | 'url', string[]>> = {
  notices: { text: ['title', 'issuer', 'docNumber', 'recipients'], number: ['year'], ranged: ['year'], date: ['dateIssued', 'statusDate'], enum: ['level', 'status', '_status'], relation: ['statusBy'], url: [] },
  topics: { text: ['title'], number: ['year', 'hours'], ranged: ['year', 'hours'], date: ['contractStart', 'contractEnd', 'studyDeadline'], enum: ['_status'], relation: ['provider', 'sourceNotice'], url: ['learningUrl'] },
  providers: { text: ['name'], number: [], ranged: [], date: [], enum: ['_status'], relation: [], url: ['website'] },
  faqs: { text: ['question', 'category'], number: ['order', 'years'], ranged: [], date: [], enum: ['_status'], relation: ['sourceNotice'], url: [] },
  forms: { text: ['title', 'notes'], number: [], ranged: [], date: [], enum: ['_status'], relation: ['sourceNotice'], url: [] },
}

type Pick = <T>(xs: readonly T[]) => T
type Mutation = (doc: Record<string, unknown>, collection: Collection, pick: Pick, create: boolean) => unknown

/** Sets a malformed value on a field of the given kind, or an unknown field where there is none. */
const on = (kind: keyof (typeof fieldsOf)['notices'], values: readonly unknown[]): Mutation => (d, c, pick) => {
  const fields = fieldsOf[c][kind]
  return fields.length ? { ...d, [pick(fields)]: pick(values) } : { ...d, [`unknown_${kind}`]: pick(values) }
}

/** Each mutation breaks an otherwise valid document in one way. */
const mutations: Array<[string, Mutation]> = [
  ['wrong type for a text field', on('text', [123, true, [], { x: 1 }, ['a', 'b']])],
  // Payload reads numeric strings as numbers ("2026" → 2026), so only non-numbers are malformed here.
  ['wrong type for a number', on('number', ['二〇二六', {}, true, 'NaN', [[1]]])],
  ['number out of range', on('ranged', [-1, 99999, 1e308, -1e308, 1.5e3])],
  ['huge string', on('text', ['长'.repeat(100_000), '长'.repeat(1_000_000)])],
  ['deep nesting', (d, c, pick) => {
    const field = pick([...fieldsOf[c].text, 'body', 'answer'])
    const json = JSON.stringify({ ...d, [field]: null })
    return new Raw(json.replace(`"${field}":null`, `"${field}":${deepJson(pick([65, 500, 5_000, 50_000]))}`))
  }],
  ['invalid date', on('date', ['2026-02-30', '2026-13-01', 'yesterday', 20260101, '0000-00-00', {}])],
  ['unknown field', (d, _c, pick) => ({ ...d, [pick(['role', 'isAdmin', 'createdBy', 'hash', 'constructor', 'salt'])]: pick(['admin', true, 1, {}]) })],
  ['bad enum', on('enum', ['national-ish', 'DELETED', 7, true])],
  ['bad relation', on('relation', [999999, 'abc', -1, { id: 'x' }, [1, 2], 1.5])],
  ['bad url', on('url', ['javascript:alert(1)', 'ftp://x', 'not a url', 'http//x', 42])],
  ['missing required fields', (_d, _c, pick, create) => (create ? pick([{}, { year: 2026 }, { _status: 'published' }]) : { title: null, name: null, question: null })],
  ['not an object', (_d, _c, pick) => new Raw(pick(['[]', '"text"', '42', 'null', 'true']))],
]

beforeAll(async () => {
  cms = await bootCms({ http: true })
  const { loadCorpus } = await import('../../content/load.ts')
  const { seedCorpus } = await import('../../cms/seed/index.ts')
  await seedCorpus(cms.payload, await loadCorpus())
  const admin = await createUser(cms.payload, 'admin')
  token = await login(cms.url!, admin)
  ids = {}
  for (const collection of collections) {
    const found = await cms.payload.find({ collection, limit: 5, depth: 0, overrideAccess: true })
    ids[collection] = found.docs.map((doc) => doc.id)
  }
}, 300_000)

afterAll(async () => {
  await cms?.close()
})

describe('malformed requests to the CMS API', () => {
  it('get a clear 4xx, never a 5xx, and leave the database unchanged', async () => {
    const before = await exportAll(cms.payload)
    const random = prng(20261124)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
    const unexpected: string[] = []
    const seen = new Map<string, number>()
    const total = 2_000

    for (let i = 0; i < total; i++) {
      const collection = pick(collections)
      const [kind, mutate] = pick(mutations)
      const update = random() < 0.4
      const url = update ? `${cms.url}/api/${collection}/${pick(ids[collection]!)}` : `${cms.url}/api/${collection}`
      const rawJson = random() < 0.05
      const mutated = rawJson ? new Raw(pick(['{"title": ', '{{}', '\u0000', '{"a":1}}'])) : mutate(validFor[collection](), collection, pick, !update)
      const body = mutated instanceof Raw ? mutated.text : JSON.stringify(mutated)
      const response = await fetch(url, {
        method: update ? 'PATCH' : 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body,
      })
      const text = await response.text()
      seen.set(kind, (seen.get(kind) ?? 0) + 1)
      if (response.status < 400 || response.status >= 500) {
        unexpected.push(`#${i} ${update ? 'PATCH' : 'POST'} ${collection} [${rawJson ? 'raw body' : kind}] → ${response.status} ${text.slice(0, 200)}`)
      } else {
        // A clear error: JSON with a message a person can read.
        const parsed = JSON.parse(text) as { errors?: Array<{ message?: string }> }
        if (!parsed.errors?.[0]?.message) unexpected.push(`#${i} ${collection} [${kind}] → ${response.status} without message`)
      }
    }

    expect(unexpected.slice(0, 20)).toEqual([])
    expect(seen.size).toBe(mutations.length)
    expect(await exportAll(cms.payload)).toEqual(before)
  }, 600_000)
})
