/**
 * What the draft preview reads from the CMS, always with the viewer's own credentials: who is
 * signed in, the draft (`draft=true`), and the published content around it (relations, forms,
 * images) so the page is the one the build would make. The CMS applies its access rules
 * (roles, and whatever else it checks) to every request; the preview adds none of its own.
 */
import { cmsBaseUrl, fetchAllDocs } from '../../lib/cms-loader.ts'
import { faqSchema, formSchema, mediaSchema, noticeSchema, providerSchema, topicSchema } from '../../lib/schemas.ts'
import { indexSiteData, siteToday, type SiteData } from '../../lib/site-index.ts'
import type { z } from 'zod'

export const previewCollections = ['notices', 'topics', 'faqs', 'providers'] as const
export type PreviewCollection = (typeof previewCollections)[number]

const schemas = { notices: noticeSchema, topics: topicSchema, faqs: faqSchema, providers: providerSchema } as const

export interface Viewer {
  id: number | string
  email?: string
  role?: string
}

const auth = (token: string) => ({ authorization: `JWT ${token}`, accept: 'application/json' })

/** The signed-in account behind the token, or undefined (expired, forged, signed out). */
export async function signedInViewer(token: string | undefined): Promise<Viewer | undefined> {
  if (!token) return undefined
  const response = await fetch(`${cmsBaseUrl()}/api/users/me?depth=0`, { headers: auth(token) })
  if (!response.ok) return undefined
  const body = (await response.json()) as { user?: Viewer | null }
  return body.user ?? undefined
}

export type DraftResult<T> =
  | { kind: 'missing' }
  | { kind: 'incomplete'; title: string; problems: string[] }
  | { kind: 'ready'; doc: T; site: SiteData }

function parseAll<S extends z.ZodType>(schema: S, docs: unknown[]): Array<z.output<S>> {
  return docs.flatMap((doc) => {
    const parsed = schema.safeParse(doc)
    return parsed.success ? [parsed.data] : []
  })
}

/** The published site as the viewer's credentials read it: what the build would use. */
async function publishedSite(token: string): Promise<Omit<Parameters<typeof indexSiteData>[0], 'today' | 'guides'>> {
  const published = { headers: auth(token), query: 'where[_status][equals]=published' }
  const [notices, topics, providers, faqs, forms, media] = await Promise.all([
    fetchAllDocs('notices', published),
    fetchAllDocs('topics', published),
    fetchAllDocs('providers', published),
    fetchAllDocs('faqs', published),
    fetchAllDocs('forms', published),
    fetchAllDocs('media', { headers: auth(token) }),
  ])
  return {
    notices: parseAll(noticeSchema, notices.docs),
    topics: parseAll(topicSchema, topics.docs),
    providers: parseAll(providerSchema, providers.docs),
    faqs: parseAll(faqSchema, faqs.docs),
    forms: parseAll(formSchema, forms.docs),
    media: parseAll(mediaSchema, media.docs),
  }
}

/** The admin's names for the fields a draft may still lack. */
const fieldLabels: Record<string, string> = {
  title: '标题',
  slug: '网址标识',
  issuer: '发文机关',
  level: '层级',
  year: '年度',
  status: '效力状态',
  dateIssued: '成文日期',
  body: '正文',
  question: '问题',
  answer: '解答',
  category: '分类',
  name: '名称',
  hours: '学时',
  contractEnd: '合同期结束',
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [field] = issue.path
    const label = typeof field === 'string' ? (fieldLabels[field] ?? field) : undefined
    return label ? `「${label}」：${issue.message}` : issue.message
  })
}

/** The newest draft of a document, placed among the published content in its own place. */
export async function loadDraft<C extends PreviewCollection>(
  collection: C,
  id: string,
  token: string,
): Promise<DraftResult<z.output<(typeof schemas)[C]>>> {
  if (!/^\d{1,12}$|^[a-f0-9]{24}$/.test(id)) return { kind: 'missing' }
  const response = await fetch(`${cmsBaseUrl()}/api/${collection}/${id}?draft=true&depth=0`, { headers: auth(token) })
  if (response.status === 404 || response.status === 403 || response.status === 401) return { kind: 'missing' }
  if (!response.ok) throw new Error(`内容管理系统返回 HTTP ${response.status}（${collection}/${id}）`)
  const raw = (await response.json()) as Record<string, unknown>
  const parsed = schemas[collection].safeParse(raw)
  if (!parsed.success) {
    const title = String(raw.title ?? raw.question ?? `${collection} ${id}`)
    return { kind: 'incomplete', title, problems: problemsOf(parsed.error) }
  }
  const doc = parsed.data
  const sources = await publishedSite(token)
  const list = sources[collection] as Array<{ id: unknown }>
  const others = list.filter((d) => String(d.id) !== String(doc.id))
  const site = indexSiteData({
    ...sources,
    [collection]: [...others, doc],
    today: siteToday(),
    guides: [],
  })
  return { kind: 'ready', doc: doc as z.output<(typeof schemas)[C]>, site }
}
