/**
 * `node bench/workspaces.ts [--docs 10000] [--workspaces 17] [--requests 200]` (or
 * `npm run bench:workspaces`): the CMS API with workspaces (issue 16) at the scale of the
 * province and its 16 cities. A fresh SQLite CMS in a temp folder holds `--workspaces` bodies
 * (人社厅 and the cities by name; no contacts) and `--docs` notices and FAQs spread evenly over
 * them, 80 % published, 20 % drafts. Then, over HTTP through the project's API server, one client
 * at a time: list p50/p95 for the public (published only), for a city's editor (drafts of their
 * workspace + everything published, the access rule of cms/access/) and for that editor's admin
 * list (only their workspace, the baseFilter), against an admin's unrestricted list.
 * Results: bench/results/workspaces.json and .md.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Migration, Payload } from 'payload'
import type { Faq, Notice } from '../content/schema.ts'
import { projectRoot } from '../paths.ts'
import { describeMachine, machineInfo } from './lib/machine.ts'
import { formatMs, percentile, round } from './lib/timing.ts'

const cities = ['合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城']

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, workspaces: { type: 'string', default: '17' }, requests: { type: 'string', default: '200' } } })
const docs = Number(values.docs)
const workspaceCount = Math.min(Number(values.workspaces), cities.length + 1)
const requests = Number(values.requests)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-workspaces-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
process.env.PAYLOAD_SECRET = crypto.randomBytes(32).toString('hex')
process.env.CMS_MEDIA_DIR = path.join(dir, 'media')
process.env.CMS_JOBS_AUTORUN = 'off'
const log = (line: string) => process.stderr.write(`${line}\n`)

const { getPayload, createLocalReq } = await import('payload')
const { default: config } = await import('../cms/payload.config.ts')
const { migrations } = await import('../cms/migrations/index.ts')
const { createApiServer, listen } = await import('../cms/server/api-server.ts')
const payload: Payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

const { seedContext: context } = await import('../cms/seed/index.ts')
const { faqData, noticeData } = await import('../cms/seed/records.ts')
const { markdownConverter } = await import('../cms/seed/markdown.ts')
const answer = await markdownConverter(payload.config)('按通知认定。')

/** The n-th generated notice, as a corpus record (content/schema.ts), written through cms/seed/records.ts. */
const noticeRecord = (n: number, issuer: string, level: Notice['level']): Notice => ({
  slug: `bench-notice-${n}`,
  title: `关于做好${2000 + (n % 27)}年度专业技术人员继续教育工作的通知（${n}）`,
  issuer,
  coIssuers: [],
  level,
  year: 2000 + (n % 27),
  subjects: [],
  contact: [],
  attachments: [],
  status: 'in-force',
  relations: [],
  fullText: true,
  body: '',
})
const faqRecord = (n: number): Faq => ({ slug: `bench-faq-${n}`, question: `继续教育学时如何认定？（${n}）`, answer: '按通知认定。', category: '学时', order: n, sourceNotice: 'none', years: [] })
const noNotice = () => undefined

async function writeCorpus(): Promise<number[]> {
  const started = performance.now()
  const req = await createLocalReq({ context }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const ids: number[] = []
  const names = ['安徽省人力资源和社会保障厅', ...cities.map((c) => `${c}市人力资源和社会保障局`)].slice(0, workspaceCount)
  for (const [i, name] of names.entries()) {
    const doc = await payload.create({ collection: 'workspaces', req, overrideAccess: true, context, data: { name, shortName: i === 0 ? '人社厅' : cities[i - 1]!, slug: i === 0 ? 'renshe-ting' : `city-${i}`, kind: i === 0 ? 'province' : 'city', order: i } })
    ids.push(doc.id)
  }
  for (let n = 0; n < docs; n++) {
    const workspace = ids[n % ids.length]!
    const status = Math.floor(n / 5) % 5 === 4 ? 'draft' : 'published'
    const common = { req, overrideAccess: true, context, draft: status === 'draft' } as const
    if (n % 5 < 3) {
      const record = noticeRecord(n, names[n % ids.length]!, workspace === ids[0] ? 'province' : 'city')
      await payload.create({ ...common, collection: 'notices', data: { ...noticeData(record, undefined), workspace, _status: status } })
    } else {
      await payload.create({ ...common, collection: 'faqs', data: { ...faqData(faqRecord(n), answer, noNotice), workspace, _status: status } })
    }
    if ((n + 1) % 1000 === 0) log(`  ${n + 1}/${docs} written`)
  }
  if (transactionID) await payload.db.commitTransaction(transactionID)
  log(`corpus written in ${formatMs(performance.now() - started)}`)
  return ids
}

const workspaceIds = await writeCorpus()
const password = `Pw-${crypto.randomUUID()}`
await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'admin@bench.test', password, role: 'admin' } })
await payload.create({ collection: 'users', overrideAccess: true, data: { email: 'editor@bench.test', password, role: 'editor', workspaces: [workspaceIds[8]!] } })

const server = createApiServer(payload.config)
const url = `http://127.0.0.1:${await listen(server, 0)}`
async function token(email: string): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await res.json()) as { token: string }).token
}
const tokens = { admin: await token('admin@bench.test'), editor: await token('editor@bench.test') }

interface Case {
  name: string
  path: string
  token?: string
  /** requests for this row when fewer than --requests */
  rounds?: number
}
const home = workspaceIds[8]!
// `joins=false` keeps the rows about what the access rules cost; notices also carry three join
// fields (relatedBy, endedNotices, announcedTopics), computed per row with a correlated lookup
// that cms/join-lookup-indexes.ts answers by index (before it, an editor's drafts list, which
// computes them whatever `joins` says, took 6.6 s a request at 10,000 documents). The last row
// is the public list with its joins.
const cases: Case[] = [
  { name: 'public: notices, published', path: '/api/notices?limit=20&depth=0&joins=false' },
  { name: 'public: notices of one workspace', path: `/api/notices?limit=20&depth=0&joins=false&where[workspace][equals]=${home}` },
  { name: 'city editor: notices (drafts of own workspace + published)', path: '/api/notices?limit=20&depth=0&joins=false&draft=true', token: tokens.editor },
  { name: 'city editor: admin list (own workspace only)', path: `/api/notices?limit=10&depth=0&joins=false&draft=true&where[workspace][in]=${home}`, token: tokens.editor },
  { name: 'city editor: FAQs (drafts of own workspace + published)', path: '/api/faqs?limit=20&depth=0&draft=true', token: tokens.editor },
  { name: 'public: FAQs, published', path: '/api/faqs?limit=20&depth=0' },
  { name: 'admin: notices, everything', path: '/api/notices?limit=20&depth=0&joins=false&draft=true', token: tokens.admin },
  { name: 'public: notices with their join fields (5 requests)', path: '/api/notices?limit=20&depth=0', rounds: 5 },
]

const results = []
for (const c of cases) {
  const times: number[] = []
  let total = 0
  const rounds = c.rounds ?? requests
  const warmup = c.rounds ? 1 : 10
  for (let i = 0; i < rounds + warmup; i++) {
    const started = performance.now()
    const res = await fetch(`${url}${c.path}&page=${1 + (i % 5)}`, { headers: c.token ? { authorization: `JWT ${c.token}` } : {} })
    const body = (await res.json()) as { totalDocs?: number }
    if (!res.ok) throw new Error(`${c.name}: HTTP ${res.status}`)
    total = body.totalDocs ?? 0
    if (i >= warmup) times.push(performance.now() - started)
  }
  results.push({ name: c.name, totalDocs: total, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) })
  log(`${c.name}: p50 ${formatMs(percentile(times, 50))}, p95 ${formatMs(percentile(times, 95))} (${total} visible)`)
}

const machine = machineInfo(projectRoot)
const out = path.join(projectRoot, 'bench', 'results')
fs.mkdirSync(out, { recursive: true })
fs.writeFileSync(path.join(out, 'workspaces.json'), `${JSON.stringify({ machine, docs, workspaces: workspaceCount, requests, results }, null, 2)}\n`)
const md = [
  `# Workspaces: CMS list latency (${workspaceCount} workspaces, ${docs.toLocaleString('en')} documents)`,
  '',
  `Machine: ${describeMachine(machine)}`,
  '',
  `${requests} sequential requests per row, one client, REST over HTTP (cms/server/api-server.ts), SQLite.`,
  '',
  '| list | documents visible | p50 | p95 |',
  '|---|---:|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.totalDocs} | ${formatMs(r.p50)} | ${formatMs(r.p95)} |`),
  '',
  'The join fields of a notice list are looked up by the indexes of cms/join-lookup-indexes.ts. Without them, on this corpus,',
  "a city editor's drafts list (read from the versions table) took 6.6 s a request (Local API, same machine).",
  '',
]
fs.writeFileSync(path.join(out, 'workspaces.md'), md.join('\n'))
log(`results: ${path.join(out, 'workspaces.md')}`)
server.closeAllConnections()
await new Promise<void>((resolve) => server.close(() => resolve()))
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
