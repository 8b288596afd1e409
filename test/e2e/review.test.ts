/**
 * The review cycle in the admin, in Chromium, under `npm start` with a real SMTP server:
 * an editor creates a notice (no empty draft on 创建新条目), submits it; the publisher finds it
 * in the dashboard's 待审核 queue, returns it with a comment; the editor edits and submits again;
 * the publisher publishes and is told the site is being rebuilt. Each step's mail is read from
 * the SMTP server. Admin pages are checked for English left in them.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtp, type TestSmtp } from '../lib/smtp.ts'
import { launchChromium } from '../site/helpers.ts'
import { root, startStack, type Stack } from './stack.ts'

const cmsPort = Number(process.env.TEST_CMS_PORT ?? 3100)
const sitePort = Number(process.env.TEST_SITE_PORT ?? 4400)
const shots = path.join(root, 'test-results', 'review')
const password = 'Review-e2e-password-1'
const editorEmail = 'editor.review@example.gov.cn'
const publisherEmail = 'publisher.review@example.gov.cn'

let stack: Stack
let smtp: TestSmtp
let browser: Browser

function createAccount(email: string, role: string, name: string) {
  const made = spawnSync(process.execPath, ['cms/scripts/create-user.ts', '--email', email, '--role', role, '--name', name], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: `file:${path.join(stack.dataDir, 'cms.db')}`, CMS_USER_PASSWORD: password },
    encoding: 'utf8',
  })
  if (made.status !== 0) throw new Error(made.stderr)
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.CMS_PUBLIC_URL = `http://localhost:${cmsPort}`
  stack = await startStack({ cmsPort, sitePort })
  createAccount('admin.review@example.gov.cn', 'admin', '管理员')
  createAccount(editorEmail, 'editor', '张起草')
  createAccount(publisherEmail, 'publisher', '李审核')
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
  await smtp?.close()
  delete process.env.SMTP_URL
  delete process.env.CMS_PUBLIC_URL
})

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto(`${stack.cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

const json = <T,>(page: Page, pathname: string): Promise<T> =>
  page.evaluate(async (p) => (await fetch(p, { credentials: 'include' })).json(), pathname) as Promise<T>

type Notice = { id: number; title: string; review: string; _status: string; reviewComment?: string | null }

/**
 * English words a Chinese admin page still shows: visible text and the labels screen readers and
 * tooltips read. Addresses, e-mail addresses and our own technical names are not English prose.
 */
async function englishOn(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const texts: string[] = [document.body.innerText]
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a)
        if (v) texts.push(v)
      }
    }
    return texts.join('\n')
  })
  const allowed = /^(SMTP_URL|CMS_PUBLIC_URL|URL|API|ID|Alt|JSON|PDF|Word|Excel|XLSX|CSV|PNG|JPEG|WebP|SVG|https?|www|example|gov|cn|com|localhost|admin|npm|Payload|Lexical)$/i
  // e-mail and web addresses, paths and slugs (wan-ren-she-mi-2021-115) are data, not English
  const cleaned = found
    .replace(/\S+@\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\/[\w/.-]+/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
  return [...new Set(cleaned.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})*/g) ?? [])].filter((w) => !w.split(/\s+/).every((part) => allowed.test(part)))
}

describe('the review cycle in the admin', () => {
  let editor: Page
  let publisher: Page
  let id: number
  const title = '关于开展2027年度专业技术人员继续教育培训的通知'

  const shot = async (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
  const panelState = (page: Page) => page.locator('[data-review-label]').innerText()

  it('the sign-in page shows the site’s name and mark, not Payload’s', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${stack.cmsUrl}/admin/login`)
    await expect.poll(() => page.locator('[data-site-logo]').innerText()).toContain('安徽专业技术人员继续教育')
    expect(await page.content()).not.toMatch(/payload-logo|graphic-logo[^"]*payload/i)
    await expect.poll(() => englishOn(page), { timeout: 5_000 }).toEqual([])
    await context.close()
  })

  it('an editor opens 创建新条目 without an empty draft being saved; the draft is made on the first change', async () => {
    editor = await signIn(editorEmail)
    const before = await json<{ totalDocs: number }>(editor, '/api/notices?draft=true&limit=0')
    await editor.goto(`${stack.cmsUrl}/admin/collections/notices/create`)
    await editor.locator('#field-title').waitFor()
    // nothing can point at a notice not yet saved: its empty reverse relations say nothing
    const blank = await editor.locator('main').innerText()
    expect(blank).not.toMatch(/没有结果|没有找到/)
    expect(blank).not.toContain('反向关系（自动生成）')
    await editor.waitForTimeout(12_000) // longer than the autosave interval
    expect((await json<{ totalDocs: number }>(editor, '/api/notices?draft=true&limit=0')).totalDocs).toBe(before.totalDocs)
    expect(editor.url()).toMatch(/\/create$/)

    // the first real change creates it, once typing pauses
    await editor.fill('#field-title', title)
    await editor.fill('#field-issuer', '安徽省人力资源和社会保障厅')
    await editor.waitForURL(/\/admin\/collections\/notices\/\d+$/, { timeout: 20_000 })
    id = Number(editor.url().split('/').pop())
    await expect.poll(() => panelState(editor)).toBe('起草中')
  }, 90_000)

  it('a never-valid value is refused when the draft is saved, naming the field', async () => {
    const res = await editor.evaluate(async (noticeId) => {
      const r = await fetch(`/api/notices/${noticeId}?draft=true`, {
        method: 'PATCH',
        credentials: 'include',
        // the language header the admin's own requests send
        headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
        body: JSON.stringify({ year: -3 }),
      })
      return { status: r.status, text: await r.text() }
    }, id)
    expect(res.status).toBe(400)
    // under npm start the REST message names the field by its name (the admin shows its label)
    expect(res.text).toMatch(/年度|year/)
  })

  it('the editor submits it; the publishers get a mail with a link to it', async () => {
    await editor.getByRole('button', { name: '提交审核' }).click()
    await expect.poll(() => panelState(editor)).toBe('待审核')
    const mail = await smtp.waitFor((m) => m.to.includes(publisherEmail) && m.subject.includes('待审核'))
    expect(mail.subject).toBe(`【待审核】通知《${title}》`)
    expect(mail.text).toContain(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    expect(mail.text).toContain('张起草')
    await shot(editor, '1-submitted')
  })

  it('the publisher finds it in the dashboard queue with who and when, and the versions view', async () => {
    publisher = await signIn(publisherEmail)
    await publisher.goto(`${stack.cmsUrl}/admin`)
    const row = publisher.locator(`[data-queue-item="notices/${id}"]`)
    await row.waitFor()
    const text = await row.innerText()
    expect(text).toContain(title)
    expect(text).toContain('张起草')
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    expect(await publisher.locator('[data-review-queue]').innerText()).not.toContain('未配置发信')
    await expect.poll(() => englishOn(publisher), { timeout: 5_000 }).toEqual([])
    await shot(publisher, '2-queue')

    const compare = await row.getByRole('link', { name: '比较版本' }).getAttribute('href')
    expect(compare).toMatch(new RegExp(`/admin/collections/notices/${id}/versions/\\d+`))
    await publisher.goto(`${stack.cmsUrl}${compare}`)
    await expect.poll(() => publisher.locator('main').innerText()).toContain('与之比较')
  })

  it('the publisher opens the 待审核 list view: oldest first, who, when, and the versions compare view', async () => {
    await publisher.goto(`${stack.cmsUrl}/admin`)
    await publisher.locator('[data-review-list-links]').getByRole('link', { name: /通知（1）/ }).click()
    await publisher.waitForURL(/\/admin\/collections\/notices\?/)
    await publisher.locator('[data-review-list-banner]').waitFor()
    const rows = publisher.locator('table tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    const row = await rows.first().innerText()
    expect(row).toContain(title)
    expect(row).toContain('待审核')
    expect(row).toContain('张起草')
    expect(row).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    const heads = (await publisher.locator('table thead th').allInnerTexts()).map((h) => h.trim())
    expect(heads).toEqual(expect.arrayContaining(['提交人', '提交时间', '修改了什么']))
    await expect.poll(() => englishOn(publisher), { timeout: 5_000 }).toEqual([])
    await shot(publisher, '2b-queue-list')
    const compare = await rows.first().locator('[data-review-compare]').getAttribute('href')
    expect(compare).toMatch(new RegExp(`/admin/collections/notices/${id}/versions/\\d+`))

    // back to the usual list: every notice again, with the usual columns
    await publisher.locator('[data-review-list-back]').click()
    await publisher.waitForURL((url) => !url.search.includes('submitted'))
    await expect.poll(() => rows.count()).toBeGreaterThan(1)
    const usual = (await publisher.locator('table thead th').allInnerTexts()).map((h) => h.trim())
    expect(usual).not.toContain('提交人')
    expect(usual).toContain('审核状态')
    await publisher.goto(`${stack.cmsUrl}${compare}`)
    await expect.poll(() => publisher.locator('main').innerText()).toContain('与之比较')

  })

  it('the publisher returns it with a comment; the editor is mailed the comment', async () => {
    await publisher.goto(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    await publisher.getByRole('button', { name: '退回修改' }).click()
    await publisher.fill('#review-return-note', '请补充成文日期和文号。')
    await publisher.getByRole('button', { name: '确认退回' }).click()
    await expect.poll(() => panelState(publisher)).toBe('已退回')
    const mail = await smtp.waitFor((m) => m.to.includes(editorEmail) && m.subject.includes('已退回'))
    expect(mail.text).toContain('退回意见：请补充成文日期和文号。')
    expect(mail.text).toContain(`${stack.cmsUrl}/admin/collections/notices/${id}`)
  })

  it('the editor sees the comment, edits (起草中 again) and submits again', async () => {
    await editor.goto(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    await expect.poll(() => panelState(editor)).toBe('已退回')
    expect(await editor.locator('[data-review-comment]').innerText()).toContain('请补充成文日期和文号。')
    await expect.poll(() => englishOn(editor), { timeout: 5_000 }).toEqual([])
    await shot(editor, '3-returned')

    await editor.fill('#field-docNumber', '皖人社秘〔2026〕300号')
    await expect.poll(async () => (await json<Notice>(editor, `/api/notices/${id}?draft=true&depth=0`)).review, { timeout: 30_000 }).toBe('draft')
    await editor.reload()
    await expect.poll(() => panelState(editor)).toBe('起草中')
    const before = smtp.mails.length
    await editor.getByRole('button', { name: '提交审核' }).click()
    await expect.poll(() => panelState(editor)).toBe('待审核')
    await expect.poll(() => smtp.mails.slice(before).filter((m) => m.to.includes(publisherEmail)).length, { timeout: 10_000 }).toBe(1)
  }, 60_000)

  it('the publisher publishes: the toast says the site is being rebuilt and links to its status; the editor is mailed', async () => {
    await publisher.goto(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    await expect.poll(() => panelState(publisher)).toBe('待审核')
    // publishing needs what a draft may lack: the missing 年度 is listed, then filled in
    const publish = publisher.locator('#action-save')
    await publish.click()
    const invalid = publisher.locator('[data-sonner-toast][data-type="error"]')
    await invalid.first().waitFor({ timeout: 20_000 })
    expect(await invalid.first().innerText()).toContain('年度')
    expect((await json<Notice>(publisher, `/api/notices/${id}?depth=0&draft=true`))._status).toBe('draft')
    await publisher.fill('#field-year', '2026')
    await publish.click()
    const toast = publisher.locator('[data-rebuild-toast]')
    await toast.waitFor({ timeout: 20_000 })
    expect(await toast.innerText()).toContain('网站正在重建')
    expect(await toast.getByRole('link', { name: '网站发布状态' }).getAttribute('href')).toBe('/admin/globals/site-build')
    await shot(publisher, '4-published')
    const doc = await json<Notice>(publisher, `/api/notices/${id}?depth=0`)
    expect(doc).toMatchObject({ _status: 'published', review: 'draft' })
    const mail = await smtp.waitFor((m) => m.to.includes(editorEmail) && m.subject.includes('已发布'))
    expect(mail.subject).toBe(`【已发布】通知《${title}》`)
  }, 90_000)

  it('other admin pages have no English left: the rich-text editor, topics list, dates', async () => {
    await publisher.goto(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    const editorBox = publisher.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editorBox.click()
    await publisher.keyboard.type('正文第一段')
    await editorBox.hover()
    await expect.poll(() => englishOn(publisher), { timeout: 5_000 }).toEqual([])
    await publisher.waitForTimeout(1_500)
    const labels = await publisher.evaluate(() => [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')))
    expect(labels).not.toContain('Drag to move')
    expect(labels).not.toContain('Notifications alt+T')
    const titles = await publisher.evaluate(() => [...document.querySelectorAll('input[type=checkbox][title]')].map((e) => e.getAttribute('title')))
    expect(titles).not.toContain('titleSupplied')
    expect(titles).not.toContain('fullText')

    await publisher.goto(`${stack.cmsUrl}/admin/collections/topics`)
    const heads = await publisher.locator('table thead th').allInnerTexts()
    expect(heads.filter((h) => h.trim() === '状态')).toEqual([])
    expect(heads.map((h) => h.trim())).toEqual(expect.arrayContaining(['学习状态', '发布状态']))
    await expect.poll(() => englishOn(publisher), { timeout: 5_000 }).toEqual([])
    await expect.poll(() => publisher.locator('body').innerText()).toMatch(/生成\d{4}年度专题草稿/)

    // a notice that topics point to shows them; Payload renders fields only as they near the
    // viewport, and the section is at the foot of a long form
    const seeded = await json<{ docs: { id: number }[] }>(publisher, '/api/notices?where[slug][equals]=wan-ren-she-mi-2021-115&depth=0')
    await publisher.goto(`${stack.cmsUrl}/admin/collections/notices/${seeded.docs[0]!.id}`)
    await publisher.getByText('反向关系（自动生成）').scrollIntoViewIfNeeded()
    const joins = publisher.locator('.collapsible', { hasText: '反向关系（自动生成）' })
    await expect.poll(() => joins.innerText()).toContain('本通知发布的专题')
    await expect.poll(() => joins.locator('table tbody tr').count()).toBeGreaterThan(0)

    await publisher.goto(`${stack.cmsUrl}/admin/collections/notices/${id}`)
    // the dates are filled in on the client, a moment after the page shows
    await expect.poll(() => publisher.locator('.doc-controls').innerText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    // nothing points at this one: to the foot of its form, no section and no empty-table message
    await publisher.getByText('相关文件', { exact: true }).first().scrollIntoViewIfNeeded()
    await publisher.mouse.wheel(0, 20_000)
    await publisher.waitForTimeout(1_500)
    const foot = await publisher.locator('main').innerText()
    expect(foot).not.toContain('反向关系（自动生成）')
    expect(foot).not.toMatch(/没有结果|没有找到/)
  }, 60_000)
})
