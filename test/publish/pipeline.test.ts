/**
 * Publish to live, end to end on the real parts: a seeded SQLite CMS with its REST API, the
 * rebuild hooks, real `astro build` + Pagefind into switched folders, and Chromium searching the
 * served site.
 */
import fs from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../site/helpers.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-publish-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
process.env.SITE_BUILDS_DIR = path.join(dir, 'site')
process.env.SITE_REBUILD = 'local'
process.env.SITE_REBUILD_DEBOUNCE_MS = '300'
process.env.SITE_REBUILD_MAX_WAIT_MS = '3000'

const { bootPayload } = await import('../../cms/server/boot.ts')
const { createApiServer, listen } = await import('../../cms/server/api-server.ts')
const { siteBuildSlug } = await import('../../cms/publish/publisher.ts')
const { rebuildQueue } = await import('../../cms/publish/rebuild-jobs.ts')
const { buildAndSwitch, currentSiteDir, setSiteBuildRunner } = await import('../../cms/publish/site-builds.ts')
const { runSiteBuild } = await import('../../cms/publish/site-build-process.ts')
setSiteBuildRunner(runSiteBuild)
const { createStaticServer } = await import('../../scripts/lib/static-server.ts')

let payload: Payload
let api: Server
let site: Server
let siteUrl: string
let browser: Browser

const title = '测试专题：发布即上线的量子通信'
const slug = 'publish-to-live-test'
const pagePath = `/topics/2026/${slug}/`

const served = (pathname: string) => fetch(`${siteUrl}${pathname}`).then((r) => r.status)
const buildState = () =>
  payload.findGlobal({ slug: siteBuildSlug as never, overrideAccess: true }) as Promise<Record<string, unknown>>

async function search(query: string): Promise<string[]> {
  const page = await browser.newPage()
  try {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''))
    return await page.$$eval('#search-results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  payload = await bootPayload({ quiet: true })
  api = createApiServer(payload.config)
  const apiPort = await listen(api, 0)
  process.env.CMS_INTERNAL_URL = `http://127.0.0.1:${apiPort}`
  const first = await buildAndSwitch({ cmsUrl: process.env.CMS_INTERNAL_URL })
  expect(first.ok, first.log).toBe(true)
  site = createStaticServer(() => currentSiteDir())
  siteUrl = `http://127.0.0.1:${await listen(site, 0)}`
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => site?.close(r))
  await new Promise((r) => api?.close(r))
  await payload?.destroy().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('publish to live', () => {
  let id: number | string

  it('publishing a topic puts its page and search entry online', async () => {
    expect(await served(pagePath)).toBe(404)
    const doc = await payload.create({
      collection: 'topics',
      data: { year: 2026, title, slug, hours: 30, _status: 'published' },
    })
    id = doc.id
    await rebuildQueue(payload)!.idle()
    expect(await served(pagePath)).toBe(200)
    expect(await search('量子通信')).toContain(pagePath)
    expect(await buildState()).toMatchObject({ status: 'ok', lastReasons: `topics:${slug}` })
  })

  it('a draft save of a published topic does not rebuild', async () => {
    const before = currentSiteDir()
    await payload.update({ collection: 'topics', id, draft: true, data: { title: `${title}（草稿修改）` } })
    expect(await rebuildQueue(payload)!.pending()).toBe(false)
    expect(currentSiteDir()).toBe(before)
  })

  it('unpublishing takes the page and its search entry offline', async () => {
    await payload.update({ collection: 'topics', id, data: { _status: 'draft' } })
    await rebuildQueue(payload)!.idle()
    const state = await buildState()
    expect(state.status, String(state.lastError)).toBe('ok')
    expect(await served(pagePath)).toBe(404)
    expect(await search('量子通信')).not.toContain(pagePath)
  })

  it('a burst of saves makes one build', async () => {
    const before = fs.readdirSync(path.join(dir, 'site', 'builds')).length
    const faq = await payload.find({ collection: 'faqs', limit: 1, overrideAccess: true })
    const target = faq.docs[0]!
    for (let i = 0; i < 5; i++) {
      await payload.update({ collection: 'faqs', id: target.id, data: { order: 100 + i, _status: 'published' } })
    }
    await rebuildQueue(payload)!.idle()
    const state = await buildState()
    expect(String(state.lastReasons).split('\n')).toHaveLength(5)
    // one new build folder (older ones beyond three are pruned, so compare the newest only)
    const builds = fs.readdirSync(path.join(dir, 'site', 'builds')).sort()
    expect(builds.length).toBeLessThanOrEqual(Math.max(before + 1, 3))
    expect(path.basename(currentSiteDir())).toBe(builds.at(-1))
  })

  it('a failed build keeps the last good site online and records the error', async () => {
    const good = currentSiteDir()
    // The CMS becomes unreachable for the build: the loader fails, the build fails.
    process.env.CMS_INTERNAL_URL = 'http://127.0.0.1:9'
    await payload.update({
      collection: 'topics',
      id,
      data: { _status: 'published', title },
    })
    await rebuildQueue(payload)!.idle()
    process.env.CMS_INTERNAL_URL = `http://127.0.0.1:${(api.address() as { port: number }).port}`
    expect(currentSiteDir()).toBe(good)
    expect(await served('/')).toBe(200)
    expect(await served(pagePath)).toBe(404)
    const state = await buildState()
    expect(state.status).toBe('failed')
    expect(String(state.lastReasons)).toContain(`topics:${slug}`)
    expect(String(state.lastError)).toMatch(/127\.0\.0\.1:9|CMS|连接|无法/)
  })
})
