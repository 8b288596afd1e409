import { gzipSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchAllDocs } from '../../site/lib/cms-loader.ts'
import { lexical } from '../lib/lexical.ts'
import { buildTestSite, type TestSite } from './helpers.ts'

const { text, paragraph, link, root } = lexical
let site: TestSite

/**
 * The markup a browser parses as tags: double-quoted attribute values (Astro always quotes and
 * escapes `"` inside them) are text to the parser, so `<` inside one is harmless; blank them.
 */
const markupOf = (html: string) => html.replace(/="[^"]*"/g, '=""')

const hostile = {
  slug: 'hostile-test-notice',
  title: '测试通知<script>alert("title")</script>',
  issuer: '测试机关<img src=x onerror=alert(1)>',
}

beforeAll(async () => {
  site = await buildTestSite({
    prepare: async (payload) => {
      const base = { overrideAccess: true, draft: true } as const
      await payload.create({
        ...base,
        collection: 'notices',
        data: { title: '草稿通知不应公开', slug: 'draft-only-notice', issuer: '安徽省人力资源和社会保障厅', level: 'province', year: 2026, status: 'in-force', _status: 'draft' },
      })
      await payload.create({
        ...base,
        collection: 'faqs',
        data: { question: '草稿问题不应公开？', slug: 'draft-only-faq', category: '草稿', answer: root(paragraph(text('草稿'))), _status: 'draft' },
      })
      await payload.create({
        ...base,
        collection: 'topics',
        data: { title: '草稿专题不应公开', slug: 'draft-only-topic', year: 2026, hours: 30, _status: 'draft' },
      })
      // A published FAQ with newer, unpublished edits: the site keeps the published text.
      const { docs: [retake] } = await payload.find({ collection: 'faqs', where: { slug: { equals: '2021-faq-16' } }, limit: 1 })
      await payload.update({
        overrideAccess: true,
        collection: 'faqs',
        id: retake!.id,
        draft: true,
        data: { question: '草稿修改不应公开：考试不合格能补考几次？', _status: 'draft' },
      })
      const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366aa' } }).png().toBuffer()
      const scan = await payload.create({
        overrideAccess: true,
        collection: 'media',
        data: { alt: '备案表扫描件' },
        file: { data: png, mimetype: 'image/png', name: 'beian-scan.png', size: png.length },
      })
      await payload.create({
        overrideAccess: true,
        collection: 'notices',
        data: {
          title: '附件测试通知',
          slug: 'attachment-test-notice',
          issuer: '安庆市人力资源和社会保障局',
          level: 'city',
          year: 2024,
          status: 'in-force',
          attachments: [{ title: '培训项目备案表（扫描件）', file: scan.id }],
          _status: 'published',
        },
      })
      await payload.create({
        overrideAccess: true,
        collection: 'notices',
        data: {
          ...hostile,
          level: 'province',
          year: 2020,
          status: 'in-force',
          contact: ['<script>alert("contact")</script>'],
          attachments: [{ title: '<img src=x onerror=alert("attachment")>附件.pdf', note: '" onmouseover="alert(1)' }],
          _status: 'published',
        },
      })
      // Payload's editor refuses javascript: links, so write the hostile body past validation,
      // as an import or a damaged database could.
      await payload.db.updateOne({
        collection: 'notices',
        where: { slug: { equals: hostile.slug } },
        data: {
          body: root(
            paragraph(text('<script>alert("body")</script>'), text('<iframe src="javascript:alert(2)"></iframe>')),
            paragraph(link('javascript:alert("link")', '恶意链接'), link(' JaVaScRiPt:alert(3)', '自动链接', 'autolink')),
            paragraph(link('https://www.ahsjxjy.com/', '安全链接')),
            { type: 'html', html: '<img src=x onerror=alert(4)>', version: 1 },
          ),
        },
      })
    },
  })
})

afterAll(async () => {
  await site?.close()
})

async function published(collection: 'notices' | 'topics' | 'faqs') {
  const { docs } = await site.payload.find({ collection, pagination: false, depth: 0, where: { _status: { equals: 'published' } } })
  return docs as Array<{ slug: string; year?: number }>
}

describe('every published document has its page', () => {
  it('notices, topics and FAQs from the seeded CMS', async () => {
    const notices = await published('notices')
    const topics = await published('topics')
    const faqs = await published('faqs')
    expect(notices.length).toBeGreaterThan(10)
    expect(topics.length).toBeGreaterThan(10)
    expect(faqs.length).toBeGreaterThan(10)
    for (const n of notices) expect(site.has(`/notices/${n.slug}/`), n.slug).toBe(true)
    for (const t of topics) expect(site.has(`/topics/${t.year}/${t.slug}/`), t.slug).toBe(true)
    for (const f of faqs) {
      expect(site.has(`/faqs/${f.slug}/`), f.slug).toBe(true)
      expect(site.html('/faqs/')).toContain(`id="${f.slug}"`)
    }
  })

  it('the site has the page types, feeds and the search index', () => {
    for (const p of ['/', '/notices/', '/topics/', '/topics/changes/', '/providers/', '/faqs/', '/guides/', '/search/', '/404.html', '/notices/feed.xml', '/sitemap-index.xml', '/sitemap-0.xml', '/robots.txt', '/deadlines.ics', '/pagefind/pagefind.js']) {
      expect(site.has(p), p).toBe(true)
    }
  })
})

describe('drafts stay out', () => {
  it('a draft notice, FAQ and topic have no page and are named nowhere', () => {
    expect(site.has('/notices/draft-only-notice/')).toBe(false)
    expect(site.has('/faqs/draft-only-faq/')).toBe(false)
    expect(site.has('/topics/2026/draft-only-topic/')).toBe(false)
    for (const page of site.pages()) {
      const html = site.html(page)
      expect(html, page).not.toContain('草稿通知不应公开')
      expect(html, page).not.toContain('草稿问题不应公开')
      expect(html, page).not.toContain('草稿专题不应公开')
      expect(html, page).not.toContain('草稿修改不应公开')
    }
    expect(site.html('/sitemap-0.xml')).not.toContain('draft-only')
    expect(site.html('/notices/feed.xml')).not.toContain('draft-only')
  })

  it('unpublished edits of a published FAQ stay out: its published question is shown', async () => {
    const { docs } = await site.payload.find({ collection: 'faqs', where: { slug: { equals: '2021-faq-16' } }, draft: true, limit: 1 })
    expect(docs[0]?.question).toContain('草稿修改不应公开') // the CMS does hold the newer draft
    expect(site.html('/faqs/2021-faq-16/')).toContain('考试不合格是否可以补考？')
  })
})

describe('芜人社秘〔2025〕52号, repealed by 85号', () => {
  it('shows a banner saying since when and by what', () => {
    const html = site.html('/notices/wu-ren-she-mi-2025-52/')
    const banner = /<div class="status-banner[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''
    expect(banner).toContain('本文件已废止')
    expect(banner).toMatch(/已于 <time datetime="2025-06-12"[^>]*>2025年6月12日<\/time> 废止/)
    expect(banner).toContain('href="/notices/wu-ren-she-mi-2025-85/"')
  })

  it('lists the relation in both directions', () => {
    expect(site.html('/notices/wu-ren-she-mi-2025-52/')).toMatch(/废止本文件<\/span>\s*<a href="\/notices\/wu-ren-she-mi-2025-85\/"/)
    expect(site.html('/notices/wu-ren-she-mi-2025-85/')).toMatch(/本文件废止<\/span>\s*<a href="\/notices\/wu-ren-she-mi-2025-52\/"/)
  })

  it('in-force notices have no banner', () => {
    expect(site.html('/notices/wu-ren-she-mi-2025-85/')).not.toContain('class="status-banner')
  })
})

describe('the loader reads every page of results', () => {
  it.each(['notices', 'topics', 'providers', 'faqs', 'forms'])('%s, 3 per page, match the reported total', async (collection) => {
    const result = await fetchAllDocs(collection, { baseUrl: site.cmsUrl, pageSize: 3 })
    expect(result.docs.length).toBe(result.totalDocs)
    expect(new Set(result.docs.map((d) => d.id)).size).toBe(result.totalDocs)
    expect(result.pages).toBe(Math.max(1, Math.ceil(result.totalDocs / 3)))
  })

  it('with Payload default page size exceeded (more than 10 published), all are built', async () => {
    const faqs = await fetchAllDocs('faqs', { baseUrl: site.cmsUrl })
    expect(faqs.totalDocs).toBeGreaterThan(10)
    expect(site.pages().filter((p) => /^\/faqs\/[^/]+\/$/.test(p))).toHaveLength(faqs.totalDocs)
    const notices = await fetchAllDocs('notices', { baseUrl: site.cmsUrl })
    expect(site.pages().filter((p) => /^\/notices\/[a-z0-9-]+\/$/.test(p))).toHaveLength(notices.totalDocs)
  })

  it('names the URL when the CMS is unreachable', async () => {
    await expect(fetchAllDocs('notices', { baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(
      /无法连接内容管理系统：http:\/\/127\.0\.0\.1:9\/api\/notices/,
    )
  })
})

describe('a hostile published notice renders inert', () => {
  it('escapes its title, issuer, body, contact and attachment names and drops javascript: links', () => {
    const html = site.html(`/notices/${hostile.slug}/`)
    const markup = markupOf(html)
    expect(markup).not.toMatch(/<script/i)
    expect(markup).not.toMatch(/<img/i)
    expect(markup).not.toMatch(/<iframe/i)
    expect(markup).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/href="\s*javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;')
    expect(html).toContain('恶意链接')
    expect(html).toContain('<a href="https://www.ahsjxjy.com/">安全链接</a>')
    for (const page of ['/notices/', '/', '/sitemap-0.xml', '/notices/feed.xml']) {
      expect(markupOf(site.html(page)), page).not.toMatch(/<script>alert|<img/i)
    }
  })
})

describe('attachments', () => {
  it('a held file is copied into the site and listed with its type and size', () => {
    const html = site.html('/notices/attachment-test-notice/')
    expect(site.has('/files/beian-scan.png')).toBe(true)
    expect(html).toMatch(/<a href="\/files\/beian-scan\.png" download[^>]*>培训项目备案表（扫描件）<\/a>/)
    expect(html).toMatch(/（PNG 图片，\d+(\.\d)? KB）/)
  })

  it('an image attachment is resized by sharp into responsive sizes, with width and height set', () => {
    const html = site.html('/notices/attachment-test-notice/')
    const img = /<img[^>]*>/.exec(html)?.[0] ?? ''
    expect(img).toContain('alt="备案表扫描件"')
    expect(img).toMatch(/width="960"/)
    expect(img).toMatch(/height="640"/)
    expect(img).toMatch(/srcset="[^"]*320w[^"]*640w[^"]*960w/)
    const src = /src="([^"]+)"/.exec(img)?.[1] ?? ''
    expect(src).toMatch(/^\/_astro\//)
    expect(site.has(src)).toBe(true)
  })
})

describe('feeds', () => {
  it('Atom feed of notices with absolute links', () => {
    const xml = site.html('/notices/feed.xml')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://jxjy.example.cn/notices/wu-ren-she-mi-2025-85/"/>')
  })

  it('sitemap lists pages with absolute, encoded URLs', () => {
    const xml = site.html('/sitemap-0.xml')
    expect(xml).toContain('<loc>https://jxjy.example.cn/notices/wu-ren-she-mi-2025-52/</loc>')
    expect(xml).toContain('<loc>https://jxjy.example.cn/calculator/</loc>')
    expect(xml).not.toMatch(/<loc>[^<]*[\u4e00-\u9fff]/)
  })

  it('iCalendar of study deadlines: CRLF lines of at most 75 octets, one UID per event', () => {
    const ics = site.html('/deadlines.ics')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    const lines = ics.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n')
    const uids = lines.filter((l) => l.startsWith('UID:'))
    expect(uids.length).toBeGreaterThan(0)
    expect(new Set(uids).size).toBe(uids.length)
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toHaveLength(uids.length)
  })
})

describe('light pages', () => {
  it('only the search page ships JavaScript, and it loads Pagefind only on use', () => {
    for (const page of site.pages()) {
      const html = site.html(page)
      if (page === '/search/') {
        expect(html).not.toMatch(/<script[^>]+src="\/pagefind/)
        continue
      }
      if (page === '/calculator/') continue
      expect(markupOf(html), page).not.toMatch(/<script/i)
    }
  })

  it('every page is at most 25 KB gzipped (HTML with its CSS inlined)', () => {
    for (const page of site.pages()) {
      if (page === '/calculator/') continue
      const size = gzipSync(site.html(page)).length
      expect(size, page).toBeLessThanOrEqual(25 * 1024)
    }
  })

  it('pages have lang, a canonical URL and a skip link', () => {
    const html = site.html('/topics/')
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('<link rel="canonical" href="https://jxjy.example.cn/topics/">')
    expect(html).toContain('href="#main"')
    const notFound = site.html('/404.html')
    expect(notFound).not.toContain('rel="canonical"')
    expect(notFound).toContain('<meta name="robots" content="noindex">')
  })
})

describe('no broken links', () => {
  /** Every internal link and anchor in the built site points at a page or file that exists. */
  it('resolves every internal href and src, and every #anchor', () => {
    const origin = 'https://jxjy.example.cn'
    const ids = new Map<string, Set<string>>()
    const idsOf = (pathname: string) => {
      if (!ids.has(pathname)) {
        const html = site.html(pathname)
        ids.set(pathname, new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (m) => decodeEntities(m[1]!))))
      }
      return ids.get(pathname)!
    }
    const broken: string[] = []
    let checked = 0
    for (const page of site.pages()) {
      const html = site.html(page)
      for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = decodeEntities(raw!)
        if (/^(mailto:|tel:|data:|javascript:)/i.test(value)) continue
        const url = new URL(value, `${origin}${page}`)
        if (url.origin !== origin) continue
        checked++
        const target = decodeURIComponent(url.pathname)
        if (!site.has(target) && !site.has(`${target}/`)) {
          broken.push(`${page} ${attr}=${value}`)
          continue
        }
        if (url.hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page} ${attr}=${value}（锚点不存在）`)
        }
      }
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })
})

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"')
}
