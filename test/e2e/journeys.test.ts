/**
 * `npm start` end to end, started once: what the start-up prints and serves, then the three
 * users' journeys from issue 9 in Chromium against the running product, and Ctrl-C last.
 * Each journey ends with a screenshot in test-results/journeys/ (and, at the step where it broke,
 * one named *-failed.png with the stack's log beside it as *-failed.log). Public pages are watched for Content Security Policy violations.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../site/helpers.ts'
import { root, runScript, startStack, type Stack } from './stack.ts'
import { isRunning } from '../lib/processes.ts'

// Overridable so two checkouts on one machine can run their end-to-end tests at once.
const cmsPort = Number(process.env.TEST_CMS_PORT ?? 3100)
const sitePort = Number(process.env.TEST_SITE_PORT ?? 4400)
const shots = path.join(root, 'test-results', 'journeys')

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer().once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })

let stack: Stack
let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  // The admin may need a `next build` first (1–2 minutes on 2 cores).
  const started = Date.now()
  stack = await startStack({ cmsPort, sitePort })
  console.log(`npm start ready in ${Math.round((Date.now() - started) / 1000)} s`)
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/** A browser context whose pages report any CSP violation (Chromium logs them to the console). */
async function publicContext(): Promise<{ context: BrowserContext; cspErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const cspErrors: string[] = []
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(`${message.location().url}: ${message.text()}`)
  })
  return { context, cspErrors }
}

/** Runs a journey, leaving `<name>.png` at its end or `<name>-failed.png` where it broke. */
async function journey(name: string, page: () => Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps()
    await page().screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
  } catch (error) {
    await page()
      .screenshot({ path: path.join(shots, `${name}-failed.png`), fullPage: true })
      .catch(() => undefined)
    // What the CMS and the site said meanwhile: the first place to look when a step fails in CI.
    fs.writeFileSync(path.join(shots, `${name}-failed.log`), stack.output().slice(-200_000))
    throw error
  }
}

/**
 * The admin's control for a field, found by its Chinese label: the label points at the input
 * itself for text fields, at a wrapper around it for dates and relationships.
 */
async function field(page: Page, label: string): Promise<Locator> {
  const id = await page.locator('label.field-label', { hasText: new RegExp(`^${label}\\s*\\*?$`) }).getAttribute('for')
  const target = page.locator(`[id="${id}"]`)
  return (await target.evaluate((el) => el.matches('input, textarea'))) ? target : target.locator('input').first()
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${stack.siteUrl}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''))
  return page.$$eval('#search-results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

describe('npm start on a fresh embedded database', () => {
  it('shows progress and prints the addresses', () => {
    expect(stack.output()).toMatch(/\[1\/5\][\s\S]*\[5\/5\]/)
    expect(stack.output()).toContain(`http://localhost:${sitePort}/calculator/`)
    expect(stack.output()).toContain(`http://localhost:${cmsPort}/admin`)
    expect(stack.output()).toMatch(/创建第一个账号/)
  })

  it('serves the admin in Chinese', async () => {
    const response = await fetch(`${stack.cmsUrl}/admin`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/lang="zh-CN"/)
  })

  it('serves the seeded, published content through the API', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/notices?limit=1`)
    const body = (await response.json()) as { totalDocs: number }
    expect(body.totalDocs).toBeGreaterThan(4)
  })

  it('answers a malformed JSON write with a clear 400, a well-formed one without a 500', async () => {
    const post = (body: string) =>
      fetch(`${stack.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect((await post('{"email": ')).status).toBe(400)
    // The guard hands Payload a copy of the request; under Next that copy once threw (a 500).
    const wrong = await post(JSON.stringify({ email: 'nobody@example.cn', password: 'wrong-password' }))
    expect(wrong.status).toBe(401)
  })

  it('serves the built site with search and calculator', async () => {
    for (const page of ['/', '/calculator/', '/search/', '/pagefind/pagefind.js']) {
      const response = await fetch(`${stack.siteUrl}${page}`)
      expect(response.status, page).toBe(200)
    }
    const home = await fetch(`${stack.siteUrl}/`)
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'")
  })
})

describe('journey 1: a member of the public', () => {
  it('searches 区块链 from the home page, opens the topic, its notice, then the FAQ on certificates', async () => {
    const { context, cspErrors } = await publicContext()
    const page = await context.newPage()
    await journey('1-public', () => page, async () => {
      await page.goto(`${stack.siteUrl}/`)
      await page.fill('#site-search', '区块链')
      await page.press('#site-search', 'Enter')
      await page.waitForURL(/\/search\/\?q=/)
      await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''))

      await page.locator('#search-results li > a', { hasText: '区块链技术与应用' }).first().click()
      await page.waitForURL(/\/topics\/2021\/2021-qukuailian-jishu\/$/)
      await expect.poll(() => page.locator('h1').textContent()).toBe('区块链技术与应用')
      expect(await page.locator('main').textContent()).toContain('安徽冠成教育科技有限公司')

      // The topic page names the notice that published it.
      await page.locator('.source-notice a').click()
      await page.waitForURL(/\/notices\/wan-ren-she-mi-2021-115\/$/)
      expect(await page.locator('h1').textContent()).toContain('2021年全省专业技术人员继续教育')

      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '常见问题' }).click()
      await page.waitForURL(/\/faqs\/$/)
      const faq = page.locator('article.faq').filter({ has: page.locator('.question', { hasText: '证书' }) })
      expect(await faq.count()).toBe(1)
      expect(await faq.getAttribute('id')).toBe('2021-faq-07')
      await faq.getByRole('link', { name: /本问题链接/ }).click()
      await page.waitForURL(/\/faqs\/#2021-faq-07$/)
      // Scrolled to, the target's top can sit a fraction of a pixel above the viewport.
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target')
        const box = el?.getBoundingClientRect()
        return { id: el?.id, question: el?.querySelector('.question')?.textContent, inView: Boolean(box && Math.round(box.top) >= 0 && box.top < innerHeight) }
      })
      expect(target).toEqual({ id: '2021-faq-07', question: expect.stringContaining('证书'), inView: true })
    })
    expect(cspErrors).toEqual([])
    await context.close()
  })
})

describe('journey 2: a professional with the calculator (issue 3)', () => {
  it('enters a year, is told what is missing and why, adds the days, and shares the result', async () => {
    const { context, cspErrors } = await publicContext()
    let page = await context.newPage()
    await journey('2-calculator', () => page, async () => {
      await page.goto(`${stack.siteUrl}/calculator/`)
      await page.getByLabel('考核年度').selectOption('2026')

      const add = (name: string) => page.getByRole('group', { name: '添加一项学习或成果' }).getByRole('button', { name }).click()
      await add('学完一个公需科目专题')
      await page.fill('#a-0-date', '2026-03-10')
      await page.fill('#a-0-topic', '数字经济与创新发展')
      await add('网络课件')
      await page.fill('#a-1-date', '2026-04-01')
      await page.selectOption('#a-1-subject', 'professional')
      await page.fill('#a-1-hours', '12')
      await add('参加培训、研修或进修')
      await page.fill('#a-2-date', '2026-05-11')
      await page.fill('#a-2-days', '2')
      await page.getByRole('button', { name: '查看结果' }).click()

      // Not met: 30 public + 12 courseware + 2 days × 6 = 54 of 90; 36 professional hours missing.
      const result = page.locator('[data-result]')
      const totals = (p: Page) => p.locator('[data-result] table.totals').innerText()
      expect(await result.locator('h2').textContent()).toMatch(/未达到2026年度要求/)
      expect(await totals(page)).toMatch(/总计\s+54\s+90\s+36/)
      expect(await totals(page)).toMatch(/专业科目\s+24\s+60\s+36/)
      const shortfall = result.locator('.explanations li', { hasText: '专业科目还差36学时' })
      expect(await shortfall.locator('cite').textContent()).toContain('芜人社秘〔2025〕85号')
      expect(await result.locator('.explanations li', { hasText: '就高原则' }).locator('cite').textContent()).toContain('皖人社秘〔2025〕109号')

      // A wrong answer: an error summary whose link takes the keyboard to the field; answers kept.
      await page.fill('#a-2-days', '-2')
      const summary = page.locator('[data-error-summary]')
      await expect.poll(() => summary.isVisible()).toBe(true)
      const errorLink = summary.getByRole('link', { name: /第3项.*天数/ })
      await errorLink.click()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('a-2-days')
      expect(await page.locator('#a-2-days-error').textContent()).toMatch(/天数/)
      expect(await page.getAttribute('#a-2-days', 'aria-invalid')).toBe('true')
      expect(await page.inputValue('#a-2-days')).toBe('-2')
      expect(await page.inputValue('#a-1-hours')).toBe('12')
      expect(await page.inputValue('#a-0-topic')).toBe('数字经济与创新发展')

      // Eight days make 48 hours: with the courseware, 60 professional and 90 in all.
      await page.fill('#a-2-days', '8')
      await expect.poll(() => summary.isHidden()).toBe(true)
      expect(await result.locator('h2').textContent()).toBe('已达到2026年度要求')
      const metTotals = await totals(page)
      expect(metTotals).toMatch(/总计\s+90\s+90\s+0/)

      const shared = await page.evaluate(() => location.href)
      expect(shared).toContain('year=2026')
      page = await context.newPage()
      await page.goto(shared)
      expect(await page.locator('[data-result] h2').textContent()).toBe('已达到2026年度要求')
      expect(await totals(page)).toBe(metTotals)
      expect(await page.inputValue('#a-2-days')).toBe('8')
      expect(await page.inputValue('#calc-year')).toBe('2026')
    })
    expect(cspErrors).toEqual([])
    await context.close()
  })
})

describe('journey 3: an editor publishes next year’s topic, then takes it down', () => {
  const title = '量子信息科学前沿'
  const slug = '2027-liangzi-xinxi'
  const topicPath = `/topics/2027/${slug}/`
  let admin: Page

  /** GET on the CMS with the admin's session cookie. */
  const api = <T,>(pathname: string): Promise<T> =>
    admin.evaluate(async (p) => (await fetch(p, { credentials: 'include' })).json(), pathname) as Promise<T>

  /** Waits until the CMS reports a successful site build that started after `since`. */
  async function rebuiltSince(since: number): Promise<void> {
    type SiteBuild = { status?: string; lastSuccessAt?: string | null; lastAttemptAt?: string | null; lastError?: string | null }
    const deadline = Date.now() + 120_000
    for (;;) {
      const build = await api<SiteBuild>('/api/globals/site-build')
      if (build.status === 'ok' && build.lastSuccessAt && Date.parse(build.lastSuccessAt) > since) return
      if (build.status === 'failed' && build.lastAttemptAt && Date.parse(build.lastAttemptAt) > since) {
        throw new Error(`网站重建失败：${build.lastError}`)
      }
      if (Date.now() > deadline) throw new Error(`两分钟内没有完成重建：${JSON.stringify(build)}`)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }

  it('creates the first account, a 2027 topic for an existing provider, publishes it and sees it live; unpublishes it and sees it gone, previewable by staff only', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' })
    const { context, cspErrors } = await publicContext()
    const site = await context.newPage()
    admin = await adminContext.newPage()
    let current = admin
    await journey('3-editor', () => current, async () => {
      await admin.goto(`${stack.cmsUrl}/admin`)
      await admin.waitForURL(/\/admin\/create-first-user/)
      await admin.fill('#field-email', 'editor@example.cn')
      await admin.fill('#field-password', 'Jxjy-e2e-2027!')
      await admin.fill('#field-confirm-password', 'Jxjy-e2e-2027!')
      await admin.fill('#field-name', '测试编辑')
      await admin.getByRole('button', { name: '创建' }).click()
      await admin.waitForURL((url) => !url.pathname.includes('create-first-user'))
      if (admin.url().includes('/admin/login')) {
        await admin.fill('#field-email', 'editor@example.cn')
        await admin.fill('#field-password', 'Jxjy-e2e-2027!')
        await admin.getByRole('button', { name: '登录' }).click()
        await admin.waitForURL((url) => !url.pathname.includes('/login'))
      }
      const me = await api<{ user: { role: string } | null }>('/api/users/me')
      expect(me.user?.role).toBe('admin')

      // A new document is created once it has its title and typing pauses (no empty draft when
      // 创建新条目 opens); it then opens under its id.
      await admin.goto(`${stack.cmsUrl}/admin/collections/topics/create`)
      await admin.locator('#field-title').waitFor()
      await (await field(admin, '专题名称')).fill(title)
      await admin.waitForURL(/\/admin\/collections\/topics\/\d+$/, { timeout: 20_000 })
      const id = admin.url().split('/').pop()
      await admin.locator('#field-title').waitFor()
      await (await field(admin, '年度')).fill('2027')
      await (await field(admin, '网址标识')).fill(slug)
      await (await field(admin, '培训单位')).click()
      await admin.keyboard.type('冠成')
      await admin.locator('.rs__option', { hasText: '安徽冠成教育科技有限公司' }).click()
      // Payload's date picker takes a typed day in its display format (yyyy-MM-dd).
      for (const [label, day] of [['合同期开始', '2027-01-01'], ['合同期结束', '2027-12-31']] as const) {
        const input = await field(admin, label)
        await input.click()
        await input.fill(day)
        await input.press('Enter')
      }
      const published = Date.now()
      await admin.getByRole('button', { name: '发布修改' }).click()
      await expect.poll(() => admin.locator('.doc-controls__status').innerText(), { timeout: 20_000 }).toMatch(/已发布/)
      const saved = await api<Record<string, unknown>>(`/api/topics/${id}?depth=1`)
      expect(saved).toMatchObject({
        year: 2027,
        title,
        slug,
        _status: 'published',
        provider: { name: '安徽冠成教育科技有限公司' },
        contractStart: '2027-01-01T00:00:00.000Z',
        contractEnd: '2027-12-31T00:00:00.000Z',
      })

      await rebuiltSince(published)
      current = site
      await site.goto(`${stack.siteUrl}/topics/2027/`)
      await site.getByRole('link', { name: title }).click()
      await site.waitForURL((url) => url.pathname === topicPath)
      const facts = await site.locator('main').innerText()
      expect(facts).toContain('安徽冠成教育科技有限公司')
      expect(facts).toContain('2027年1月1日 至 2027年12月31日')
      expect(await searchFor(site, '量子')).toContain(topicPath)
      await site.screenshot({ path: path.join(shots, '3-editor-published.png'), fullPage: true })

      current = admin
      await admin.locator('.doc-controls__popup .popup-button').click()
      await admin.getByRole('button', { name: '取消发布' }).click()
      const unpublished = Date.now()
      await admin.locator('dialog.confirmation-modal #confirm-action').click()
      await expect.poll(() => admin.locator('.doc-controls__status').innerText(), { timeout: 20_000 }).toMatch(/草稿/)
      expect(await api(`/api/topics/${id}?depth=0`)).toMatchObject({ _status: 'draft' })
      const anonymous = (await (await fetch(`${stack.cmsUrl}/api/topics?where[slug][equals]=${slug}`)).json()) as { totalDocs: number }
      expect(anonymous.totalDocs).toBe(0)

      await rebuiltSince(unpublished)
      current = site
      expect((await fetch(`${stack.siteUrl}${topicPath}`)).status).toBe(404)
      await site.goto(`${stack.siteUrl}/topics/`)
      expect(await site.locator('main').innerText()).not.toContain(title)
      expect(await searchFor(site, '量子')).not.toContain(topicPath)
      expect(await site.locator('#search-status').textContent()).toMatch(/没有找到/)

      // The draft stays reachable for staff as a preview (the admin's 预览), never for the public.
      current = admin
      await admin.goto(`${stack.cmsUrl}/preview/topics/${id}`)
      const preview = await admin.locator('main').innerText()
      expect(preview).toContain('草稿预览')
      expect(preview).toContain(title)
      const anonymousPreview = await (await fetch(`${stack.cmsUrl}/preview/topics/${id}`)).text()
      expect(anonymousPreview).toContain('需要登录')
      expect(anonymousPreview).not.toContain(title)
    })
    expect(cspErrors).toEqual([])
    await context.close()
    await adminContext.close()
  }, 360_000)
})

const cmsPids = () => [...stack.output().matchAll(/内容管理系统进程 (\d+) 已启动/g)].map((match) => Number(match[1]))

describe('one instance per database, and a supervisor that keeps the site up', () => {
  it('refuses a second npm start on the same data at once, naming the running one', async () => {
    const started = Date.now()
    const second = await runScript(['scripts/start.ts'], { ...stack.env, CMS_PORT: '0', SITE_PORT: '0' }, 60_000)
    expect(second.code).toBe(1)
    expect(second.output).toContain('启动被拒绝')
    expect(second.output).toContain(`进程 ${stack.pid}（npm start`)
    expect(second.output).toContain(`公众网站端口 ${sitePort}`)
    expect(second.output).not.toContain('[1/5]')
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(fs.existsSync(path.join(stack.dataDir, 'cms.db.lock'))).toBe(true)
  }, 90_000)

  it('refuses to restore a backup under the running CMS', async () => {
    // A backup is taken while it runs; putting it back is what must wait.
    const backup = path.join(stack.dataDir, 'backup-while-running')
    const made = await runScript(['scripts/backup.ts', backup], stack.env)
    expect(made.code, made.output).toBe(0)
    const restore = await runScript(['scripts/restore.ts', backup], stack.env)
    expect(restore.code).toBe(1)
    expect(restore.output).toContain(`进程 ${stack.pid}（npm start`)
    expect((await fetch(`${stack.cmsUrl}/api/notices?limit=1`)).status).toBe(200)
  }, 120_000)

  it('restarts a crashed CMS with a clear log line while the site keeps serving', async () => {
    const [crashed] = cmsPids().slice(-1)
    expect(crashed).toBeGreaterThan(0)
    process.kill(crashed!, 'SIGKILL')
    await expect.poll(() => stack.output(), { timeout: 10_000 }).toMatch(/内容管理系统意外退出（进程 \d+，信号 SIGKILL），\d+ 秒后自动重启/)
    // While it is down and coming back, the public site answers from the last good build.
    for (const page of ['/', '/notices/', '/pagefind/pagefind.js']) expect((await fetch(`${stack.siteUrl}${page}`)).status, page).toBe(200)
    await expect.poll(() => stack.output(), { timeout: 150_000, interval: 1000 }).toContain('内容管理系统已恢复服务')
    const [restarted] = cmsPids().slice(-1)
    expect(restarted).not.toBe(crashed)
    expect(isRunning(crashed!)).toBe(false)
    expect((await fetch(`${stack.cmsUrl}/api/notices?limit=1`)).status).toBe(200)
  }, 180_000)
})

describe('Ctrl-C', () => {
  it('stops everything cleanly', async () => {
    await browser.close()
    const children = cmsPids()
    const code = await stack.stop()
    expect(code).toBe(0)
    expect(await portIsFree(cmsPort)).toBe(true)
    expect(await portIsFree(sitePort)).toBe(true)
    for (const pid of [stack.pid, ...children]) expect(isRunning(pid), `process ${pid}`).toBe(false)
  })
})
