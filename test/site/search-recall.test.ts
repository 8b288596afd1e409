/**
 * Search recall by rank, through the real search page in Chromium against the real index of the
 * seed build: every 文号 as people type it (in full, as "NN号", with [] or （） brackets, without
 * the issuer) finds its notice at rank 1; everyday queries (colloquial words, other word orders,
 * questions as people ask them) find their page in the top 3 (cases: bench/lib/search-recall-cases.ts).
 * The same cases at scale: search-recall-scale.test.ts. Pagefind's Chinese segmentation has
 * changed between releases; this catches a regression when the pinned version is bumped.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../content/load.ts'
import { buildTestSite, launchChromium, serveStatic, type StaticServer, type TestSite } from './helpers.ts'
import { rankOf, recallCases, searchUi } from '../../bench/lib/search-recall-cases.ts'

const cases = recallCases(await loadCorpus())
let site: TestSite
let server: StaticServer
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await buildTestSite()
  server = await serveStatic(site.outDir)
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await site?.close()
})

const search = (query: string) => searchUi(page, server.url, query)

describe('a 文号 finds its notice at rank 1', () => {
  it.each(cases.filter((c) => c.kind === '文号').map((c) => [c.query, c] as const))('%s', async (_q, c) => {
    const ranked = await search(c.query)
    expect(rankOf(ranked, c.expected), `${ranked.status}\n${ranked.paths.join('\n')}`).toBe(1)
  })
})

describe('everyday queries find their page in the top 3', () => {
  it.each(cases.filter((c) => c.kind === 'everyday').map((c) => [c.query, c] as const))('%s', async (_q, c) => {
    const ranked = await search(c.query)
    const rank = rankOf(ranked, c.expected)
    expect(rank !== null && rank <= c.within, `rank ${rank}: ${ranked.status}\n${ranked.paths.join('\n')}`).toBe(true)
  })
})

describe('what is indexed', () => {
  it('boilerplate is not: a FAQ is not found by its source line, a guide not by its related notices', async () => {
    // Every FAQ page ends with 出处：<文号>《title》, a line left out of the index.
    expect((await search('出处')).paths.filter((p) => p.startsWith('/faqs/'))).toEqual([])
    const ranked = await search('皖人社秘〔2021〕115号')
    expect(ranked.paths[0]).toBe('/notices/wan-ren-she-mi-2021-115/')
    // FAQ 2021-faq-10 cites 115号 only in its source line.
    expect(ranked.paths).not.toContain('/faqs/2021-faq-10/')
  })

  it('a long notice links to the section that matched', async () => {
    await search('就高原则')
    const section = await page.$$eval('#search-results li', (items) =>
      items.map((li) => (li.querySelector('a.section') as HTMLAnchorElement | null)?.getAttribute('href') ?? ''),
    )
    expect(section.some((href) => /^\/notices\/[a-z0-9-]+\/#.+$/.test(href)), section.join('\n')).toBe(true)
  })
})

describe('partial words', () => {
  it('a query that misses as a whole is retried with shorter sub-terms, and the page says so', async () => {
    // Pagefind 1.6 finds nothing for 补考费 (the word is not in any page); 补考 is.
    const { paths, status } = await search('补考费')
    expect(status).toContain('没有找到完全匹配“补考费”的内容，下面是“补考”的')
    expect(paths).toContain('/faqs/2021-faq-16/')
  })

  it('a query with nothing to find says so and suggests shorter words', async () => {
    const { paths, status } = await search('鳄鱼麒麟')
    expect(paths).toHaveLength(0)
    expect(status).toContain('没有找到与“鳄鱼麒麟”相关的内容。试试更短的词，如“鳄鱼麒”')
  })
})

async function resultPaths(): Promise<string[]> {
  await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
  await page.waitForTimeout(300)
  return page.$$eval('#search-results li > a:first-child', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

describe('filters and order', () => {
  it('type filter narrows 区块链 to topics', async () => {
    await search('区块链')
    await page.locator('.search-filters summary').click()
    await page.getByLabel('专题', { exact: true }).check()
    const urls = await resultPaths()
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^\/(topics|providers)\//)
  })

  it('status filter: 已废止 leaves the repealed 52号 notice', async () => {
    await search('继续教育')
    await page.locator('.search-filters summary').click()
    await page.getByLabel('已废止', { exact: true }).check()
    expect(await resultPaths()).toEqual(['/notices/wu-ren-she-mi-2025-52/'])
  })

  it('level filter: 市级 leaves city notices only', async () => {
    await search('继续教育')
    await page.locator('.search-filters summary').click()
    await page.getByLabel('市级', { exact: true }).check()
    const urls = await resultPaths()
    expect(urls.length).toBeGreaterThan(1)
    for (const url of urls) expect(url).toMatch(/^\/notices\/(wu|yi|fuyang)-/)
  })

  it('sorted by date, newest first', async () => {
    await search('学时管理办法')
    await page.locator('.search-filters summary').click()
    await page.selectOption('#search-sort', 'date-desc')
    await page.waitForTimeout(300)
    const urls = await resultPaths()
    const dates = await Promise.all(
      urls.map((u) => page.evaluate(async (url) => (await (await fetch(url)).text()).match(/data-pagefind-sort="date:([\d-]+)"/)?.[1] ?? '', u)),
    )
    expect(dates.length).toBeGreaterThan(1)
    expect([...dates].sort().reverse()).toEqual(dates)
  })
})
