import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { defaultTopicHours } from '../hours.ts'

export const pendingTitlePrefix = '（待填写）'

export interface NewYearResult {
  fromYear: number
  year: number
  created: { id: number | string; provider: string }[]
  skipped: { provider: string; reason: string }[]
  message: string
}

type TopicRow = {
  id: number | string
  year: number
  provider?: number | string | { id: number | string; name?: string; slug?: string } | null
  learningUrl?: string | null
  hotlines?: string[] | null
  hours?: number | null
}

const idOf = (p: TopicRow['provider']) => (p && typeof p === 'object' ? p.id : p)

/**
 * Starts next year's topics from last year's providers: for each provider that had a topic in
 * `fromYear`, a draft topic for `fromYear + 1` with the same provider, learning URL, hotlines and
 * hours; the title is left for the editor (「（待填写）」) and the contract dates empty. A provider
 * that already has a topic that year is skipped, so running it twice changes nothing.
 */
export async function startNewYear(req: PayloadRequest, fromYear?: number): Promise<NewYearResult> {
  const { payload } = req
  const base = { collection: 'topics' as const, req, overrideAccess: true, depth: 0, draft: true }
  let source = fromYear
  if (source === undefined) {
    const { docs } = await payload.find({ ...base, sort: '-year', limit: 1 })
    source = (docs[0] as TopicRow | undefined)?.year
    if (source === undefined) throw new APIError('还没有任何专题，无法从上一年度生成。', 400, undefined, true)
  }
  if (!Number.isInteger(source) || source < 2000 || source > 2099) {
    throw new APIError('年度须为 2000–2099 之间的整数', 400, undefined, true)
  }
  const year = source + 1

  const last = (await payload.find({ ...base, where: { year: { equals: source } }, limit: 500, sort: 'createdAt' })).docs as TopicRow[]
  const next = (await payload.find({ ...base, where: { year: { equals: year } }, limit: 500 })).docs as TopicRow[]
  const taken = new Set(next.map((t) => String(idOf(t.provider))))

  const result: NewYearResult = { fromYear: source, year, created: [], skipped: [], message: '' }
  const done = new Set<string>()
  for (const topic of last) {
    const providerId = idOf(topic.provider)
    if (providerId === undefined || providerId === null) continue
    const key = String(providerId)
    if (done.has(key)) continue
    done.add(key)
    const provider = await payload.findByID({ collection: 'providers', id: providerId, req, overrideAccess: true, depth: 0, draft: true })
    const name = String(provider.name)
    if (taken.has(key)) {
      result.skipped.push({ provider: name, reason: `${year} 年度已有该单位的专题` })
      continue
    }
    const doc = await payload.create({
      collection: 'topics',
      req,
      // The caller's own rights apply: only publishers and admins reach this endpoint.
      overrideAccess: false,
      user: req.user,
      draft: true,
      data: {
        _status: 'draft',
        year,
        title: `${pendingTitlePrefix}${year}年度公需科目专题（${name}）`,
        slug: `${year}-${String(provider.slug ?? key)}`,
        provider: providerId as number,
        learningUrl: topic.learningUrl ?? undefined,
        hotlines: topic.hotlines ?? [],
        hours: topic.hours ?? defaultTopicHours,
      },
    })
    result.created.push({ id: doc.id, provider: name })
  }
  result.message = result.created.length
    ? `已为 ${result.created.length} 个培训单位生成 ${year} 年度专题草稿，请补全标题和合同期后提交审核。`
    : `没有需要生成的 ${year} 年度专题（${source} 年度的培训单位都已有 ${year} 年度专题）。`
  return result
}

/** `POST /api/topics/new-year` with optional `{ "fromYear": 2025 }`; publishers and admins only. */
export const newYearEndpoint: Endpoint = {
  path: '/new-year',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'publisher')) {
      return Response.json({ errors: [{ message: '只有审核发布人员或管理员可以生成新年度专题' }] }, { status: req.user ? 403 : 401 })
    }
    let body: { fromYear?: unknown } = {}
    try {
      body = req.json ? ((await req.json()) as typeof body) ?? {} : {}
    } catch {
      body = {}
    }
    const fromYear = body.fromYear === undefined || body.fromYear === null || body.fromYear === '' ? undefined : Number(body.fromYear)
    try {
      return Response.json(await startNewYear(req, fromYear), { status: 200 })
    } catch (error) {
      if (error instanceof APIError) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      throw error
    }
  },
}
