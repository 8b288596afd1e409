/**
 * What machines read from the built site (built once, as of 2026-12-01): every page passes the
 * W3C Nu Html Checker with no errors; the sitemap (by @astrojs/sitemap, named in robots.txt)
 * lists every indexable page with its lastmod; the Atom feed dates notices by their own dates.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestSite, projectRoot, type TestSite } from './helpers.ts'

let site: TestSite
const origin = 'https://jxjy.example.cn'

beforeAll(async () => {
  site = await buildTestSite({ today: '2026-12-01' })
}, 900_000)

afterAll(async () => {
  await site?.close()
})

interface VnuMessage {
  type: string
  url: string
  message: string
  extract?: string
}

describe('W3C Nu Html Checker', () => {
  it('finds no errors on any built page', async () => {
    const jar = path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')
    const pages = site.pages().map((p) => path.join(site.outDir, p.endsWith('/') ? `${p}index.html` : p))
    expect(pages.length).toBeGreaterThan(50)
    // A known-bad page proves the checker ran and reports: the errors issue 13 found.
    const probe = path.join(site.dir, 'probe.html')
    fs.writeFileSync(probe, '<!doctype html><html lang="zh"><head><title>x</title></head><body><p>x</p><div aria-labelledby="x">y</div><style>p{}</style></body></html>')
    pages.push(probe)
    // vnu exits 1 when it reports errors; the report is JSON on standard error either way.
    const run = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--errors-only', ...pages], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
    )
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }
    const all = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
    expect(all.filter((m) => m.url.endsWith('/probe.html')).length).toBeGreaterThanOrEqual(2)
    const errors = all
      .filter((m) => !m.url.endsWith('/probe.html'))
      .map((m) => `${decodeURIComponent(m.url.replace(`file:${site.outDir}`, ''))}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`)
    expect(errors).toEqual([])
  }, 600_000)
})

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)

describe('sitemap', () => {
  const urls = () => {
    const index = site.html('/sitemap-index.xml')
    return locs(index).flatMap((sitemap) => locs(site.html(new URL(sitemap).pathname)))
  }

  it('robots.txt names it', () => {
    expect(site.html('/robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`)
  })

  it('lists every indexable page, the notice filter pages among them, and no 404', () => {
    const listed = new Set(urls().map((u) => decodeURI(new URL(u).pathname)))
    const pages = site.pages().filter((p) => p !== '/404.html')
    expect(pages.filter((p) => !listed.has(p))).toEqual([])
    for (const facet of ['year', 'issuer', 'level', 'status']) {
      expect([...listed].some((p) => p.startsWith(`/notices/${facet}/`)), facet).toBe(true)
    }
    expect(listed.has('/404.html')).toBe(false)
    expect(site.has('/sitemap-lastmod.json')).toBe(false)
  })

  it('is the only sitemap: no hand-made /sitemap.xml beside it', () => {
    expect(site.has('/sitemap.xml')).toBe(false)
  })

  it('dates nothing after the day the site is built as of', () => {
    const xml = locs(site.html('/sitemap-index.xml')).map((s) => site.html(new URL(s).pathname)).join('')
    const lastmods = [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]!.slice(0, 10))
    expect(lastmods.length).toBeGreaterThan(50)
    expect(lastmods.filter((d) => d > '2026-12-01')).toEqual([])
  })

  it('gives lastmod from the documents: a notice as imported is dated by its own date', () => {
    const xml = locs(site.html('/sitemap-index.xml')).map((s) => site.html(new URL(s).pathname)).join('')
    const entry = (pathname: string) => new RegExp(`<loc>${origin}${pathname}</loc><lastmod>([^<]+)</lastmod>`).exec(xml)?.[1]
    expect(entry('/notices/yi-ren-she-mi-2023-43/')).toMatch(/^2023-04-11/)
    expect(entry('/notices/dikuangju-2021-notice/')).toMatch(/^2021-05-14/)
    expect(entry('/notices/year/2023/')).toMatch(/^2023-04-11/)
    expect(entry(encodeURI('/notices/issuer/安庆市人力资源和社会保障局/'))).toMatch(/^2023-04-11/)
  })
})

describe('Atom feed dates', () => {
  const entries = () =>
    site
      .html('/notices/feed.xml')
      .split('<entry>')
      .slice(1)
      .map((e) => ({
        id: /<id>([^<]+)<\/id>/.exec(e)![1]!,
        published: /<published>([^<]+)<\/published>/.exec(e)?.[1],
        updated: /<updated>([^<]+)<\/updated>/.exec(e)![1]!,
        summary: /<summary[^>]*>([^<]*)<\/summary>/.exec(e)?.[1] ?? '',
      }))
  const find = (slug: string) => entries().find((e) => e.id.endsWith(`/notices/${slug}/`))!

  it('every entry is published on the document’s own date, none on the import day', () => {
    const importDay = new Date().toISOString().slice(0, 7)
    for (const e of entries()) {
      expect(e.published, e.id).toBeDefined()
      expect(e.published!.slice(0, 7), e.id).not.toBe(importDay)
      expect(e.updated.slice(0, 7), e.id).not.toBe(importDay)
    }
    expect(find('dikuangju-2021-notice').published).toBe('2021-05-14T00:00:00+08:00')
    expect(find('yi-ren-she-mi-2023-43').updated).toBe('2023-04-11T00:00:00+08:00')
  })

  it('a law known only by its year reads as that year, said in words', () => {
    const law = find('ren-she-bu-ling-25')
    expect(law.published).toBe('2015-01-01T00:00:00+08:00')
    expect(law.summary).toContain('年份：2015年（具体日期未载明）')
  })
})

describe('local addresses follow SITE_PORT', () => {
  it('built with SITE_PORT=4500 and no SITE_URL, canonical links, sitemap, feed, calendar and robots.txt point at :4500', async () => {
    const local = await buildTestSite({ today: '2026-12-01', env: { SITE_URL: undefined, SITE_PORT: '4500' } })
    try {
      const files = ['/', '/notices/', '/calculator/', '/sitemap-index.xml', '/sitemap-0.xml', '/notices/feed.xml', '/deadlines.ics', '/robots.txt']
      const absolute = files.flatMap((f) => [...local.html(f).replace(/\r\n /g, '').matchAll(/https?:\/\/localhost(:\d+)?\//g)].map((m) => `${f} ${m[0]}`))
      expect(absolute.length).toBeGreaterThan(20)
      expect(absolute.filter((a) => !a.endsWith('http://localhost:4500/'))).toEqual([])
      expect(local.html('/')).toContain('<link rel="canonical" href="http://localhost:4500/">')
    } finally {
      await local.close()
    }
  }, 600_000)
})

it('the built files exist where the tests look', () => {
  expect(fs.existsSync(path.join(site.outDir, 'sitemap-index.xml'))).toBe(true)
})
