// `npm run build`: the public site, built from what the CMS publishes (site/build.ts).
// With CMS_URL set, it reads that CMS; otherwise it starts the CMS API in this process on a free
// port (embedded database, migrated and seeded when empty), builds, and stops it again.
// Options: --out-dir <dir> (default dist), --cache-dir <dir> (Astro's cache), --quiet.
import type { Server } from 'node:http'
import { buildSite, parseBuildArgs, runBuildCommand } from '../site/build.ts'

interface RunningCms {
  url: string
  stop(): Promise<void>
}

/** Starts the CMS REST API in this process on an ephemeral port. */
async function startCms(log: (line: string) => void): Promise<RunningCms> {
  log('未设置 CMS_URL，正在启动内容管理系统接口…')
  const { bootPayload } = await import('../cms/server/boot.ts')
  const { createApiServer, listen } = await import('../cms/server/api-server.ts')
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
  const options = parseBuildArgs()
  const log = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`)
  }
  const started = Date.now()
  let cms: RunningCms | undefined
  try {
    const cmsUrl = process.env.CMS_URL?.trim() || (cms = await startCms(log)).url
    log(`正在构建网站（内容来自 ${cmsUrl}）…`)
    const outDir = await buildSite({ cmsUrl, ...options })
    log(`网站已构建到 ${outDir}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`)
  } finally {
    await cms?.stop().catch(() => undefined)
  }
}

runBuildCommand(import.meta.url, main)
