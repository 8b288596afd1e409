/**
 * Astro content loader for the CMS REST API. It reads what an anonymous visitor may read —
 * published documents only, so drafts never reach the site — and every page of results:
 * Payload answers 10 documents per page unless asked otherwise.
 */
import type { Loader } from 'astro/loaders'

export const defaultCmsUrl = 'http://localhost:3001'
const pageSize = 100

/** The CMS base URL (without `/api`), from CMS_URL or the local default. */
export function cmsBaseUrl(value: string | undefined = process.env.CMS_URL): string {
  const url = (value?.trim() || defaultCmsUrl).replace(/\/+$/, '')
  return url.replace(/\/api$/, '')
}

export class CmsUnavailableError extends Error {
  readonly url: string
  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsUnavailableError'
    this.url = url
  }
}

/** "fetch failed" says little; the cause underneath names the refused port or unknown host. */
function describe(error: unknown): string {
  const parts: string[] = []
  for (let e = error as { message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth += 1) {
    if (e.message && !parts.includes(e.message)) parts.push(e.message)
    e = e.cause as typeof e
  }
  return parts.join('：') || String(error)
}

interface PaginatedDocs {
  docs: Array<Record<string, unknown>>
  totalDocs: number
  hasNextPage: boolean
  page?: number
}

function isPaginated(value: unknown): value is PaginatedDocs {
  const v = value as PaginatedDocs
  return typeof v === 'object' && v !== null && Array.isArray(v.docs) && typeof v.hasNextPage === 'boolean'
}

export interface FetchAllResult {
  docs: Array<Record<string, unknown>>
  /** what the API reported as the total; equals docs.length when paging worked */
  totalDocs: number
  /** number of requests made */
  pages: number
}

/**
 * Every published document of a collection, page by page until `hasNextPage` is false.
 * Relationships stay ids (depth=0); the site resolves them itself.
 */
export async function fetchAllDocs(
  collection: string,
  options: {
    baseUrl?: string
    fetch?: typeof fetch
    pageSize?: number
    /** sent with each request (the draft preview forwards the viewer's credentials) */
    headers?: Record<string, string>
    /** more of the query string, e.g. a `where` filter */
    query?: string
  } = {},
): Promise<FetchAllResult> {
  const base = cmsBaseUrl(options.baseUrl)
  const doFetch = options.fetch ?? fetch
  const limit = options.pageSize ?? pageSize
  const docs: Array<Record<string, unknown>> = []
  let page = 1
  for (;;) {
    const url = `${base}/api/${collection}?limit=${limit}&page=${page}&depth=0&sort=id${options.query ? `&${options.query}` : ''}`
    let response: Response
    try {
      response = await doFetch(url, { headers: { accept: 'application/json', ...options.headers } })
    } catch (cause) {
      throw new CmsUnavailableError(
        `无法连接内容管理系统：${url}（${describe(cause)}）。请先运行 npm run cms:api，或用 CMS_URL 指向可用的 CMS。`,
        url,
        { cause },
      )
    }
    if (!response.ok) {
      throw new CmsUnavailableError(`内容管理系统返回 HTTP ${response.status}：${url}`, url)
    }
    let body: unknown
    try {
      body = await response.json()
    } catch (cause) {
      throw new CmsUnavailableError(`内容管理系统的回应不是 JSON：${url}`, url, { cause })
    }
    if (!isPaginated(body)) {
      throw new CmsUnavailableError(`内容管理系统的回应不是分页列表（缺少 docs/hasNextPage）：${url}`, url)
    }
    docs.push(...body.docs)
    if (!body.hasNextPage) return { docs, totalDocs: body.totalDocs, pages: page }
    page += 1
    if (page > 10_000) throw new CmsUnavailableError(`分页没有结束：${url}`, url)
  }
}

/**
 * A content loader for one CMS collection. Entries are keyed by slug (or id for media), and
 * each document is checked against the collection's schema by Astro's `parseData`.
 */
export function cmsLoader(collection: string, options: { baseUrl?: string } = {}): Loader {
  return {
    name: `cms:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const base = cmsBaseUrl(options.baseUrl)
      const { docs, totalDocs, pages } = await fetchAllDocs(collection, { baseUrl: base })
      if (docs.length !== totalDocs) {
        throw new Error(`读取 ${collection} 不完整：共 ${totalDocs} 篇，只读到 ${docs.length} 篇（${base}）`)
      }
      store.clear()
      for (const doc of docs) {
        const id = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(doc.id)
        if (store.has(id)) throw new Error(`${collection} 中有重复的网址标识：${id}`)
        const data = await parseData({ id, data: doc })
        store.set({ id, data, digest: generateDigest(doc) })
      }
      logger.info(`${collection}：${docs.length} 篇（${pages} 页）`)
    },
  }
}
