// `npm start`: the whole product on one machine. Prepares the database (migrations, seed when
// empty) and builds the public site from what is published, builds the admin when its sources
// changed, starts the CMS (which rebuilds the site after each publish), and serves the site.
// Ctrl-C stops everything. One instance per database (instance-lock.ts); a crashed CMS is
// restarted while the site keeps serving; no child outlives this process (processes.ts).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chooseDatabase } from '../cms/database.ts'
import { readPrepareResult, RESULT_FLAG } from '../cms/scripts/prepare-result.ts'
import { currentSiteDir } from '../cms/publish/site-builds.ts'
import { adminBuildIsCurrent, recordAdminBuild } from './lib/admin-build.ts'
import { acquireInstanceLock, InstanceLockedError, lockFileFor } from './lib/instance-lock.ts'
import { run, stopAll, supervise, supervisedEnv, waitForUrl } from './lib/processes.ts'
import { createStaticServer } from './lib/static-server.ts'
import { createPreviewServer } from './lib/preview-server.ts'
import { prepareDatabaseCommand, projectRoot } from '../paths.ts'

const root = projectRoot
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
// The draft preview server listens on loopback only: it is reached through the CMS's /preview/.
const previewPort = Number(process.env.PREVIEW_PORT ?? 4322)
const cmsUrl = `http://localhost:${cmsPort}`
const env = supervisedEnv({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
  // The CMS rebuilds the public site itself after each publish (see cms/publish/).
  SITE_REBUILD: process.env.DEPLOY_HOOK_URL ? undefined : 'local',
  CMS_INTERNAL_URL: cmsUrl,
  CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? cmsUrl,
  PREVIEW_INTERNAL_URL: `http://127.0.0.1:${previewPort}`,
})

let lock: ReturnType<typeof acquireInstanceLock> | undefined
try {
  lock = acquireInstanceLock(lockFileFor(chooseDatabase()), { command: 'npm start', cmsPort, sitePort })
} catch (error) {
  console.error(
    error instanceof InstanceLockedError
      ? `启动被拒绝：${error.message}。\n同一份数据只能由一个 npm start 使用：请先停止它（在它的终端按 Ctrl-C，或 kill ${error.holder.pid}）。`
      : `启动失败：${(error as Error).message}`,
  )
  process.exit(1)
}
process.once('exit', () => lock?.release())

let stopping = false
async function shutdown(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true
    console.log('\n正在停止……')
    await stopAll()
  }
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
process.on('SIGHUP', () => void shutdown(0))
// A bug here must not leave the CMS running without its supervisor: stop everything, then exit.
process.on('uncaughtException', (error) => {
  console.error(`npm start 内部错误：${error.stack ?? error.message}`)
  void shutdown(1)
})
process.on('unhandledRejection', (reason) => {
  console.error(`npm start 内部错误：${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`)
  void shutdown(1)
})

const step = (n: number, text: string) => console.log(`\n[${n}/5] ${text}`)

try {
  step(1, '准备数据库（迁移；空库时导入初始内容），从已发布内容构建公众网站（含搜索索引）')
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-prepare-'))
  const resultFile = path.join(resultDir, 'result.json')
  let prepared
  try {
    execFileSync('node', [prepareDatabaseCommand, '--build-site', RESULT_FLAG, resultFile], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    prepared = readPrepareResult(resultFile)
  } finally {
    fs.rmSync(resultDir, { recursive: true, force: true })
  }
  const { users, site: siteBuilt } = prepared
  if (!siteBuilt) {
    if (!fs.existsSync(path.join(currentSiteDir(), 'index.html'))) throw new Error('网站构建失败（见上方输出）')
    console.error('网站构建失败（见上方输出），继续提供上一版本。')
  }

  step(2, '构建管理后台')
  if (adminBuildIsCurrent()) {
    console.log('管理后台无改动，沿用上次构建。')
  } else {
    console.log('首次或有改动时需要约 1–2 分钟……')
    await run('next', ['build', 'cms'], { cwd: root, env, detached: false })
    recordAdminBuild()
  }

  step(3, `构建并启动草稿预览（端口 ${previewPort}，经内容管理系统的 /preview/ 访问）`)
  await run('node', ['site/preview/build.ts', '--quiet'], { cwd: root, env, detached: false })
  const preview = await createPreviewServer({ cmsUrl })
  await new Promise<void>((resolve, reject) => preview.once('error', reject).listen(previewPort, '127.0.0.1', resolve))

  step(4, `启动内容管理系统（端口 ${cmsPort}）`)
  // Restarted with a back-off when it crashes; the site below keeps serving meanwhile.
  const cms = supervise({
    name: '内容管理系统',
    command: 'next',
    args: ['start', 'cms', '-p', String(cmsPort)],
    options: { cwd: root, env },
    ready: () => waitForUrl(`${cmsUrl}/api/notices?limit=1`, 120_000),
    log: (line) => console.log(`[${new Date().toLocaleTimeString('zh-CN', { hour12: false })}] ${line}`),
  })
  await cms.firstReady

  step(5, `启动公众网站（端口 ${sitePort}）`)
  const site = createStaticServer(() => currentSiteDir())
  await new Promise<void>((resolve, reject) => site.once('error', reject).listen(sitePort, resolve))

  console.log(`
✔ 已启动
  公众网站     http://localhost:${sitePort}/
  学时计算器   http://localhost:${sitePort}/calculator/
  搜索         http://localhost:${sitePort}/search/
  管理后台     ${cmsUrl}/admin
  接口         ${cmsUrl}/api/notices
${users ? '' : `
  首次使用：打开 ${cmsUrl}/admin ，按提示创建第一个账号（自动成为管理员）。
`}
按 Ctrl-C 停止。`)
} catch (error) {
  console.error(`\n启动失败：${(error as Error).message}`)
  await shutdown(1)
}
