import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../../paths.ts'

export const root = projectRoot

export interface Stack {
  cmsUrl: string
  siteUrl: string
  dataDir: string
  /** the PID of `npm start` itself */
  pid: number
  /** the environment it runs with (its database, ports), for running other commands on the same data */
  env: NodeJS.ProcessEnv
  output: () => string
  stop: () => Promise<number | null>
}

export interface Finished {
  code: number | null
  output: string
}

/** Runs a script of the project to its end (or kills it after timeoutMs) with the given environment. */
export function runScript(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<Finished> {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/**
 * Runs `npm start`'s script exactly as a user would, on its own ports and a fresh embedded
 * database, and resolves once it prints that everything is up.
 */
export async function startStack({ cmsPort = 3100, sitePort = 4400, timeoutMs = 900_000 } = {}): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-stack-'))
  let log = ''
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    SITE_BUILDS_DIR: path.join(dataDir, 'site'),
    CMS_MEDIA_DIR: path.join(dataDir, 'media'),
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    PREVIEW_PORT: String(sitePort + 1),
    PREVIEW_BUILD_DIR: path.join(dataDir, 'preview'),
  }
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGINT')
      reject(new Error(`npm start 未在时限内就绪：\n${log.slice(-4000)}`))
    }, timeoutMs)
    const check = () => {
      if (log.includes('✔ 已启动')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start 提前退出（${code}）：\n${log.slice(-4000)}`))
    })
  })

  return {
    cmsUrl: `http://localhost:${cmsPort}`,
    siteUrl: `http://localhost:${sitePort}`,
    dataDir,
    pid: child.pid!,
    env,
    output: () => log,
    /** Ctrl-C, then removes the temporary database and site builds. */
    stop: async () => {
      const code = await new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once('exit', (exitCode) => resolve(exitCode))
        child.kill('SIGINT')
      })
      fs.rmSync(dataDir, { recursive: true, force: true })
      return code
    },
  }
}
