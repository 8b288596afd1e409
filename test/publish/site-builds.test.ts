/**
 * The builds folder: only complete builds count toward the kept three, and builds of one folder
 * never overlap, also across processes. The build runner here writes a tiny site instead of
 * running Astro (the real build is in pipeline.test.ts); the folders, the pointer, the lock file
 * and the second process are real.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildAndSwitch, currentSiteDir, isCompleteBuild, type SiteBuildRunner } from '../../cms/publish/site-builds.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-builds-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Writes a complete site after `ms`; records when each build ran. */
function tinySite(ms = 0, runs: Array<{ start: number; end: number }> = []): SiteBuildRunner {
  return async ({ outDir }) => {
    const start = Date.now()
    await sleep(ms)
    fs.mkdirSync(path.join(outDir, 'pagefind'), { recursive: true })
    fs.writeFileSync(path.join(outDir, 'index.html'), '<html lang="zh-CN"></html>')
    fs.writeFileSync(path.join(outDir, 'pagefind', 'pagefind.js'), '')
    runs.push({ start, end: Date.now() })
    return { code: 0, log: '' }
  }
}

const builds = (buildsDir: string) => fs.readdirSync(path.join(buildsDir, 'builds')).sort()

describe('kept builds', () => {
  it('a folder left by a killed build does not count: the three newest good builds stay', async () => {
    const buildsDir = tempDir()
    const good: string[] = []
    for (let i = 0; i < 3; i++) {
      const result = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite(5) })
      expect(result.ok).toBe(true)
      good.push(path.basename(result.dir))
    }
    // A build killed mid-way (the CMS process died): its folder stays, empty or half-written.
    const killedEmpty = path.join(buildsDir, 'builds', '9999-killed-empty')
    const killedHalf = path.join(buildsDir, 'builds', '9999-killed-half')
    fs.mkdirSync(killedEmpty, { recursive: true })
    fs.mkdirSync(killedHalf, { recursive: true })
    fs.writeFileSync(path.join(killedHalf, 'index.html'), '<html></html>')
    expect(isCompleteBuild(killedHalf)).toBe(false)

    const next = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite(5) })
    expect(next.ok).toBe(true)
    expect(builds(buildsDir)).toEqual([good[1], good[2], path.basename(next.dir)])
    expect(currentSiteDir(buildsDir)).toBe(next.dir)
  })

  it('a failed build removes its folder and keeps the served build', async () => {
    const buildsDir = tempDir()
    const first = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite() })
    const failed = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: async () => ({ code: 1, log: '无法连接内容管理系统' }) })
    expect(failed).toMatchObject({ ok: false, log: '无法连接内容管理系统' })
    expect(builds(buildsDir)).toEqual([path.basename(first.dir)])
    expect(currentSiteDir(buildsDir)).toBe(first.dir)
  })

  it('without a build runner it fails with a message instead of guessing a command', async () => {
    const result = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir: tempDir(), runBuild: undefined })
    expect(result.ok).toBe(false)
    expect(result.log).toMatch(/没有配置网站构建程序/)
  })
})

describe('build lock', () => {
  const overlaps = (runs: Array<{ start: number; end: number }>) =>
    runs.some((a, i) => runs.some((b, j) => i !== j && a.start < b.end && b.start < a.end))

  it('two builds of one folder in one process run one after the other', async () => {
    const buildsDir = tempDir()
    const runs: Array<{ start: number; end: number }> = []
    const results = await Promise.all([1, 2, 3].map(() => buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite(150, runs) })))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(runs).toHaveLength(3)
    expect(overlaps(runs)).toBe(false)
  })

  it('waits for a build held by another process, and takes over a lock its dead owner left', async () => {
    const buildsDir = tempDir()
    // Another process holds the lock for 1.5 s, as a second instance's build would.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { withBuildLock } from ${JSON.stringify(path.resolve('cms/publish/site-builds.ts'))}
         await withBuildLock(${JSON.stringify(buildsDir)}, async () => { console.log('held'); await new Promise((r) => setTimeout(r, 1500)) })
         console.log('released ' + Date.now())`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const closed = new Promise((resolve) => holder.once('close', resolve))
    let out = ''
    holder.stdout.on('data', (chunk) => (out += chunk))
    for (let waited = 0; !out.includes('held'); waited += 20) {
      if (waited > 30_000) throw new Error(`锁进程没有启动：${out}`)
      await sleep(20)
    }
    const result = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite() })
    await closed
    const releasedAt = Number(/released (\d+)/.exec(out)?.[1])
    expect(result.ok).toBe(true)
    expect(Date.parse(path.basename(result.dir).replace(/T(\d+)-(\d+)-(\d+)-(\d+)Z/, 'T$1:$2:$3.$4Z'))).toBeGreaterThanOrEqual(releasedAt - 5)

    // A lock left by a process that no longer exists does not block the next build.
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => dead.once('exit', resolve))
    fs.writeFileSync(path.join(buildsDir, 'build.lock'), JSON.stringify({ pid: dead.pid, host: os.hostname(), since: new Date().toISOString() }))
    const after = await buildAndSwitch({ cmsUrl: 'http://cms.invalid', buildsDir, runBuild: tinySite() })
    expect(after.ok).toBe(true)
    expect(fs.existsSync(path.join(buildsDir, 'build.lock'))).toBe(false)
  })
})
