import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { isProvinceStaff } from '../../../access/workspaces.ts'
import { defaultTopicHours } from '../hours.ts'
import { todayInChina, yearOf } from '../../../../rules/dates.ts'

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

export interface NewYearPlan {
  /** the year whose topics are drafted */
  year: number
  /** the year whose providers are carried over (the latest one with providers on record) */
  fromYear: number | undefined
  /** the latest year on record, when its topics name no provider */
  latestWithoutProviders?: number
  providers: number
}

/**
 * Which year to draft and from which: the later of the year after the latest topics on record and
 * the current year, from the latest year whose topics name providers. What the button says.
 */
export async function planNewYear(req: PayloadRequest, now = new Date()): Promise<NewYearPlan> {
  const { payload } = req
  const base = { collection: 'topics' as const, req, overrideAccess: true, depth: 0, draft: true }
  const latest = ((await payload.find({ ...base, sort: '-year', limit: 1 })).docs[0] as TopicRow | undefined)?.year
  const withProvider = (await payload.find({ ...base, where: { provider: { exists: true } }, sort: '-year', limit: 1 })).docs[0] as TopicRow | undefined
  const year = Math.max(latest === undefined ? 0 : latest + 1, yearOf(todayInChina(now)))
  const fromYear = withProvider && withProvider.year < year ? withProvider.year : undefined
  const providers =
    fromYear === undefined
      ? 0
      : new Set(((await payload.find({ ...base, where: { year: { equals: fromYear } }, limit: 500 })).docs as TopicRow[]).map((t) => String(idOf(t.provider))).filter((p) => p !== 'undefined' && p !== 'null')).size
  return { year, fromYear, providers, ...(latest !== undefined && latest !== fromYear && latest < year ? { latestWithoutProviders: latest } : {}) }
}

/**
 * Starts a year's topics from an earlier year's providers: for each provider that had a topic in
 * `fromYear`, a draft topic for the target year with the same provider, learning URL, hotlines and
 * hours; the title is left for the editor (「（待填写）」) and the contract dates empty. A provider
 * that already has a topic that year is skipped, so running it twice changes nothing. Without
 * `fromYear` the plan above decides; with it, the target is `fromYear + 1`.
 */
export async function startNewYear(req: PayloadRequest, fromYear?: number): Promise<NewYearResult> {
  const { payload } = req
  const base = { collection: 'topics' as const, req, overrideAccess: true, depth: 0, draft: true }
  let source = fromYear
  let year = fromYear === undefined ? undefined : fromYear + 1
  let plan: NewYearPlan | undefined
  if (source === undefined) {
    plan = await planNewYear(req)
    source = plan.fromYear
    year = plan.year
    if (source === undefined) throw new APIError('还没有填写了培训单位的专题，无法按上一年度生成，请直接新建专题。', 400, undefined, true)
  }
  if (!Number.isInteger(source) || source < 2000 || source > 2099 || year === undefined) {
    throw new APIError('年度须为 2000–2099 之间的整数', 400, undefined, true)
  }

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
      // The caller's own rights apply: drafts only, whoever presses the button.
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
  const note = plan?.latestWithoutProviders ? `（${plan.latestWithoutProviders} 年度的专题没有填写培训单位，按 ${source} 年度的培训单位生成）` : ''
  if (result.created.length) {
    result.message = `已按 ${source} 年度的培训单位生成 ${result.created.length} 份 ${year} 年度专题草稿${note}，请补全标题和合同期后提交审核。`
  } else if (result.skipped.length) {
    result.message = `没有新建草稿：${source} 年度的 ${result.skipped.length} 个培训单位在 ${year} 年度都已有专题（${result.skipped.map((s) => s.provider).join('、')}）。`
  } else {
    result.message = `没有新建草稿：${source} 年度的专题没有填写培训单位。`
  }
  return result
}

const provinceOnly = '公需科目专题由省人社厅的工作人员编辑：你所在的机构不能生成专题草稿。'

/**
 * `POST /api/topics/new-year` with optional `{ "fromYear": 2025 }`: any staff member of the province's
 * workspace, which topics belong to (it writes drafts only, which then go through review). `GET` says what a press would do, for the button.
 */
export const newYearEndpoint: Endpoint = {
  path: '/new-year',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'publisher', 'editor')) {
      return Response.json({ errors: [{ message: '请先登录' }] }, { status: 401 })
    }
    if (!(await isProvinceStaff(req))) return Response.json({ errors: [{ message: provinceOnly }] }, { status: 403 })
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

export const newYearPlanEndpoint: Endpoint = {
  path: '/new-year',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录' }] }, { status: 401 })
    if (!(await isProvinceStaff(req))) return Response.json({ errors: [{ message: provinceOnly }] }, { status: 403 })
    return Response.json(await planNewYear(req), { status: 200 })
  },
}
