/**
 * The multi-year page (/calculator/cycle/) in Chromium on the real built site: filled as a
 * professional would, shared by its URL and reloaded; keyboard only; axe in light and dark;
 * without JavaScript it explains the method; printed on A4. Also the open data the build
 * publishes: /rules.json against rules/table.ts, and /schemas/… against the CLI's schemas.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inputSchemas, RULES, rulesDocument } from '../../rules/index.ts'
import { axeViolations, openSiteInBrowser, type SiteInBrowser, type StaticServer, type TestSite } from './helpers.ts'

let site: TestSite
let server: StaticServer
let browser: Browser
const today = '2026-12-01'

let opened: SiteInBrowser | undefined
beforeAll(async () => {
  ;({ site, server, browser } = opened = await openSiteInBrowser({ today }))
})
afterAll(() => opened?.close())

/** A browser context; `bypassCSP` only where axe is injected inline, which the site's policy refuses. */
async function context(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; cspErrors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...options })
  const cspErrors: string[] = []
  ctx.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()) })
  ctx.on('weberror', (e) => cspErrors.push(String(e.error())))
  return { context: ctx, cspErrors }
}

const status = (page: Page) => page.locator('[data-result] h2').first().innerText()
const table = (page: Page) => page.locator('[data-result] table.years').innerText()

describe('filled, shared and reloaded', () => {
  it('a title cycle met by the average, then a year given as activities, the link restoring everything', async () => {
    const { context: ctx, cspErrors } = await context()
    let page = await ctx.newPage()
    await page.goto(`${server.url}/calculator/cycle/`)
    await page.getByLabel('职称申报：最近一个任职周期').check()
    await page.fill('#cy-from', '2024')
    await page.fill('#cy-to', '2025')
    await page.fill('#cy-date', today)
    await page.fill('#y2024-public', '30')
    await page.fill('#y2024-professional', '70')
    await page.fill('#y2025-public', '30')
    await page.fill('#y2025-professional', '50')
    await page.getByRole('button', { name: '查看结果' }).click()
    expect(await status(page)).toBe('已达到要求：任职周期内年均学时达到规定')
    expect(await table(page)).toMatch(/年均（计入周期的学时）\s+总计90（公需30 \/ 专业60）/)
    const offset = page.locator('[data-result] .explanations li', { hasText: '抵补周期内其他年度的不足' })
    expect(await offset.innerText()).toContain('2024年度')
    expect(await offset.locator('cite a', { hasText: '宜人社秘〔2023〕43号 四（三）' }).getAttribute('href')).toBe('/notices/yi-ren-she-mi-2023-43/#s-四-三')
    expect(await offset.locator('cite a', { hasText: '规则说明' }).getAttribute('href')).toBe('/rules/#rule-cycle-title')

    // 2025 as activities: 5 days of training (30, professional) and the topic (30): 30/30, average professional 50
    await page.getByLabel('当年的学习活动，逐项填写').nth(1).check()
    const add = (name: string) => page.getByRole('group', { name: '为2025年度添加一项学习或成果' }).getByRole('button', { name }).click()
    await add('参加培训、研修或进修')
    await page.fill('#y2025-a-0-date', '2025-09-01')
    await page.fill('#y2025-a-0-days', '5')
    await add('学完一个公需科目专题')
    await page.fill('#y2025-a-1-date', '2025-10-01')
    expect(await status(page)).toBe('未达到要求：年均学时不足')
    const missing = page.locator('[data-result] .explanations li', { hasText: '周期内还差' })
    expect(await missing.innerText()).toContain('专业科目20学时')
    expect(await missing.innerText()).toContain('2025年度')
    expect(await missing.innerText()).toContain('2026年12月31日')
    expect(await page.locator('[data-result] .year-lines li', { hasText: '2025年度第1项' }).count()).toBeGreaterThan(0)

    const shared = page.url()
    expect(shared).toContain('purpose=title')
    const before = await table(page)
    await page.close()
    page = await ctx.newPage()
    await page.goto(shared)
    expect(await status(page)).toBe('未达到要求：年均学时不足')
    expect(await table(page)).toBe(before)
    expect(await page.inputValue('#y2025-a-0-days')).toBe('5')
    expect(await page.inputValue('#y2024-professional')).toBe('70')
    expect(await page.inputValue('#cy-from')).toBe('2024')
    expect(cspErrors).toEqual([])
    await ctx.close()
  })

  it('cramming is flagged with its rule; promotion postponed; an error names the field and its link takes the focus there', async () => {
    const { context: ctx } = await context()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/calculator/cycle/?purpose=title&from=2021&to=2023&date=${today}&y2021=0~0&y2022=0~0&y2023=90~180`)
    expect(await status(page)).toBe('未达到要求：不计突击完成的学时，年均不足')
    const crammed = page.locator('[data-result] .warnings li', { hasText: '突击' })
    expect(await crammed.innerText()).toContain('2023年度')
    expect(await crammed.innerText()).toContain('本站理解')
    expect(await crammed.locator('a', { hasText: '规则说明' }).getAttribute('href')).toBe('/rules/#rule-cycle-cramming')
    expect(await page.locator('[data-result] table.years td.flag').innerText()).toContain('专业60')

    await page.getByLabel('地矿局内部等级晋升：最近3个年度').check()
    expect(await status(page)).toBe('未达到要求：暂缓晋升（不计突击完成的学时，年均不足）')
    await page.fill('#y2023-professional', 'abc')
    await page.getByRole('button', { name: '查看结果' }).click()
    const link = page.locator('[data-error-summary] a', { hasText: '2023年度专业科目学时' })
    await link.click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('y2023-professional')
    expect(await page.getAttribute('#y2023-professional', 'aria-invalid')).toBe('true')
    await ctx.close()
  })
})

describe('keyboard only', () => {
  it('reaches every answer with Tab and fills a promotion check without a mouse', async () => {
    const { context: ctx } = await context()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/calculator/cycle/`)
    const focusTo = async (id: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate(() => document.activeElement?.id) === id) return
      }
      throw new Error(`Tab never reached #${id}`)
    }
    await focusTo('cy-purpose-title')
    await page.keyboard.press('ArrowDown')
    expect(await page.isChecked('#cy-purpose-promotion')).toBe(true)
    await focusTo('cy-to')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2025')
    await page.evaluate(() => (document.activeElement as HTMLElement).blur())
    await page.fill('#cy-date', today)
    for (const y of [2023, 2024, 2025]) {
      await focusTo(`y${y}-public`)
      await page.keyboard.type('30')
      await page.keyboard.press('Tab')
      await page.keyboard.type('60')
    }
    await page.locator('button.primary').focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('核对结果')
    expect(await status(page)).toBe('已达到要求：最近3个年度年均学时达到规定')
    await ctx.close()
  })
})

describe('accessibility, no JavaScript, print', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the empty page, a filled result and the rules page (${colorScheme})`, async () => {
      const { context: ctx } = await context({ colorScheme, bypassCSP: true })
      const page = await ctx.newPage()
      for (const url of ['/calculator/cycle/', `/calculator/cycle/?purpose=title&from=2024&to=2025&date=${today}&y2024=30~70&y2025=a&a2025=training~2025-09-01~days:5&mm=senior~300`, '/rules/']) {
        await page.goto(`${server.url}${url}`)
        expect(await axeViolations(page), url).toEqual([])
      }
      await ctx.close()
    })
  }

  it('without JavaScript the page explains the method, every step linked to its rule', async () => {
    const { context: ctx } = await context({ javaScriptEnabled: false })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/calculator/cycle/`)
    expect(await page.locator('form.cy-form').isVisible()).toBe(false)
    const steps = page.locator('.by-hand ol > li')
    expect(await steps.count()).toBeGreaterThanOrEqual(6)
    for (const li of await steps.all()) expect(await li.locator('a[href^="/rules/#rule-"]').count()).toBeGreaterThan(0)
    expect(await page.locator('.by-hand').innerText()).toContain('180学时')
    await ctx.close()
  })

  it('prints the result on A4 without the form', async () => {
    const { context: ctx } = await context()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/calculator/cycle/?purpose=promotion&to=2025&date=${today}&y2023=30~60&y2024=30~60&y2025=30~30`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('form.cy-form').isVisible()).toBe(false)
    expect(await page.locator('[data-result] table.years').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThan(0)
    expect(pages).toBeLessThanOrEqual(3)
    await ctx.close()
  })
})

describe('open data in the build', () => {
  it('/rules.json is rules/table.ts with the build date, each rule linked to the rules page', () => {
    const json = JSON.parse(fs.readFileSync(path.join(site.outDir, 'rules.json'), 'utf8'))
    const expected = rulesDocument(today)
    expect(json.version).toBe(expected.version)
    expect(json.buildDate).toBe(today)
    expect(json.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id))
    for (const [i, r] of expected.rules.entries()) {
      const { url, sources, ...rest } = json.rules[i]
      const { sources: expectedSources, ...expectedRest } = r
      expect(rest).toEqual(expectedRest)
      expect(sources.map((s: { source: string; article: string; seed: string }) => ({ source: s.source, article: s.article, seed: s.seed }))).toEqual(expectedSources)
      expect(url).toBe(`https://jxjy.example.cn/rules/#rule-${r.id}`)
    }
    expect(json.rules.find((r: { id: string }) => r.id === 'cycle-title').sources[0].url).toBe(new URL('/notices/yi-ren-she-mi-2023-43/#s-四-三', 'https://jxjy.example.cn').href)
  })
  it('/schemas/… are the schemas the command line validates against', () => {
    for (const [name, schema] of Object.entries(inputSchemas)) {
      expect(JSON.parse(fs.readFileSync(path.join(site.outDir, 'schemas', name), 'utf8'))).toEqual(schema)
    }
  })
  it('the rules page lists every rule with its period and source', () => {
    const html = site.html('/rules/')
    for (const r of RULES) expect(html, r.id).toContain(`id="rule-${r.id}"`)
    expect(html).toContain('适用期间')
    expect(html).toContain('href="/rules.json"')
  })
})
