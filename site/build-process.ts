// Runs the site build (build.ts) in a child process: a build is heavy and must not share memory,
// globals or a crash with the server that asked for it. This is the build runner the CMS's
// publisher is handed by its entry points; the CMS itself names no file outside cms/.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../paths.ts'

export interface SiteBuildRun {
  cmsUrl: string
  outDir: string
  cacheDir?: string
  /** Streams the build's output, for progress on a terminal. */
  onOutput?: (chunk: string) => void
}

export interface SiteBuildExit {
  /** the exit code, -1 when the process could not start, null when it was killed */
  code: number | null
  /** the end of the build's output */
  log: string
}

// Computed from the root rather than from this file's URL: a bundler (Next) would turn
// `new URL('./build.ts', import.meta.url)` into a copied asset.
const buildScript = path.join(projectRoot, 'site', 'build.ts')

export function runSiteBuild({ cmsUrl, outDir, cacheDir, onOutput }: SiteBuildRun): Promise<SiteBuildExit> {
  return new Promise((resolve) => {
    let log = ''
    const args = [buildScript, '--out-dir', outDir, ...(cacheDir ? ['--cache-dir', cacheDir] : [])]
    const child = spawn(process.execPath, args, {
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
    child.once('close', (code) => resolve({ code, log }))
  })
}
