/**
 * The calculator's words in Chromium (issue 13): no English or field keys in the answers or
 * errors, a wrong year named at once, full-width digits accepted, citations that link to the
 * notice at its article, no empty topic heading, the by-hand method from the rules data, and
 * one margin on paper.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSiteInBrowser, type SiteInBrowser, type StaticServer, type TestSite } from './helpers.ts'

let site: TestSite
let server: StaticServer
let browser: Browser

let opened: SiteInBrowser | undefined
beforeAll(async () => {
  ;({ site, server, browser } = opened = await openSiteInBrowser({ today: '2026-12-01' }))
}, 900_000)
afterAll(() => opened?.close())

async function open(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${server.url}/calculator/${query}`)
  await page.waitForSelector('[data-result] > *')
  return page
}

/** Links among these whose page or anchor the built site does not have. */
function missingTargets(hrefs: readonly string[]): string[] {
  return hrefs.filter((href) => {
    if (!href.startsWith('/')) return false
    const [pathname, anchor] = href.split('#')
    if (!site.has(pathname!)) return true
    return anchor !== undefined && !site.html(pathname!).includes(`id="${anchor}"`)
  })
}

describe('the calculator’s words', () => {
  it('the answers name the subject in Chinese, and empty courseware names no field keys', async () => {
    const page = await open('?year=2026&a=courseware~2026-05-01~subject:professional')
    await page.click('.calc-form button[type=submit]')
    const answers = await page.textContent('[data-answers]')
    expect(answers).toContain('申请认定为 专业科目')
    expect(answers).not.toMatch(/professional|public/)
    const errors = await page.textContent('[data-error-summary]')
    expect(errors).toContain('课件标定的学时')
    expect(errors).not.toMatch(/hours|count/)
    await page.close()
  })

  it('?year=1999 names the problem at once', async () => {
    const page = await open('?year=1999')
    expect(await page.isVisible('[data-error-summary]')).toBe(true)
    expect(await page.textContent('[data-error-summary]')).toContain('年度：须在 2001 至 2099 之间，收到 1999')
    expect(await page.textContent('#calc-year-error')).toContain('收到 1999')
    await page.close()
  })

  it.each(['1999', 'abc'])('?year=%s says nothing about that year’s topics', async (year) => {
    const page = await open(`?year=${year}`)
    expect(await page.isVisible('[data-error-summary]')).toBe(true)
    expect(await page.isVisible('[data-no-topics]')).toBe(false)
    await page.selectOption('#calc-year', '2026')
    expect(await page.isVisible('[data-no-topics]')).toBe(true)
    await page.close()
  })

  it('full-width digits are accepted and shown as ASCII', async () => {
    const page = await open('?year=2026')
    await page.click('[data-add] button[data-type=training]')
    await page.fill('#a-0-date', '2026-06-20')
    await page.fill('#a-0-days', '３')
    await page.dispatchEvent('#a-0-days', 'input')
    expect(await page.inputValue('#a-0-days')).toBe('3')
    await page.click('.calc-form button[type=submit]')
    const result = await page.textContent('[data-result]')
    expect(result).toContain('18')
    expect(result).not.toContain('须为数字')
    await page.close()
  })

  it('each citation in a result links to the notice page at the article', async () => {
    const page = await open('?year=2026&a=training~2026-06-20~days:3')
    const hrefs = await page.$$eval('[data-result] cite a', (links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs).toContain('/notices/wu-ren-she-mi-2025-85/#s-二')
    for (const href of hrefs) expect(href).toMatch(/^\/(notices\/[a-z0-9-]+\/(#(s|before)-[一二三四五六七八九十至0-9-]+)?|faqs\/#[a-z0-9-]+|rules\/#rule-[a-z0-9-]+)$/)
    // a compound citation: each source its own link, then 规则说明
    const cites = await page.$$eval('[data-result] cite', (all) => all.map((c) => [...c.querySelectorAll('a')].map((a) => `${a.textContent}→${a.getAttribute('href')}`)))
    expect(cites).toContainEqual([
      '芜人社秘〔2025〕85号 二→/notices/wu-ren-she-mi-2025-85/#s-二',
      '阜阳市人社局2025年7月18日通知 三→/notices/fuyang-rsj-2025-notice/#s-三',
      '规则说明→/rules/#rule-requirement-109',
    ])
    for (const links of cites) expect(links.at(-1)).toMatch(/^规则说明→\/rules\/#rule-/)
    expect(missingTargets(hrefs as string[])).toEqual([])
    expect(site.html('/notices/wu-ren-she-mi-2025-85/')).toContain('id="s-二"')
    // the rules table links each rule to its article too: 109号（十）, 6 per day of training
    expect(site.html('/calculator/')).toContain('href="/notices/wan-ren-she-mi-2025-109/#s-十"')
    expect(site.html('/notices/wan-ren-she-mi-2025-109/')).toContain('id="s-十"')
    await page.close()
  })

  it('the rules table and 手工计算方法 link each source on its own, and every link lands on its anchor', () => {
    const html = site.html('/calculator/')
    const section = (id: string) => {
      const start = html.indexOf(`id="${id}"`)
      return html.slice(start, html.indexOf('</section>', start))
    }
    const hrefsIn = (part: string) => [...part.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    const hrefs = [...hrefsIn(section('calc-rules-title')), ...hrefsIn(section('calc-hand-title')), ...hrefsIn(site.html('/rules/').split('<main')[1]!)]
    expect(missingTargets(hrefs)).toEqual([])
    // 85号 五（三） and 109号's (八), （一）至（七） and the 就高原则 item land on their passages
    for (const href of ['/notices/wu-ren-she-mi-2025-85/#s-五-三', '/notices/wan-ren-she-mi-2025-109/#s-八', '/notices/wan-ren-she-mi-2025-109/#s-一至七', '/notices/wan-ren-she-mi-2025-109/#before-二十二-4']) {
      expect(hrefs, href).toContain(href)
    }
    // 115号 附件2 十八 links that FAQ; a repeated source is shown once
    expect(hrefs.some((h) => h.startsWith('/faqs/#'))).toBe(true)
    const rulesRow = /<tr id="rule-public-topic"[\s\S]*?<\/tr>/.exec(html)![0]
    expect(rulesRow).toMatch(/>皖人社秘〔2021〕115号 三<\/a>；<a href="\/faqs\/#[^"]+">皖人社秘〔2021〕115号 附件2 十八<\/a>/)
    const hand = section('calc-hand-title').replace(/<[^>]+>/g, '')
    expect(hand).not.toMatch(/；附件2/)
    for (const m of hand.matchAll(/（([^（）]*(?:（[^（）]*）[^（）]*)*)）/g)) {
      const parts = m[1]!.split('；')
      expect(new Set(parts).size, m[1]).toBe(parts.length)
    }
  })

  it('a year without topics says so instead of an empty heading', async () => {
    const page = await open('?year=2026')
    expect(await page.isVisible('[data-no-topics]')).toBe(true)
    expect(await page.textContent('[data-no-topics]')).toContain('本站没有收录2026年度的公需科目专题')
    await page.close()
  })

  it('手工计算方法 is in the page without JavaScript, with linked citations', () => {
    const html = site.html('/calculator/')
    const start = html.indexOf('id="calc-hand-title"')
    const section = html.slice(start, html.indexOf('</section>', start))
    expect(section).toContain('总计不少于90学时')
    expect(section).toContain('培训每天6学时')
    expect(section).toContain('href="/notices/')
  })

  it('on paper the content has the same left edge as the header and footer', async () => {
    const page = await open('?year=2026&a=training~2026-06-20~days:3')
    await page.emulateMedia({ media: 'print' })
    const edges = await page.evaluate(() =>
      ['.site-header', 'main', '.site-footer'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)),
    )
    expect(new Set(edges).size).toBe(1)
    await page.close()
  })
})
