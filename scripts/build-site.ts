// `npm run build`: the public site, built from what the CMS publishes.
// With CMS_URL set, it reads that CMS; otherwise it starts the CMS API in this process on a free
// port (embedded database, migrated and seeded when empty), builds, and stops it again.
// Options: --out-dir <dir> (default dist), --cache-dir <dir> (Astro's cache), --quiet.
import fs from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface BuildOptions {
  /** CMS base URL, e.g. http://127.0.0.1:3001 */
  cmsUrl: string
  outDir?: string
  cacheDir?: string
  quiet?: boolean
}

/** Runs `astro build` against a CMS and checks that the pages and the search index exist. */
export async function buildStatic(options: BuildOptions): Promise<string> {
  process.env.CMS_URL = options.cmsUrl
  const outDir = path.resolve(root, options.outDir ?? 'dist')
  const { build } = await import('astro')
  await build({
    root,
    outDir,
    ...(options.cacheDir ? { cacheDir: path.resolve(root, options.cacheDir) } : {}),
    logLevel: options.quiet ? 'warn' : 'info',
  })
  for (const required of ['index.html', 'pagefind/pagefind.js']) {
    if (!fs.existsSync(path.join(outDir, required))) {
      throw new Error(`构建结果缺少 ${path.join(outDir, required)}`)
    }
  }
  return outDir
}

interface RunningCms {
  url: string
  stop(): Promise<void>
}

/** Starts the CMS REST API in this process on an ephemeral port. */
async function startCms(log: (line: string) => void): Promise<RunningCms> {
  log('未设置 CMS_URL，正在启动内容管理系统接口…')
  const { bootPayload } = await import('../cms/server/boot.ts')
  const { createApiServer, listen } = await import('../cms/server/apiServer.ts')
  const payload = await bootPayload()
  const server: Server = createApiServer(payload.config)
  const port = await listen(server, 0)
  const url = `http://127.0.0.1:${port}`
  log(`内容管理系统接口：${url}/api`)
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy()
    },
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string' },
      'cache-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  })
  const log = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`)
  }
  const started = Date.now()
  let cms: RunningCms | undefined
  try {
    const cmsUrl = process.env.CMS_URL?.trim() || (cms = await startCms(log)).url
    log(`正在构建网站（内容来自 ${cmsUrl}）…`)
    const outDir = await buildStatic({ cmsUrl, outDir: values['out-dir'], cacheDir: values['cache-dir'], quiet: values.quiet })
    log(`网站已构建到 ${outDir}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`)
  } finally {
    await cms?.stop().catch(() => undefined)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`错误：网站构建失败。${message}\n`)
      if (error instanceof Error && error.cause) process.stderr.write(`原因：${String((error.cause as Error).message ?? error.cause)}\n`)
      process.exit(1)
    },
  )
}
