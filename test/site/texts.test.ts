/**
 * Issue 13, readable text and the gov.cn metadata, on the built site (one build for the file):
 * no page shows internal names or raw `<http…>`, every printed address is a link shown once
 * with its as-printed spelling, 109号 and the Fuyang notice show one marked gap per lost span,
 * titles appear once, the notice page's metadata table, and the notice list's combined filters
 * in Chromium (with JavaScript, and without).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Corpus } from '../../content/schema.ts'
import { buildTestSite, launchChromium, serveStatic, type StaticServer, type TestSite } from './helpers.ts'

let site: TestSite
let corpus: Corpus

beforeAll(async () => {
  corpus = await (await import('../../content/load.ts')).loadCorpus()
  site = await buildTestSite({ today: '2026-12-01' })
})

afterAll(async () => {
  await site?.close()
})

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/** What a reader sees: the body's text without markup, scripts or styles, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/, '')
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e]!)
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
const gapsOf = (html: string) => [...html.matchAll(/<aside class="scan-gap" role="note"[^>]*>([\s\S]*?)<\/aside>/g)].map((m) => visibleText(m[1]!))
const rowOf = (html: string, label: string) => {
  const m = new RegExp(`<th scope="row"[^>]*>${label}</th>\\s*<td[^>]*>([\\s\\S]*?)</td>`).exec(html)
  return m ? visibleText(m[1]!).replace(/\s+/g, '') : undefined
}

describe('no page shows internal names or raw addresses', () => {
  it('no slug, file name, guides/ path or <http…> in any page text', () => {
    const slugs = [...corpus.notices.map((n) => n.slug), ...corpus.forms.map((f) => f.slug)]
    const offending: string[] = []
    for (const page of site.pages()) {
      const text = visibleText(site.html(page))
      for (const name of [...slugs, 'faqs.json', 'guides/2021-', '<http']) {
        if (text.includes(name)) offending.push(`${page}: ${name}`)
      }
      if (text.includes('扫描件此处缺失')) offending.push(`${page}: 扫描件此处缺失`)
    }
    expect(offending).toEqual([])
  })

  it('the address 115号 prints is a link, shown once, with its printed spelling ggfwzt said', () => {
    const html = site.html('/notices/wan-ren-she-mi-2021-115/')
    expect(html).toContain('<a href="http://hrss.ah.gov.cn/ggfwzt/" class="shows-address">http://hrss.ah.gov.cn/ggfwzt/</a>')
    expect(visibleText(html).split('http://hrss.ah.gov.cn/ggfwzt/')).toHaveLength(2)
    expect(visibleText(html)).toContain('网址照原通知印作“ggfwzt”')
    expect(visibleText(site.html('/notices/yi-ren-she-mi-2023-43/'))).toContain('网址照原通知印作“ggfwwt”')
  })

  it.each(['2021-faq-02', '2021-faq-04', '2021-faq-11'])('FAQ %s links the 网上办事大厅 as printed (ggfwpt)', (slug) => {
    expect(site.html(`/faqs/${slug}/`)).toContain('<a href="http://hrss.ah.gov.cn/ggfwpt" class="shows-address">http://hrss.ah.gov.cn/ggfwpt</a>')
  })

  it('FAQ 十五’s table is a table, each provider’s address a link (www.ahsjxjy.com as printed)', () => {
    const html = site.html('/faqs/2021-faq-15/')
    expect(html).toContain('<table>')
    expect(html).not.toContain('| --- |')
    expect(html).toContain('<a href="http://www.ahsjxjy.com" class="shows-address">www.ahsjxjy.com</a>')
    expect(html).toContain('<a href="https://jxjy.ahhjssoft.com" class="shows-address">https://jxjy.ahhjssoft.com</a>')
  })

  it('a link whose text is its address is marked, so print does not repeat the address', () => {
    const bare = (a: string) => a.replace(/^https?:\/\//, '').replace(/\/$/, '')
    const unmarked: string[] = []
    for (const page of site.pages()) {
      const main = /<main[\s\S]*<\/main>/.exec(site.html(page))?.[0] ?? ''
      for (const m of main.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)) {
        const href = /href="(https?:[^"]+)"/.exec(m[1]!)?.[1]
        if (href && bare(m[2]!.trim()) === bare(href) && !/class="[^"]*shows-address/.test(m[1]!)) unmarked.push(`${page}: ${m[0]}`)
      }
    }
    expect(unmarked).toEqual([])
  })

  it('e-mail addresses and phone numbers the notices print are mailto: and tel: links', () => {
    const mail = 'href="mailto:453851130@qq.com"'
    expect(site.html('/notices/yi-ren-she-mi-2023-43/')).toContain(mail)
    expect(site.html('/bureaus/anqing/')).toContain(mail)
    expect(site.html('/bureaus/renshe-ting/')).toContain('<a href="tel:055112333" class="contact"')
    expect(site.html('/notices/wan-ren-she-mi-2021-115/')).toContain('<a href="tel:055112333">0551—12333</a>')
  })

  it('FAQs that say 如图所示 say the figure is in the original attachment', () => {
    for (const slug of ['2021-faq-06', '2021-faq-07', '2021-faq-19']) {
      expect(visibleText(site.html(`/faqs/${slug}/`)), slug).toContain('图见原通知附件2')
    }
  })
})

describe('109号 and the Fuyang notice: readable articles, one marked gap per lost span', () => {
  it('109号 shows four gaps, each saying what is missing and where to ask for the full text', () => {
    const html = site.html('/notices/wan-ren-she-mi-2025-109/')
    const gaps = gapsOf(html)
    expect(gaps).toHaveLength(4)
    expect(gaps[0]).toMatch(/^\s*扫描件缺失\s*第一章（章名未见）第一条至第五条：/)
    expect(gaps[1]).toContain('论文、课题等项目的认定学时无法辨读')
    expect(gaps[2]).toMatch(/第十三条及第十四条第一至第三款/)
    expect(gaps[3]).toContain('这两条的条号扫描件未见，本站不作推断')
    for (const gap of gaps) expect(gap.replace(/\s+/g, '')).toContain('全文可向安徽省人力资源和社会保障厅索取（咨询电话0551-12333）')
    const text = visibleText(html)
    expect(text.match(/扫描件缺失/g)?.length, 'the word appears in the gaps and the editors’ note only').toBe(gaps.length + 1)
    for (const article of ['每天可认定6学时', '每次可认定5学时', '按每课件1学时认定', '继续教育学时认定采取就高原则', '第二十三条　本办法自印发之日起施行。']) {
      expect(text).toContain(article)
    }
    expect(text).not.toContain('第二十一条')
    expect(html).toMatch(/<h3[^>]*>（十）培训、研修或进修类。<\/h3>/)
  })

  it('the Fuyang notice: six gaps, a supplied title marked as such, never the placeholder', () => {
    const html = site.html('/notices/fuyang-rsj-2025-notice/')
    expect(gapsOf(html)).toHaveLength(6)
    for (const gap of gapsOf(html)) expect(gap).toContain('全文可向阜阳市人力资源和社会保障局索取')
    expect(html).toContain('以上标题由本站根据发文机关、日期和内容拟定')
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).not.toMatch(/缺失/)
    for (const page of site.pages()) expect(site.html(page), page).not.toContain('原标题扫描件此处缺失')
    expect(visibleText(site.html('/'))).toContain('（标题为本站拟定）')
    expect(html).toContain('<a href="/notices/wan-ren-she-mi-2025-109/">《安徽省专业技术人员继续教育学时管理办法》（皖人社秘〔2025〕109号）</a>')
  })
})

describe('titles appear once', () => {
  it('a notice without 文号 is not titled twice, in <title> or in related documents', () => {
    const title = '关于做好2021年全局专业技术人员继续教育工作的通知'
    expect(titleOf(site.html('/notices/dikuangju-2021-notice/')).split(title)).toHaveLength(2)
    const related = visibleText(site.html('/notices/wan-ren-she-mi-2021-115/'))
    expect(related).toContain(`《${title}》`)
    expect(related).not.toContain(`${title}《${title}》`)
    expect(titleOf(site.html('/notices/wan-ren-she-mi-2021-115/'))).toMatch(/^关于做好2021年全省专业技术人员继续教育工作的通知（皖人社秘〔2021〕115号）/)
  })
})

describe('the notice page’s metadata table (政府信息公开)', () => {
  it('皖办发〔2017〕59号 lists its two issuers', () => {
    const html = site.html('/notices/wan-ban-fa-2017-59/')
    expect(html).toMatch(/<th scope="row"[^>]*>发文机关<\/th>\s*<td[^>]*>\s*<ul[^>]*>\s*<li[^>]*>省委办公厅<\/li>\s*<li[^>]*>省政府办公厅<\/li>\s*<\/ul>/)
    expect(rowOf(html, '主题分类')).toBe('职称评审')
  })

  it('109号: 施行 as the notice states it, no invented date, 索引号 or 发布日期', () => {
    const html = site.html('/notices/wan-ren-she-mi-2025-109/')
    expect(rowOf(html, '施行日期')).toBe('自印发之日起施行（第二十三条；印发日期扫描件未载）')
    expect(rowOf(html, '文号')).toBe('皖人社秘〔2025〕109号')
    expect(rowOf(html, '成文日期')).toBe('2025年（具体日期原件未载）')
    expect(rowOf(html, '有效性')).toBe('现行有效')
    expect(rowOf(html, '索引号')).toBeUndefined()
    expect(rowOf(html, '发布日期')).toBeUndefined()
    expect(visibleText(html)).toMatch(/解读本文件\s*芜人社秘〔2025〕85号《关于进一步做好全市专业技术人员继续教育工作的通知》/)
  })

  it('芜人社秘〔2025〕52号: 已废止 with its date, and the 85号 page says it interprets 109号', () => {
    expect(rowOf(site.html('/notices/wu-ren-she-mi-2025-52/'), '有效性')).toBe('已废止（2025年6月12日）')
    expect(visibleText(site.html('/notices/wu-ren-she-mi-2025-85/'))).toMatch(/本文件解读\s*皖人社秘〔2025〕109号《安徽省专业技术人员继续教育学时管理办法》/)
  })

  it('52号: its end is said under 有效性 and by the repealing notice, not in the 施行日期 row', () => {
    const html = site.html('/notices/wu-ren-she-mi-2025-52/')
    expect(rowOf(html, '施行日期')).toBeUndefined()
    expect(visibleText(html)).toMatch(/废止本文件\s*芜人社秘〔2025〕85号/)
    for (const n of corpus.notices) expect(n.effectiveNote ?? '', n.slug).not.toMatch(/实施到|废止|失效/)
  })

  it('皖人发〔2001〕30号: an issuer no notice names reads 原文未载明 and is no filter value or page', () => {
    expect(rowOf(site.html('/notices/wan-ren-fa-2001-30/'), '发文机关')).toBe('原文未载明')
    const issuerPages = site.pages().filter((p) => decodeURI(p).startsWith('/notices/issuer/'))
    expect(issuerPages.length).toBeGreaterThan(2)
    expect(issuerPages.filter((p) => /未载明/.test(decodeURI(p)))).toEqual([])
    expect(site.html('/notices/')).not.toMatch(/issuer\/[^"]*%E6%9C%AA%E8%BD%BD%E6%98%8E|未载明发文机关|issuer=原文未载明/)
    expect(site.html('/search/')).not.toContain('原文未载明')
  })

  it('no page shows a 索引号: no notice prints one', () => {
    for (const page of site.pages()) expect(site.html(page), page).not.toContain('>索引号<')
  })
})

describe('the notice list filters by several facets at once (Chromium)', () => {
  let server: StaticServer
  let browser: Browser
  beforeAll(async () => {
    server = await serveStatic(site.outDir)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const visibleSlugs = (page: Page) =>
    page.$$eval('.notice-list > li:not([hidden]) a.title', (links) => links.map((a) => a.getAttribute('href')))

  it('on paper an address shown as the link text is printed once, a titled link gets its address', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/faqs/2021-faq-15/`)
    await page.emulateMedia({ media: 'print' })
    const after = (selector: string) => page.$eval(selector, (a) => getComputedStyle(a, '::after').content)
    expect(await after('main a.shows-address[href^="http"]')).toBe('none')
    await page.goto(`${server.url}/bureaus/renshe-ting/`)
    await page.emulateMedia({ media: 'print' })
    expect(await after('main a[href^="http"]:not(.shows-address)')).toContain('http')
    await page.close()
  })

  it('a shared URL opens with its filters applied; each change updates the URL', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${server.url}/notices/?year=2025&level=city`)
      expect((await visibleSlugs(page)).sort()).toEqual(['/notices/fuyang-rsj-2025-notice/', '/notices/wu-ren-she-mi-2025-52/', '/notices/wu-ren-she-mi-2025-85/'])
      expect(await page.textContent('#notice-filter-status')).toBe('符合条件的通知共 3 件。')
      expect(await page.isChecked('input[name="year"][value="2025"]')).toBe(true)

      await page.check('input[name="subject"][value="hour-rules"]')
      expect((await visibleSlugs(page)).sort()).toEqual(['/notices/fuyang-rsj-2025-notice/', '/notices/wu-ren-she-mi-2025-85/'])
      expect(new URL(page.url()).search).toBe('?year=2025&level=city&subject=hour-rules')

      await page.check('input[name="status"][value="repealed"]')
      expect(await visibleSlugs(page)).toEqual([])
      expect(await page.textContent('#notice-filter-status')).toContain('没有符合全部条件的通知')

      await page.click('button[type="reset"]')
      await page.waitForFunction(() => location.search === '')
      expect((await visibleSlugs(page)).length).toBe(corpus.notices.length)
      expect(await page.isVisible('nav.notice-filters'), 'the one-facet links give way to the form').toBe(false)
    } finally {
      await page.close()
    }
  })

  it('a joint notice is found by either issuer', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${server.url}/notices/?issuer=${encodeURIComponent('省政府办公厅')}`)
      expect(await visibleSlugs(page)).toEqual(['/notices/wan-ban-fa-2017-59/'])
    } finally {
      await page.close()
    }
  })

  it('filters by the publishing body (机构) together with the year, the choice in the address', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${server.url}/notices/?workspace=wuhu&year=2025`)
      expect((await visibleSlugs(page)).sort()).toEqual(['/notices/wu-ren-she-mi-2025-52/', '/notices/wu-ren-she-mi-2025-85/'])
      expect(await page.isChecked('input[name="workspace"][value="wuhu"]')).toBe(true)
      await page.check('input[name="workspace"][value="fuyang"]')
      expect((await visibleSlugs(page)).sort()).toEqual(['/notices/fuyang-rsj-2025-notice/', '/notices/wu-ren-she-mi-2025-52/', '/notices/wu-ren-she-mi-2025-85/'])
      // values come in the form's order (the site's order of bodies)
      expect(new URL(page.url()).search).toBe('?year=2025&workspace=fuyang&workspace=wuhu')
    } finally {
      await page.close()
    }
  })

  it('without JavaScript the form stays hidden and the one-facet link pages serve', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/notices/`)
      expect(await page.isVisible('form[data-notice-filter]')).toBe(false)
      expect(await page.isVisible('nav.notice-filters')).toBe(true)
      await page.click('nav.notice-filters a[href="/notices/year/2025/"]')
      expect(await page.$$eval('.notice-list > li', (items) => items.length)).toBe(corpus.notices.filter((n) => n.year === 2025).length)
    } finally {
      await context.close()
    }
  })
})
