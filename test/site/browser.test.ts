/**
 * The built site in Chromium: no axe-core violations (WCAG 2.2 AA) on each page type in light
 * and dark, keyboard-only use (skip link, header search box, results), print styles.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, openSiteInBrowser, type SiteInBrowser, type StaticServer } from './helpers.ts'

let server: StaticServer
let browser: Browser


/** One page of each type. */
const pageTypes: Array<[name: string, path: string]> = [
  ['首页', '/'],
  ['通知列表', '/notices/'],
  ['通知筛选', '/notices/status/repealed/'],
  ['通知（已废止）', '/notices/wu-ren-she-mi-2025-52/'],
  ['通知（现行，有关系）', '/notices/wu-ren-she-mi-2025-85/'],
  ['公需科目', '/topics/'],
  ['年度专题', '/topics/2021/'],
  ['专题', '/topics/2021/2021-qukuailian-jishu/'],
  ['今年变化', '/topics/changes/'],
  ['培训单位列表', '/providers/'],
  ['培训单位', '/providers/anhui-guancheng-jiaoyu/'],
  ['常见问题', '/faqs/'],
  ['问题', '/faqs/2021-faq-07/'],
  ['办事指南', '/guides/'],
  ['指南', '/guides/xueshi-zenme-suan/'],
  ['搜索（有结果）', '/search/?q=区块链'],
  ['404', '/no-such-page/'],
]

let opened: SiteInBrowser | undefined
beforeAll(async () => {
  ;({ server, browser } = opened = await openSiteInBrowser())
})
afterAll(() => opened?.close())

async function open(pathname: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  // bypassCSP: axe is injected as an inline script, which the site's own policy rightly refuses;
  // the pages' compliance with that policy is checked in test/e2e/journeys.test.ts.
  const page = await browser.newPage({ bypassCSP: true, colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } })
  await page.goto(`${server.url}${pathname}`)
  if (pathname.startsWith('/search/')) {
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
  }
  return page
}

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pageTypes)(`%s (%s) — ${colorScheme}`, async (_name, pathname) => {
      const page = await open(pathname, { colorScheme })
      try {
        expect(await axeViolations(page)).toEqual([])
      } finally {
        await page.close()
      }
    })
  }

  it.each([['首页', '/'], ['年度专题', '/topics/2021/'], ['通知', '/notices/wu-ren-she-mi-2025-85/']])('%s on a 360 px phone', async (_name, pathname) => {
    const page = await open(pathname, { width: 360 })
    try {
      expect(await axeViolations(page)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    } finally {
      await page.close()
    }
  })
})

describe('keyboard only', () => {
  it('Tab reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await open('/notices/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文')
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })

  it('Tab reaches the header search box; typing 区块链 and Enter finds the 2021 topic', async () => {
    const page = await open('/')
    let focused = ''
    for (let i = 0; i < 5 && focused !== 'site-search'; i += 1) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.id ?? '')
    }
    expect(focused).toBe('site-search')
    await page.keyboard.type('区块链')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\/\?q=/)
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
    const urls = await page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(urls.slice(0, 3)).toContain('/topics/2021/2021-qukuailian-jishu/')

    // On to the first result by keyboard, and open it.
    let onResult = false
    for (let i = 0; i < 60 && !onResult; i += 1) {
      await page.keyboard.press('Tab')
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('#search-results')))
    }
    expect(onResult).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'))
    expect(await page.locator('h1').textContent()).toBeTruthy()
    await page.close()
  })

  it('pages load no script; the search page fetches Pagefind only once a query is made', async () => {
    const page = await browser.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto(`${server.url}/notices/wu-ren-she-mi-2025-52/`)
    await page.goto(`${server.url}/search/`)
    await page.waitForLoadState('networkidle')
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([])
    await page.focus('#search-q')
    await page.keyboard.type('证书')
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
    expect(requests).toContain('/pagefind/pagefind.js')
    await page.close()
  })
})

describe('print', () => {
  it('hides navigation and search, keeps the notice text', async () => {
    const page = await open('/notices/wu-ren-she-mi-2025-85/')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('nav[aria-label="主导航"]').isVisible()).toBe(false)
    expect(await page.locator('.search-box').first().isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    await page.close()
  })
})
