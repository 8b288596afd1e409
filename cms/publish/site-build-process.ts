// Runs the site's build command in a child process: a build is heavy and must not share memory,
// globals or a crash with the server that asked for it. This is the build runner the CMS's entry
// points hand the publisher. The CMS imports no site code: the command's location comes from
// paths.ts, and the contract is the command line (`--out-dir`, `--cache-dir`, CMS_URL).
import { spawn } from 'node:child_process'
import { projectRoot, siteBuildCommand } from '../../paths.ts'

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

export function runSiteBuild({ cmsUrl, outDir, cacheDir, onOutput }: SiteBuildRun): Promise<SiteBuildExit> {
  return new Promise((resolve) => {
    let log = ''
    const args = [siteBuildCommand, '--out-dir', outDir, ...(cacheDir ? ['--cache-dir', cacheDir] : [])]
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
