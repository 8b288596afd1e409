/**
 * The CMS's own pages and files carry security headers (issue 18), and links follow one rule:
 * http(s), mailto, tel and same-site relative links only. The draft preview renders rich text
 * with the site's own renderer (it is the site's page), so one renderer is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeUrl } from '../../content/safe-url.ts'
import { renderRichText } from '../../components/lib/richtext.ts'
import { adminContentSecurityPolicy, mediaContentSecurityPolicy, previewContentSecurityPolicy } from '../../cms/security-headers.mjs'
import { bootCms, createUser, type TestCms } from './helpers.ts'

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const hostile = ['//evil.example/x', '/\\evil.example', '\\\\evil.example', '\\/evil.example', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'javascript:alert(1)', 'java\tscript:alert(1)', ' //evil.example', '\u202e//evil.example']
const fine = ['https://www.ahrst.gov.cn/', 'http://example.cn', 'mailto:a@b.cn', 'tel:4008816822', '/notices/x/', '../x', '#part', '?q=1']

const doc = (url: string) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'link', version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [{ type: 'text', version: 1, text: '链接文字' }] }] }] },
})

describe('links', () => {
  it.each(hostile)('%j is refused by the shared rule', (url) => expect(safeUrl(url)).toBeUndefined())
  it.each(fine)('%j is kept', (url) => expect(safeUrl(url)).toBe(url))

  it.each(hostile)('%j is text, not a link, on the public site and in the draft preview', (url) => {
    const html = renderRichText(doc(url))
    expect(html).toContain('链接文字')
    expect(html).not.toContain('<a')
  })

  it('a safe link is a link', () => {
    expect(renderRichText(doc('https://www.ahrst.gov.cn/'))).toContain('href="https://www.ahrst.gov.cn/"')
  })
})

describe('security headers', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await bootCms({ http: true })
  })
  afterAll(async () => cms?.close())

  it('next.config.mjs sets them on every page (admin, preview, API) and a stricter policy on media files', async () => {
    const nextConfig = '../../cms/next.config.mjs' // untyped .mjs: imported by name
    const { default: config } = (await import(nextConfig)) as { default: { headers: () => Promise<Array<{ source: string; headers: Array<{ key: string; value: string }> }>> } }
    const rules = await config.headers()
    const all = rules.find((r) => r.source === '/:path*')!
    const keys = Object.fromEntries(all.headers.map((h) => [h.key, h.value]))
    expect(keys).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': adminContentSecurityPolicy })
    expect(adminContentSecurityPolicy).toContain("frame-ancestors 'self'")
    expect(adminContentSecurityPolicy).toContain("object-src 'none'")
    expect(rules.find((r) => r.source === '/api/media/file/:path*')!.headers).toEqual([{ key: 'Content-Security-Policy', value: mediaContentSecurityPolicy }])
    const preview = Object.fromEntries(rules.find((r) => r.source === '/preview/:path*')!.headers.map((h) => [h.key, h.value]))
    expect(preview).toMatchObject({ 'Content-Security-Policy': previewContentSecurityPolicy, 'Cache-Control': 'private, no-store' })
    expect(previewContentSecurityPolicy).toContain("script-src 'self';")
  })

  it('the preview on the API server says it is off when no preview server runs, with the preview headers', async () => {
    const response = await fetch(`${cms.url}/preview/notices/1/`)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('草稿预览未启动')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-security-policy')).toBe(previewContentSecurityPolicy)
  })

  it('the API server sends the same: JSON answers and media files', async () => {
    const admin = await createUser(cms.payload, 'admin')
    // Marked 公开: an upload nothing published uses is private to strangers (media-visibility.test.ts).
    const media = await cms.payload.create({ collection: 'media', data: { alt: '图', public: true }, file: { name: 'h.png', mimetype: 'image/png', data: png, size: png.length }, overrideAccess: true, user: admin.doc } as never)
    const json = await fetch(`${cms.url}/api/notices`)
    expect(json.headers.get('x-content-type-options')).toBe('nosniff')
    expect(json.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(json.headers.get('content-security-policy')).toBe(adminContentSecurityPolicy)
    const file = await fetch(`${cms.url}/api/media/file/${(media as { filename: string }).filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toBe(mediaContentSecurityPolicy)
  })
})
