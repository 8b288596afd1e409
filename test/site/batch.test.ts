/**
 * The batch page (/calculator/batch/) in Chromium, on the real build: an XLSX and a GBK CSV from
 * test/fixtures/batch are chosen, the results read, sorted, filtered and downloaded (CSV and XLSX,
 * read back), axe finds nothing, and no request leaves the page once a file is chosen — the CSV
 * makes none at all; the XLSX makes two, GETs of the site's own same-origin script chunks that read
 * XLSX (components/batch/xlsx-read.ts and the read-excel-file `universal` build it imports), which
 * the page loads only then. Also: the page's weight before a file is chosen, by the benchmark's measure.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlFileFor, pageWeight } from '../../bench/lib/page-assets.ts'
import { readXlsxRows } from '../../components/batch/xlsx-read.ts'
import { checkBatch, readCsvBytes } from '../../rules/batch/index.ts'
import { RULES } from '../../rules/index.ts'
import { axeViolations, projectRoot, openSiteInBrowser, type SiteInBrowser, type StaticServer, type TestSite } from './helpers.ts'

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'batch')

let site: TestSite
let server: StaticServer
let browser: Browser

let opened: SiteInBrowser | undefined
beforeAll(async () => {
  ;({ site, server, browser } = opened = await openSiteInBrowser({ today: '2026-12-01' }))
})
afterAll(() => opened?.close())

interface Opened {
  page: Page
  /** every request the page made after the file was chosen */
  after: Request[]
  /** every request made while loading the page */
  before: Request[]
}

async function openAndChoose(fixture: string): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true })
  const before: Request[] = []
  const after: Request[] = []
  let chosen = false
  page.on('request', (r) => (chosen ? after : before).push(r))
  await page.goto(`${server.url}/calculator/batch/`, { waitUntil: 'networkidle' })
  await page.fill('#batch-date', '2028-01-01')
  chosen = true
  await page.setInputFiles('#batch-file', path.join(fixtures, fixture))
  await page.waitForSelector('[data-results]:not([hidden]) tbody tr')
  return { page, before, after }
}

async function tableRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-table] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())))
}

async function downloaded(page: Page, kind: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"]`)])
  const file = await download.path()
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) }
}

describe('batch page before a file is chosen', () => {
  it('weighs at most 50 KB gzipped (HTML, CSS and JS it loads), the XLSX reader not among it', () => {
    const file = htmlFileFor(site.outDir, '/calculator/batch/')!
    const weight = pageWeight(site.outDir, '/calculator/batch/', file)
    expect(weight.missing).toEqual([])
    expect(weight.total).toBeLessThanOrEqual(50 * 1024)
    const js = weight.assets.filter((a) => a.kind === 'js')
    expect(js.length).toBeGreaterThan(0)
    for (const a of js) expect(fs.readFileSync(path.join(site.outDir, a.url), 'utf8')).not.toContain('sharedStrings')
    const reader = fs.readdirSync(path.join(site.outDir, '_astro')).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(site.outDir, '_astro', f), 'utf8').includes('sharedStrings'))
    expect(reader.length).toBeGreaterThan(0)
  })

  it('says that the file stays in the browser, and offers the templates', async () => {
    const html = site.html('/calculator/batch/')
    expect(html).toContain('文件不会上传')
    const csv = fs.readFileSync(path.join(site.outDir, 'calculator', 'batch', 'template.csv'))
    const fromCsv = checkBatch(readCsvBytes(csv), { asOf: '2027-01-01', rules: RULES })
    expect(fromCsv.ok && fromCsv.entries.map((e) => e.name)).toEqual(['张三', '李四', '王五'])
    const xlsx = fs.readFileSync(path.join(site.outDir, 'calculator', 'batch', 'template.xlsx'))
    const rows = await readXlsxRows(new Uint8Array(xlsx).buffer)
    expect(rows[0]?.slice(0, 4)).toEqual(['姓名', '证件号', '年度', '类型'])
    const fromXlsx = checkBatch(rows, { asOf: '2027-01-01', rules: RULES })
    expect(fromXlsx.ok && fromXlsx.entries.every((e) => e.problems.length === 0)).toBe(true)
  })
})

describe('a GBK CSV with Chinese headers', () => {
  it('gives one row per person and year, names bad rows by row and column, sends nothing', async () => {
    const { page, after } = await openAndChoose('staff-gbk.csv')
    try {
      expect(await page.textContent('[data-summary]')).toBe('2026年度：6 人中 2 人已达到，2 人未达到，2 人的数据有问题。')
      expect(await page.textContent('[data-status]')).toContain('GBK')
      expect(await page.textContent('[data-status]')).toContain('跳过 2 个空行')
      const rows = await tableRows(page)
      expect(rows.map((r) => [r[0], r[3]])).toEqual([
        ['张三', '已达到'], ['李四', '未达到'], ['王五', '数据有问题'], ['=1+1', '已达到'], ['赵六', '未达到'], ['孙七', '数据有问题'],
      ])
      expect(rows[1]?.slice(4, 7)).toEqual(['18', '0', '18'])
      expect(rows[1]?.[7]).toMatch(/^还差 72 学时（公需 30，专业 42） （芜人社秘〔2025〕85号 二.*；规则说明）$/)
      expect(await page.getAttribute('[data-table] tbody tr:nth-child(2) td:nth-of-type(7) a', 'href')).toBe('/rules/#rule-requirement-109')
      const ruleLinks = await page.$$eval('[data-table] tbody a', (as) => as.map((a) => a.getAttribute('href') ?? ''))
      for (const href of ruleLinks) expect(href).toMatch(/^\/rules\/#rule-[a-z0-9-]+$/)
      expect(rows[2]?.[8]).toContain('第6行「天数」列：须为整数')
      expect(rows[2]?.[8]).toContain('第7行「学时」列：须为数字')
      expect(rows[5]?.[8]).toContain('第10行「类型」列')

      await page.selectOption('[data-filter]', 'error')
      expect((await tableRows(page)).map((r) => r[0])).toEqual(['王五', '孙七'])
      await page.selectOption('[data-filter]', 'all')
      await page.selectOption('[data-sort]', 'short')
      expect((await tableRows(page)).map((r) => r[0]).slice(0, 2)).toEqual(['赵六', '李四'])

      const csv = await downloaded(page, 'csv')
      expect(csv.name).toBe('学时核对结果-staff-gbk.csv')
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = csv.bytes.toString('utf8')
      // the 18-digit 证件号 with a leading tab, so Excel keeps it as text (rules/batch/csv.ts digitsAsText)
      expect(text).toContain("\r\n'=1+1,\t340101199001010044,2026,已达到,90,30,60")
      expect(text.split('\r\n')[0]).toBe('\ufeff姓名,证件号,年度,结果,总计,公需科目,专业科目,还差总计,还差公需,还差专业,说明,提醒,问题')

      const xlsx = await downloaded(page, 'xlsx')
      const back = await readXlsxRows(new Uint8Array(xlsx.bytes).buffer)
      expect(back).toHaveLength(7)
      expect(back.map((r) => r[0])).toContain('=1+1')
      expect(back.find((r) => r[0] === '李四')?.slice(4, 7)).toEqual([18, 0, 18])

      expect(after.map((r) => `${r.method()} ${r.url()}`)).toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe('an XLSX workbook with serial dates', () => {
  it('reads the first sheet below its title row, loads the reader only now and sends nothing', async () => {
    const { page, before, after } = await openAndChoose('staff.xlsx')
    try {
      expect(await page.textContent('[data-summary]')).toBe('2026年度：4 人中 2 人已达到，1 人未达到，1 人的数据有问题。')
      const rows = await tableRows(page)
      expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([['张三', 'A001', '90'], ['李四', 'A002', '30'], ['@王五', 'A003', '90'], ['赵六', 'A004', '—']])
      expect(rows[3]?.[8]).toContain('第9行「日期」列')

      const origin = new URL(server.url).origin
      const loaded = after.map((r) => ({ method: r.method(), url: new URL(r.url()), body: r.postData() }))
      expect(loaded.map((r) => r.url.pathname.replace(/^\/_astro\/([\w-]+)\..*$/, '$1')).sort()).toEqual(['universal', 'xlsx-read'])
      for (const r of loaded) {
        expect(r.method).toBe('GET')
        expect(r.url.origin).toBe(origin)
        expect(r.url.pathname).toMatch(/^\/_astro\/[\w.-]+\.js$/)
        expect(r.url.search).toBe('')
        expect(r.body).toBeNull()
      }
      const initial = new Set(before.map((r) => r.url()))
      for (const r of loaded) expect(initial.has(r.url.href)).toBe(false)

      const csv = (await downloaded(page, 'csv')).bytes.toString('utf8')
      expect(csv).toContain("\r\n'@王五,A003,2026,已达到")

      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.close()
    }
  })
})
