/**
 * Measurements in Chromium (playwright-core), each in a fresh browser context so nothing is
 * cached: bytes a page downloads before any interaction, and what a first search fetches.
 * Bytes are response bodies as transferred (encoded), from each request's `sizes()`.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

export interface Transfer {
  url: string
  bytes: number
  type: string
}

/** Records every finished request of a page with its transferred body size. */
function recorder(page: Page, filter: (url: string) => boolean = () => true) {
  const transfers: Transfer[] = []
  const pending = new Set<Request>()
  page.on('request', (request) => {
    if (filter(request.url())) pending.add(request)
  })
  const done = async (request: Request) => {
    if (!pending.has(request)) return
    try {
      const sizes = await request.sizes()
      transfers.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize, type: request.resourceType() })
    } catch {
      // the page closed first
    }
    pending.delete(request)
  }
  page.on('requestfinished', (request) => void done(request))
  page.on('requestfailed', (request) => pending.delete(request))
  return {
    transfers,
    /** waits until nothing is in flight for `quietMs` */
    async settle(quietMs = 500, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      let quietSince = Date.now()
      while (Date.now() < deadline) {
        if (pending.size > 0) quietSince = Date.now()
        else if (Date.now() - quietSince >= quietMs) return
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    reset() {
      transfers.length = 0
    },
  }
}

async function withPage<T>(browser: Browser, fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    return await fn(await context.newPage(), context)
  } finally {
    await context.close()
  }
}

export interface LoadWeight {
  url: string
  bytes: number
  byType: Record<string, number>
  requests: number
  files: Transfer[]
}

/**
 * Everything a page downloads from load until the network has been idle for a second, with no
 * interaction: includes scripts a page imports on idle (e.g. a search UI), which reading the
 * tags alone misses.
 */
export function loadWeight(browser: Browser, url: string): Promise<LoadWeight> {
  return withPage(browser, async (page) => {
    const rec = recorder(page)
    await page.goto(url, { waitUntil: 'load' })
    await rec.settle(1000)
    const byType: Record<string, number> = {}
    for (const t of rec.transfers) byType[t.type] = (byType[t.type] ?? 0) + t.bytes
    return { url, bytes: rec.transfers.reduce((s, t) => s + t.bytes, 0), byType, requests: rec.transfers.length, files: rec.transfers }
  })
}

export interface QueryProbe {
  query: string
  /** bytes of /pagefind/ responses for this query, from a cold cache */
  bytes: number
  requests: number
  files: Transfer[]
  /** from issuing the query to the first results being available (API) or shown (UI) */
  ms: number
  totalResults: number | null
  /** URLs of the first five results, in ranking order */
  top: string[]
}

const uiTimeoutMs = 15_000

const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/')

/**
 * A first query through Pagefind's JS API, the same way on any site: import /pagefind/pagefind.js,
 * search, load the first five results' data (what a results list shows first).
 */
export function apiQuery(browser: Browser, baseUrl: string, query: string): Promise<QueryProbe> {
  return withPage(browser, async (page) => {
    await page.goto(`${baseUrl}/404.html`, { waitUntil: 'load' }).catch(() => page.goto(baseUrl))
    const rec = recorder(page, isPagefind)
    const result = await page.evaluate(async (q) => {
      const t0 = performance.now()
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
        search: (term: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>
      }
      const found = await pagefind.search(q)
      const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()))
      return { ms: performance.now() - t0, total: found.results.length, top: data.map((d) => d.url) }
    }, query)
    await rec.settle()
    return {
      query,
      bytes: rec.transfers.reduce((s, t) => s + t.bytes, 0),
      requests: rec.transfers.length,
      files: rec.transfers,
      ms: result.ms,
      totalResults: result.total,
      top: result.top,
    }
  })
}

export interface UiScript {
  /** page to open */
  path: string
  /** types the query and waits for the first result; resolves with the time it took */
  run: (page: Page, query: string) => Promise<number>
  /** the shown results' links, in order */
  top: (page: Page) => Promise<string[]>
}

/**
 * A first query through a site's own search UI, from a cold cache: bytes are every /pagefind/
 * response from opening the page until the results are shown and the network is quiet.
 */
export function uiQuery(browser: Browser, baseUrl: string, script: UiScript, query: string): Promise<QueryProbe> {
  return withPage(browser, async (page) => {
    const rec = recorder(page, isPagefind)
    const consoleErrors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 240))
    })
    page.on('pageerror', (e) => consoleErrors.push(e.message.slice(0, 240)))
    await page.goto(baseUrl + script.path, { waitUntil: 'load' })
    let ms: number
    try {
      ms = await script.run(page, query)
    } catch (error) {
      const why = consoleErrors.length ? `; the page logged: ${consoleErrors.join(' | ')}` : ''
      throw new Error(`no results shown within ${uiTimeoutMs / 1000} s${why}`, { cause: error })
    }
    await rec.settle()
    const top = (await script.top(page)).slice(0, 5).map((href) => new URL(href, baseUrl).pathname + new URL(href, baseUrl).hash)
    return {
      query,
      bytes: rec.transfers.reduce((s, t) => s + t.bytes, 0),
      requests: rec.transfers.length,
      files: rec.transfers,
      ms,
      totalResults: null,
      top,
    }
  })
}

/** Our /search/ page: type into the box, press Enter, wait for the first result. */
export const ourSearchUi: UiScript = {
  path: '/search/',
  async run(page, query) {
    const input = page.locator('#search-q')
    await input.click()
    await input.fill(query)
    const t0 = Date.now()
    await input.press('Enter')
    await page.locator('#search-results li').first().waitFor({ timeout: uiTimeoutMs })
    return Date.now() - t0
  },
  // The result links, not the links to the section of a result that matched.
  top: (page) => page.locator('#search-results li > a:first-child').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
}

/** Starlight: open the search dialog, type the query, wait for the first result. */
export const starlightSearchUi: UiScript = {
  path: '/',
  async run(page, query) {
    await page.locator('button[data-open-modal]').first().click()
    const input = page.locator('.pagefind-ui__search-input').first()
    await input.waitFor({ timeout: uiTimeoutMs })
    const t0 = Date.now()
    await input.fill(query)
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: uiTimeoutMs })
    return Date.now() - t0
  },
  top: (page) => page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
}

/** Whether any of the expected pages (by slug) is among the top results. */
export function foundInTop(top: string[], slugs: string[]): boolean {
  return top.some((url) => slugs.some((slug) => url.includes(`/${slug}/`) || url.endsWith(`#${slug}`)))
}
