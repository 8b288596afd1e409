import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dataPaths, distDir } from '../../paths.ts'

/** Where site builds are kept; SITE_BUILDS_DIR moves them (tests use a temp folder). */
export const defaultBuildsDir = process.env.SITE_BUILDS_DIR ?? dataPaths.siteBuilds

/** A build has finished when it holds its pages and its search index; anything else is debris. */
export function isCompleteBuild(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))
}

/** The folder the public site is served from: the last good build, else `dist/`. */
export function currentSiteDir(buildsDir = defaultBuildsDir, fallback = distDir): string {
  try {
    const dir = fs.readFileSync(path.join(buildsDir, 'current'), 'utf8').trim()
    if (dir && fs.existsSync(path.join(dir, 'index.html'))) return dir
  } catch {
    // no build switched in yet
  }
  return fallback
}

/**
 * What builds the site into a folder. The CMS does not know how: its entry points hand it the
 * runner that spawns the site's build command (site-build-process.ts) with `setSiteBuildRunner`, tests may hand another.
 */
export type SiteBuildRunner = (run: {
  cmsUrl: string
  outDir: string
  cacheDir?: string
  onOutput?: (chunk: string) => void
}) => Promise<{ code: number | null; log: string }>

// One per process, also across Next's bundles (instrumentation and routes are bundled apart).
const holder = globalThis as typeof globalThis & { __siteBuildRunner?: SiteBuildRunner }

export function setSiteBuildRunner(runner: SiteBuildRunner): void {
  holder.__siteBuildRunner = runner
}

export function siteBuildRunner(): SiteBuildRunner | undefined {
  return holder.__siteBuildRunner
}

export interface BuildResult {
  ok: boolean
  dir: string
  durationMs: number
  /** The end of the build's output, kept for editors when it failed. */
  log: string
}

/**
 * Builds the site into a fresh folder and switches the served site to it only when the build and
 * the search index both succeeded. The previous good build stays online otherwise. Keeps the
 * last `keep` complete builds so a switch never pulls files from under a reader. Builds of one
 * folder never overlap, also across processes (a lock file in `buildsDir`).
 */
export async function buildAndSwitch({
  cmsUrl,
  buildsDir = defaultBuildsDir,
  keep = 3,
  onOutput,
  runBuild = siteBuildRunner(),
  lockHeld = false,
}: {
  cmsUrl: string
  buildsDir?: string
  keep?: number
  /** Streams the build's output, for progress on a terminal. */
  onOutput?: (chunk: string) => void
  runBuild?: SiteBuildRunner
  /** The caller holds `buildsDir`'s build lock already (the rebuild job). */
  lockHeld?: boolean
}): Promise<BuildResult> {
  if (!runBuild) {
    return { ok: false, dir: '', durationMs: 0, log: '本进程没有配置网站构建程序（入口程序应调用 setSiteBuildRunner）' }
  }
  fs.mkdirSync(buildsDir, { recursive: true })
  const build = async (): Promise<BuildResult> => {
    const started = Date.now()
    const dir = path.join(buildsDir, 'builds', new Date(started).toISOString().replace(/[:.]/g, '-'))
    fs.mkdirSync(dir, { recursive: true })
    const { code, log } = await runBuild({ cmsUrl, outDir: dir, cacheDir: path.join(buildsDir, 'cache'), onOutput })
    const complete = code === 0 && isCompleteBuild(dir)
    const durationMs = Date.now() - started
    if (!complete) {
      fs.rmSync(dir, { recursive: true, force: true })
      return { ok: false, dir, durationMs, log: log || `构建退出码 ${code}` }
    }
    const pointer = path.join(buildsDir, 'current')
    fs.writeFileSync(`${pointer}.tmp`, dir)
    fs.renameSync(`${pointer}.tmp`, pointer)
    pruneBuilds(path.join(buildsDir, 'builds'), keep, dir)
    return { ok: true, dir, durationMs, log }
  }
  return lockHeld ? build() : withBuildLock(buildsDir, build)
}

/**
 * Keeps the newest `keep` complete builds and removes the rest. A folder left by a build that was
 * killed (no pages or no search index) does not count and is removed: it is never served, and
 * counting it would prune a good build. Runs under the build lock, so no build is in progress.
 */
export function pruneBuilds(buildsRoot: string, keep: number, current: string): void {
  const folders = fs
    .readdirSync(buildsRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(buildsRoot, entry.name))
    .sort()
  const complete = folders.filter(isCompleteBuild)
  const kept = new Set([current, ...complete.slice(-keep)])
  for (const folder of folders) {
    if (!kept.has(folder)) fs.rmSync(folder, { recursive: true, force: true })
  }
}

interface LockOwner {
  pid: number
  host: string
  since: string
}

/** A lock older than this is taken to be left by a machine that died (a build takes minutes). */
const lockMaxAgeMs = 60 * 60_000

function lockIsStale(owner: LockOwner | undefined): boolean {
  if (!owner) return true
  if (Date.now() - Date.parse(owner.since) > lockMaxAgeMs) return true
  if (owner.host !== os.hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner
  } catch {
    return undefined
  }
}

/**
 * Takes `<dir>/build.lock`, made with O_EXCL so only one process can hold it; a lock whose
 * process is gone is taken over. Returns the release, or undefined when someone else builds.
 */
export async function tryBuildLock(dir: string, pollMs = 250): Promise<(() => void) | undefined> {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'build.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() } satisfies LockOwner)
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' })
      return () => {
        if (JSON.stringify(readOwner(file)) === mine) fs.rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (!(await takeOverIfStale(file, pollMs))) return undefined
  }
  return undefined
}

/** Runs `work` holding the build lock of `dir`, waiting while another process builds. */
export async function withBuildLock<T>(dir: string, work: () => Promise<T>, pollMs = 250): Promise<T> {
  let release: (() => void) | undefined
  while (!(release = await tryBuildLock(dir, pollMs))) await sleep(pollMs)
  try {
    return await work()
  } finally {
    release()
  }
}

/** Removes a lock whose owner is gone; true when it did. */
async function takeOverIfStale(file: string, pollMs: number): Promise<boolean> {
  let owner = readOwner(file)
  if (!owner) {
    // Unreadable: possibly being written this instant. Stale only if it stays unreadable.
    await sleep(pollMs)
    owner = readOwner(file)
    if (owner || !fs.existsSync(file)) return false
  } else if (!lockIsStale(owner)) {
    return false
  }
  // Only the lock that was judged stale: another process may have taken it over meanwhile.
  if (JSON.stringify(readOwner(file)) !== JSON.stringify(owner)) return false
  fs.rmSync(file, { force: true })
  return true
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
