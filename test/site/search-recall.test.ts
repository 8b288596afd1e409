/**
 * Recall of Chinese queries, through the real search page in Chromium: each term must bring
 * its page into the first three results. Pagefind's Chinese segmentation has changed between
 * releases; this table catches a regression when the pinned version is bumped.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestSite, launchChromium, serveStatic, type StaticServer, type TestSite } from './helpers.ts'

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

interface Found {
  status: string
  results: Array<{ url: string; title: string }>
}

async function search(query: string): Promise<Found> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? ''
    return /找到|没有找到|不可用/.test(status)
  })
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')?.textContent ?? '',
    results: Array.from(document.querySelectorAll<HTMLAnchorElement>('#search-results li > a')).map((a) => ({
      url: new URL(a.href).pathname,
      title: a.textContent ?? '',
    })),
  }))
}

/** term → the page it must find in the top 3 (or a pattern the top result's title matches) */
const recall: Array<[term: string, expected: string | RegExp]> = [
  ['公需科目', '/guides/xueshi-zenme-suan/'],
  ['学时', '/guides/xueshi-zenme-suan/'],
  ['证书', '/faqs/2021-faq-07/'],
  ['区块链', '/topics/2021/2021-qukuailian-jishu/'],
  ['安徽冠成教育科技有限公司', '/providers/anhui-guancheng-jiaoyu/'],
  ['冠成', '/providers/anhui-guancheng-jiaoyu/'],
  ['安徽开放大学', '/providers/anhui-kaifang-daxue/'],
  ['宏景', '/providers/hefei-hongzhan-ruanjian/'],
  ['继续教育', /继续教育/],
  ['专业科目', '/faqs/2021-faq-09/'],
  ['折算', '/faqs/2025-public-professional/'],
  ['学时管理办法', '/notices/wan-ren-she-mi-2025-109/'],
  ['芜人社秘〔2025〕52号', '/notices/wu-ren-she-mi-2025-52/'],
  ['补考', '/faqs/2021-faq-16/'],
  ['发票', '/faqs/2021-faq-14/'],
  ['碳达峰', '/topics/2023/2023-tandafeng-tanzhonghe/'],
  ['浏览器', '/faqs/2021-faq-13/'],
  ['集体报名', '/faqs/2021-faq-12/'],
]

describe('Chinese queries find their page in the top 3', () => {
  it.each(recall)('%s', async (term, expected) => {
    const { results, status } = await search(term)
    const top = results.slice(0, 3)
    const shown = `${status}\n${results.map((r) => `${r.url} ${r.title}`).join('\n')}`
    if (typeof expected === 'string') expect(top.map((r) => r.url), shown).toContain(expected)
    else expect(top[0]?.title ?? '', shown).toMatch(expected)
  })
})

describe('partial words', () => {
  it('a query that misses as a whole is retried with shorter sub-terms, and the page says so', async () => {
    // Pagefind 1.6 finds nothing for 补考费 (the word is not in any page); 补考 is.
    const { results, status } = await search('补考费')
    expect(status).toContain('没有找到完全匹配“补考费”的内容，下面是“补考”的')
    expect(results.map((r) => r.url)).toContain('/faqs/2021-faq-16/')
  })

  it('a query with nothing to find says so and suggests shorter words', async () => {
    const { results, status } = await search('鳄鱼麒麟')
    expect(results).toHaveLength(0)
    expect(status).toContain('没有找到与“鳄鱼麒麟”相关的内容。试试更短的词，如“鳄鱼麒”')
  })
})

describe('filters', () => {
  it('type filter narrows 区块链 to topics', async () => {
    await search('区块链')
    await page.locator('.search-filters summary').click()
    await page.getByLabel('专题', { exact: true }).check()
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
    await page.waitForTimeout(200)
    const urls = await page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^\/(topics|providers)\//)
  })
})
