/**
 * Test fixtures for the public site: a seeded SQLite CMS in a temporary directory, its REST API
 * on an ephemeral port, and the real site built from it (by `scripts/build-site.ts`) into a
 * temporary outDir. One `buildTestSite()` per test file; other suites may reuse it.
 * Also: a tiny static server for the built site and a headless Chromium for browser checks.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

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
  const { createApiServer, listen } = await import('../../cms/server/apiServer.ts')
  const payload = await bootPayload({ quiet: true })
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

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

export interface StaticServer {
  url: string
  /** bytes sent per request path, for measuring what a page or a query fetches */
  sent: Map<string, number>
  close(): Promise<void>
}

/** Serves a built site on 127.0.0.1 like a static host: directory index, 404.html. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const sent = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    let file = fileFor(root, pathname)
    if (!file.startsWith(root)) file = path.join(root, '404.html')
    let status = 200
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/') && fs.existsSync(path.join(file, 'index.html'))) {
        res.writeHead(301, { location: `${pathname}/` }).end()
        return
      }
      file = path.join(root, '404.html')
      status = 404
    }
    const body = fs.readFileSync(file)
    sent.set(pathname, (sent.get(pathname) ?? 0) + body.length)
    res.writeHead(status, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export { chromiumPath }

/** Headless Debian Chromium driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}

