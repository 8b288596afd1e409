/**
 * The draft preview is the public page: a draft notice, rendered on request by the preview
 * server (site/preview/) behind the CMS's /preview/, has the landmarks, stylesheet and status
 * banner of the page the real build makes, and the same image and internal link in its text.
 * Anonymous readers (and forged tokens) are refused; the page reloads when the admin reports a
 * save (live preview). Heavy: a seeded CMS, a real site build, a real preview build, Chromium.
 */
import { spawn } from 'node:child_process'
import type http from 'node:http'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPreviewServer } from '../../scripts/lib/preview-server.ts'
import { createUser, login } from '../cms/helpers.ts'
import { lexical } from '../lib/lexical.ts'
import { buildTestSite, launchChromium, projectRoot, serveStatic, type StaticServer, type TestSite } from './helpers.ts'

const { root, paragraph, text, internalLink, upload } = lexical
const issuer = '安徽省人力资源和社会保障厅'

let site: TestSite
let statics: StaticServer
let preview: http.Server
let browser: Browser
let token: string
let ids: { target: number; notice: number; fresh: number; incomplete: number }

function buildPreview(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'site/preview/build.ts'), '--out-dir', outDir, '--quiet'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`预览构建失败：${output.slice(-3000)}`))))
  })
}

async function prepare(payload: Payload) {
  const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#3366aa' } }).png().toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: '报名流程图' },
    file: { name: 'flow.png', mimetype: 'image/png', data: png, size: png.length },
    overrideAccess: true,
  } as never)
  const base = { overrideAccess: true } as const
  const target = await payload.create({
    ...base,
    collection: 'notices',
    data: { title: '预览测试：被链接的通知', slug: 'preview-target', issuer, level: 'province', year: 2026, status: 'in-force', _status: 'published' },
  })
  const body = root(
    paragraph(text('正文第一段，'), internalLink('notices', target.id, '见上一份通知') as never) as never,
    upload(image.id) as never,
  )
  const notice = await payload.create({
    ...base,
    collection: 'notices',
    data: { title: '预览测试：已发布的标题', slug: 'preview-notice', issuer, level: 'province', year: 2025, status: 'expired', statusDate: '2026-01-01', body, _status: 'published' },
  })
  // The editor's newer draft of the published notice: only the preview shows it.
  await payload.update({ ...base, collection: 'notices', id: notice.id, draft: true, data: { title: '预览测试：草稿中的新标题', _status: 'draft' } })
  const fresh = await payload.create({
    ...base,
    collection: 'notices',
    draft: true,
    data: { title: '预览测试：从未发布', slug: 'preview-fresh', issuer, level: 'province', year: 2026, status: 'in-force', _status: 'draft' },
  })
  // A draft still missing what the page needs (drafts may be saved incomplete).
  const incomplete = await payload.create({
    ...base,
    collection: 'notices',
    draft: true,
    data: { title: '预览测试：还缺发文机关', slug: 'preview-incomplete', level: 'province', status: 'in-force', _status: 'draft' } as never,
  })
  ids = { target: target.id as number, notice: notice.id as number, fresh: fresh.id as number, incomplete: incomplete.id as number }
}

beforeAll(async () => {
  site = await buildTestSite({ prepare })
  const outDir = path.join(site.dir, 'preview')
  await buildPreview(outDir)
  preview = await createPreviewServer({ outDir, cmsUrl: site.cmsUrl })
  await new Promise<void>((resolve) => preview.listen(0, '127.0.0.1', resolve))
  process.env.PREVIEW_INTERNAL_URL = `http://127.0.0.1:${(preview.address() as { port: number }).port}`
  statics = await serveStatic(site.outDir)
  const editor = await createUser(site.payload, 'editor')
  token = await login(site.cmsUrl, editor)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  delete process.env.PREVIEW_INTERNAL_URL
  await browser?.close()
  await statics?.close()
  await new Promise((resolve) => preview?.close(resolve))
  await site?.close()
})

const previewUrl = (id: number) => `${site.cmsUrl}/preview/notices/${id}/`

async function signedInPage(): Promise<Page> {
  const context = await browser.newContext()
  await context.addCookies([{ name: 'payload-token', value: token, url: site.cmsUrl, httpOnly: true, sameSite: 'Lax' }])
  return context.newPage()
}

/** Landmarks, stylesheet rules, banner, image and links of the page as the browser sees it. */
async function anatomy(page: Page) {
  return page.evaluate(async () => {
    const landmarks = [...document.querySelectorAll('header, nav, main, footer, aside, [role]')]
      .map((el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? ''}`)
      .filter((l) => !l.startsWith('note:'))
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    const img = document.querySelector<HTMLImageElement>('.rich-text img')
    // Lazy images load once near the viewport.
    img?.scrollIntoView()
    if (img && !(img.complete && img.naturalWidth > 0)) {
      await new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true })
        img.addEventListener('error', resolve, { once: true })
        setTimeout(resolve, 10_000)
      })
    }
    const h1 = document.querySelector('h1')
    return {
      landmarks,
      rules,
      banner: document.querySelector('.status-banner')?.textContent?.replace(/\s+/g, ' ').trim(),
      title: h1?.textContent?.trim(),
      h1Style: h1 && getComputedStyle(h1).font,
      bodyColour: getComputedStyle(document.body).color,
      image: img && { loaded: img.naturalWidth > 0, alt: img.alt, width: img.getAttribute('width') },
      links: [...document.querySelectorAll<HTMLAnchorElement>('.rich-text a')].map((a) => [a.getAttribute('href'), a.textContent]),
      draftNote: document.querySelector('.draft-note')?.textContent ?? null,
    }
  })
}

describe('the draft preview is the public page', () => {
  it('refuses anonymous readers and forged tokens, naming the sign-in, with the preview headers', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'JWT not-a-token' }, { cookie: 'payload-token=forged.token.value' }]
    for (const headers of attempts) {
      const response = await fetch(previewUrl(ids.notice), { headers })
      expect(response.status).toBe(401)
      const html = await response.text()
      expect(html).toContain('需要登录')
      expect(html).not.toContain('草稿中的新标题')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    // Straight to the preview server too: it decides nothing itself, the CMS does.
    const direct = await fetch(`${process.env.PREVIEW_INTERNAL_URL}/preview/notices/${ids.notice}/`)
    expect(direct.status).toBe(401)
  })

  it('shows a signed-in editor the draft, never cached, with the site policy', async () => {
    const response = await fetch(previewUrl(ids.notice), { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';")
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    const html = await response.text()
    expect(html).toContain('草稿中的新标题')
    expect(html).toContain('<meta name="robots" content="noindex"')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script
    // Its one script (reload on save) is a file, served through the CMS's /preview/ too.
    const src = html.match(/<script[^>]*\bsrc="([^"]+)"/)?.[1]
    expect(src).toMatch(/^\/preview\/_astro\/.+\.js$/)
    const script = await fetch(`${site.cmsUrl}${src}`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
  })

  it('has the landmarks, stylesheet, banner, image and internal link of the built page', async () => {
    const page = await signedInPage()
    await page.goto(`${statics.url}/notices/preview-notice/`)
    const published = await anatomy(page)
    await page.goto(previewUrl(ids.notice))
    const draft = await anatomy(page)
    await page.context().close()

    expect(published.title).toBe('预览测试：已发布的标题')
    expect(draft.title).toBe('预览测试：草稿中的新标题')
    expect(draft.landmarks).toEqual(published.landmarks)
    expect(published.landmarks).toEqual(expect.arrayContaining(['header:', 'main:', 'footer:']))
    // Every rule of the built page's stylesheet is in the preview's (which adds its draft note).
    expect(published.rules.length).toBeGreaterThan(20)
    expect(draft.rules).toEqual(expect.arrayContaining(published.rules))
    expect(draft.h1Style).toBe(published.h1Style)
    expect(draft.bodyColour).toBe(published.bodyColour)
    expect(published.banner).toContain('失效')
    expect(draft.banner).toBe(published.banner)
    expect(published.image).toEqual({ loaded: true, alt: '报名流程图', width: '640' })
    expect(draft.image).toEqual(published.image)
    expect(published.links).toEqual([['/notices/preview-target/', '见上一份通知']])
    expect(draft.links).toEqual(published.links)
    expect(published.draftNote).toBeNull()
    expect(draft.draftNote).toContain('草稿预览')
  })

  it('shows a draft that was never published, other collections too, and says so for one that does not exist', async () => {
    const fresh = await fetch(previewUrl(ids.fresh), { headers: { authorization: `JWT ${token}` } })
    expect(fresh.status).toBe(200)
    expect(await fresh.text()).toContain('预览测试：从未发布')
    // Topics, FAQs and providers preview through their own page components too.
    for (const collection of ['topics', 'faqs', 'providers'] as const) {
      const [doc] = (await site.payload.find({ collection, limit: 1, depth: 0, overrideAccess: true, where: { _status: { equals: 'published' } } })).docs
      const page = await fetch(`${site.cmsUrl}/preview/${collection}/${doc!.id}/`, { headers: { authorization: `JWT ${token}` } })
      expect(page.status, collection).toBe(200)
      const html = await page.text()
      const fields = doc as unknown as Record<string, unknown>
      const name = String(fields.title ?? fields.question ?? fields.name)
      expect(html).toContain(name.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      expect(html).toContain('草稿预览')
    }
    const incomplete = await fetch(previewUrl(ids.incomplete), { headers: { authorization: `JWT ${token}` } })
    expect(incomplete.status).toBe(200)
    const lacking = await incomplete.text()
    expect(lacking).toContain('发布前还需补全')
    expect(lacking).toContain('「发文机关」')
    expect(lacking).toContain('预览测试：还缺发文机关')
    const missing = await fetch(previewUrl(987654), { headers: { authorization: `JWT ${token}` } })
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('没有这份草稿')
  })

  it('reloads when the admin reports a save (live preview), showing the newer draft', async () => {
    const admin = await signedInPage()
    await admin.goto(previewUrl(987654)) // any page on the CMS's origin stands in for the admin
    const popupPromise = admin.context().waitForEvent('page')
    await admin.evaluate((url) => {
      const w = window as unknown as { ready: boolean; preview: Window | null }
      w.ready = false
      window.addEventListener('message', (e) => {
        if ((e.data as { type?: string; ready?: boolean })?.type === 'payload-live-preview') w.ready = true
      })
      w.preview = window.open(url)
    }, previewUrl(ids.notice))
    const popup = await popupPromise
    await admin.waitForFunction(() => (window as unknown as { ready: boolean }).ready)
    const saved = await fetch(`${site.cmsUrl}/api/notices/${ids.notice}?draft=true&autosave=true`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: '预览测试：自动保存后的标题' }),
    })
    expect(saved.status).toBe(200)
    await admin.evaluate(() => (window as unknown as { preview: Window }).preview.postMessage({ type: 'payload-document-event' }, location.origin))
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('自动保存后的标题'), undefined, { timeout: 20_000 })
    await admin.context().close()
  })
})
