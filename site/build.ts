// The static build of the public site: `astro build` against a running CMS, then a check that
// the pages and the search index exist. The site never starts the CMS itself (it imports no CMS
// code): `scripts/build-site.ts` (`npm run build`) does that when no CMS_URL is given, and the
// CMS's publisher runs this file as a child process (see build-process.ts).
//
// As a command: `CMS_URL=http://… node site/build.ts [--out-dir DIR] [--cache-dir DIR] [--quiet]`.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { distDir, projectRoot } from '../paths.ts'

export interface SiteBuildOptions {
  /** CMS base URL, e.g. http://127.0.0.1:3001 */
  cmsUrl: string
  /** default dist/ */
  outDir?: string
  /** Astro's cache (default its own, in node_modules/.astro) */
  cacheDir?: string
  quiet?: boolean
}

/** Runs `astro build` against a CMS and checks that the pages and the search index exist. */
export async function buildSite(options: SiteBuildOptions): Promise<string> {
  // astro.config.mjs and the content loader read CMS_URL from the environment.
  process.env.CMS_URL = options.cmsUrl
  const outDir = path.resolve(projectRoot, options.outDir ?? distDir)
  const { build } = await import('astro')
  await build({
    root: projectRoot,
    outDir,
    ...(options.cacheDir ? { cacheDir: path.resolve(projectRoot, options.cacheDir) } : {}),
    logLevel: options.quiet ? 'warn' : 'info',
  })
  for (const required of ['index.html', 'pagefind/pagefind.js']) {
    if (!fs.existsSync(path.join(outDir, required))) {
      throw new Error(`构建结果缺少 ${path.join(outDir, required)}`)
    }
  }
  return outDir
}

/** Reads the command line shared by this file and `npm run build`. */
export function parseBuildArgs(args: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: {
      'out-dir': { type: 'string' },
      'cache-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  })
  return { outDir: values['out-dir'], cacheDir: values['cache-dir'], quiet: values.quiet ?? false }
}

/** The last words of a failed build, for the terminal and for editors (网站发布状态). */
export function reportBuildFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`错误：网站构建失败。${message}\n`)
  if (error instanceof Error && error.cause) process.stderr.write(`原因：${String((error.cause as Error).message ?? error.cause)}\n`)
}

async function main(): Promise<void> {
  const cmsUrl = process.env.CMS_URL?.trim()
  if (!cmsUrl) throw new Error('未设置 CMS_URL（内容管理系统地址），例如 CMS_URL=http://127.0.0.1:3000')
  const started = Date.now()
  const options = parseBuildArgs()
  if (!options.quiet) process.stderr.write(`正在构建网站（内容来自 ${cmsUrl}）…\n`)
  const outDir = await buildSite({ cmsUrl, ...options })
  if (!options.quiet) process.stderr.write(`网站已构建到 ${outDir}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。\n`)
}

/**
 * Runs `main` when the file at `moduleUrl` is the one node was started with (a build command:
 * this file, or `npm run build`'s scripts/build-site.ts); a failure ends with its reason, exit 1.
 */
export function runBuildCommand(moduleUrl: string, main: () => Promise<void>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      reportBuildFailure(error)
      process.exit(1)
    },
  )
}

runBuildCommand(import.meta.url, main)
