import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta.url, not import.meta.dirname: Next's bundler leaves the latter undefined (next build fails).
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Where site builds are kept; SITE_BUILDS_DIR moves them (tests use a temp folder). */
export const defaultBuildsDir = process.env.SITE_BUILDS_DIR ?? path.join(projectRoot, '.data', 'site')

/** The folder the public site is served from: the last good build, else `dist/`. */
export function currentSiteDir(buildsDir = defaultBuildsDir, fallback = path.join(projectRoot, 'dist')): string {
  try {
    const dir = fs.readFileSync(path.join(buildsDir, 'current'), 'utf8').trim()
    if (dir && fs.existsSync(path.join(dir, 'index.html'))) return dir
  } catch {
    // no build switched in yet
  }
  return fallback
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
 * last `keep` builds so a switch never pulls files from under a reader.
 */
export async function buildAndSwitch({
  cmsUrl,
  buildsDir = defaultBuildsDir,
  keep = 3,
  onOutput,
}: {
  cmsUrl: string
  buildsDir?: string
  keep?: number
  /** Streams the build's output, for progress on a terminal. */
  onOutput?: (chunk: string) => void
}): Promise<BuildResult> {
  const started = Date.now()
  const dir = path.join(buildsDir, 'builds', new Date(started).toISOString().replace(/[:.]/g, '-'))
  fs.mkdirSync(dir, { recursive: true })
  const { code, log } = await runBuild(cmsUrl, dir, path.join(buildsDir, 'cache'), onOutput)
  const complete = code === 0 && fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))
  const durationMs = Date.now() - started
  if (!complete) {
    fs.rmSync(dir, { recursive: true, force: true })
    return { ok: false, dir, durationMs, log: log || `构建退出码 ${code}` }
  }
  const pointer = path.join(buildsDir, 'current')
  fs.writeFileSync(`${pointer}.tmp`, dir)
  fs.renameSync(`${pointer}.tmp`, pointer)
  prune(path.join(buildsDir, 'builds'), keep, dir)
  return { ok: true, dir, durationMs, log }
}

function runBuild(
  cmsUrl: string,
  outDir: string,
  cacheDir: string,
  onOutput?: (chunk: string) => void,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    let log = ''
    const child = spawn(process.execPath, ['scripts/build-site.ts', '--out-dir', outDir, '--cache-dir', cacheDir], {
      cwd: projectRoot,
      env: { ...process.env, CMS_URL: cmsUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keepTail = (chunk: Buffer) => {
      onOutput?.(chunk.toString())
      log = (log + chunk.toString()).slice(-8000)
    }
    child.stdout.on('data', keepTail)
    child.stderr.on('data', keepTail)
    child.once('error', (error) => resolve({ code: -1, log: String(error) }))
    child.once('exit', (code) => resolve({ code, log }))
  })
}

function prune(buildsRoot: string, keep: number, current: string) {
  const builds = fs
    .readdirSync(buildsRoot)
    .map((name) => path.join(buildsRoot, name))
    .sort()
  for (const old of builds.slice(0, Math.max(0, builds.length - keep))) {
    if (old !== current) fs.rmSync(old, { recursive: true, force: true })
  }
}
