/**
 * Test fixtures for the public site: a seeded SQLite CMS in a temporary directory, its REST API
 * on an ephemeral port, and the real site built from it (by `scripts/build-site.ts`) into a
 * temporary outDir. One `buildTestSite()` per test file; other suites may reuse it.
 * Also: the production static server for the built site and a headless Chromium for browser checks.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts'
import { serveStatic as serveProductionStatic } from '../../scripts/lib/static-server.ts'

import { projectRoot } from '../../paths.ts'

export { projectRoot }

export interface TestSite {
  /** temporary directory holding the database, the cache and the built site */
  dir: string
  outDir: string
  /** base URL of the CMS (REST API under /api) */
  cmsUrl: string
  payload: Payload
  /** the HTML of a built page, by URL path (`/notices/x/`) */
  html(pathname: string): string
  /** whether the built site has a page or file at this URL path */
  has(pathname: string): boolean
  /** URL paths of every built HTML page */
  pages(): string[]
  /** stops the CMS and removes the temporary directory */
  close(): Promise<void>
}

export interface BuildTestSiteOptions {
  /** changes to the seeded CMS before the build (drafts, hostile documents …) */
  prepare?: (payload: Payload) => Promise<void>
  /** the build's "today" (YYYY-MM-DD) */
  today?: string
  /** false: start from an empty database (prepare writes what the test needs); default true */
  seed?: boolean
  /** extra environment for the build; `SITE_URL: undefined` builds without one (default https://jxjy.example.cn) */
  env?: Record<string, string | undefined>
}

function fileFor(outDir: string, pathname: string): string {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0]!)
  const target = path.join(outDir, clean)
  return clean.endsWith('/') ? path.join(target, 'index.html') : target
}

function runBuild(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'build-site.ts'), ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`网站构建失败（退出码 ${code}）：\n${output.slice(-4000)}`))))
  })
}

export async function buildTestSite(options: BuildTestSiteOptions = {}): Promise<TestSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-site-'))
  const outDir = path.join(dir, 'dist')
  process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
  process.env.CMS_MEDIA_DIR = path.join(dir, 'media')
  const { bootPayload } = await import('../../cms/server/boot.ts')
  const { createApiServer, listen } = await import('../../cms/server/api-server.ts')
  const payload = await bootPayload({ quiet: true, seedWhenEmpty: options.seed ?? true })
  const server = createApiServer(payload.config)
  const port = await listen(server, 0)
  const cmsUrl = `http://127.0.0.1:${port}`
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await payload.destroy().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await options.prepare?.(payload)
    const env: NodeJS.ProcessEnv = { ...process.env, CMS_URL: cmsUrl, SITE_URL: 'https://jxjy.example.cn' }
    if (options.today) env.SITE_TODAY = options.today
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name]
      else env[name] = value
    }
    await runBuild(['--out-dir', outDir, '--cache-dir', path.join(dir, 'cache'), '--quiet'], env)
  } catch (error) {
    await close()
    throw error
  }
  return {
    dir,
    outDir,
    cmsUrl,
    payload,
    html: (pathname) => fs.readFileSync(fileFor(outDir, pathname), 'utf8'),
    has: (pathname) => fs.existsSync(fileFor(outDir, pathname)),
    pages: () =>
      (fs.readdirSync(outDir, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
        .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, '')),
    close,
  }
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves a built site on 127.0.0.1 with the production static server (headers, caching, 404). */
export async function serveStatic(root: string): Promise<StaticServer> {
  return serveProductionStatic(root)
}

export { chromiumPath }

/** Headless Debian Chromium driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}


/** A built site served on 127.0.0.1 with Chromium open: what a browser test file works against. */
export interface SiteInBrowser {
  site: TestSite
  server: StaticServer
  browser: Browser
  close(): Promise<void>
}

export async function openSiteInBrowser(options: BuildTestSiteOptions = {}): Promise<SiteInBrowser> {
  const site = await buildTestSite(options)
  const server = await serveStatic(site.outDir)
  const browser = await launchChromium()
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
      await site.close()
    },
  }
}

const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * What axe-core finds against WCAG 2.2 AA on the page, one line per violation. axe is evaluated
 * over the DevTools protocol, so the page keeps its own CSP (which refuses inline scripts).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ passes: unknown[]; violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    if (result.passes.length === 0) throw new Error('axe-core ran no checks')
    return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`)
  }, wcagTags)
}
