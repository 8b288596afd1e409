import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

const running = new Set<ChildProcess>()
let stopping = false

/**
 * The environment for children of `npm start`: each preloads exit-with-parent.mjs, so it stops when
 * `npm start` is gone however `npm start` ended.
 */
export function supervisedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const guard = `--import=${new URL('./exit-with-parent.mjs', import.meta.url).href}`
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, guard].filter(Boolean).join(' ') }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      // not a group leader (spawned with detached: false)
      process.kill(child.pid, signal)
    } catch {
      // already gone
    }
  }
}

let exitGuardInstalled = false
/** Whatever ends this process (an exception, process.exit anywhere), no child outlives it. */
function installExitGuard() {
  if (exitGuardInstalled) return
  exitGuardInstalled = true
  process.once('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL')
  })
}

/** Spawns a child in its own process group so Ctrl-C can stop it and everything it started. */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  installExitGuard()
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options })
  running.add(child)
  child.once('exit', () => running.delete(child))
  child.once('error', () => running.delete(child))
  return child
}

/** Runs a child to completion; rejects with its exit code in the message. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = start(command, args, options)
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} 失败（${signal ?? `退出码 ${code}`}）`)),
    )
  })
}

/**
 * Stops every child: SIGTERM to each process group, SIGKILL to what is still there after
 * `graceMs`. Supervised children are not restarted once this has been called.
 */
export async function stopAll(graceMs = 10_000): Promise<void> {
  stopping = true
  for (const stop of pendingRestarts) stop()
  const children = [...running]
  const exited = children.map((child) =>
    child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve())),
  )
  for (const child of children) killGroup(child, 'SIGTERM')
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)))
  if ((await Promise.race([Promise.all(exited), timedOut])) === 'timeout') {
    for (const child of running) killGroup(child, 'SIGKILL')
    await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 2000))])
  }
  clearTimeout(timer)
}

const pendingRestarts = new Set<() => void>()

export interface SuperviseOptions {
  /** for the log: 内容管理系统 */
  name: string
  command: string
  args: string[]
  options?: SpawnOptions
  /** first delay before a restart; doubles with each crash in a row up to maxDelayMs */
  baseDelayMs?: number
  maxDelayMs?: number
  /** a child that ran this long before crashing starts the back-off again from baseDelayMs */
  stableMs?: number
  /** after each (re)start, resolves when the child serves again */
  ready?: () => Promise<void>
  log?: (line: string) => void
}

export interface Supervised {
  readonly pid: number | undefined
  readonly restarts: number
  /** Resolves when the first start is ready; rejects if the child exits before it is. */
  firstReady: Promise<void>
}

/**
 * Runs a child and restarts it when it exits unexpectedly, with an exponential back-off, logging
 * each crash and recovery. A child that exits before its first start is ready is a start-up
 * failure (wrong port, broken build): that is reported through `firstReady`, not retried.
 */
export function supervise(spec: SuperviseOptions): Supervised {
  const { name, baseDelayMs = 1000, maxDelayMs = 30_000, stableMs = 60_000, log = console.log } = spec
  let child: ChildProcess | undefined
  let crashesInARow = 0
  let restarts = 0
  let ready = false
  let failFirst: (error: Error) => void = () => undefined

  const firstReady = new Promise<void>((resolve, reject) => {
    failFirst = reject
    const launch = () => {
      const startedAt = Date.now()
      const current = start(spec.command, spec.args, spec.options)
      child = current
      log(`${name}进程 ${current.pid ?? '?'} 已启动`)
      let ended = false
      const onEnd = (how: string) => {
        if (ended || stopping) return
        ended = true
        if (!ready) return failFirst(new Error(`${name}启动时退出（${how}）`))
        crashesInARow = Date.now() - startedAt > stableMs ? 1 : crashesInARow + 1
        const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (crashesInARow - 1))
        log(`${name}意外退出（进程 ${current.pid ?? '?'}，${how}），${delay / 1000} 秒后自动重启（连续第 ${crashesInARow} 次）；公众网站继续提供上一版本。`)
        const timer = setTimeout(() => {
          pendingRestarts.delete(cancel)
          restarts++
          launch()
          spec.ready?.().then(
            () => log(`${name}已恢复服务。`),
            (error: Error) => log(`${name}重启后仍未就绪：${error.message}`),
          )
        }, delay)
        const cancel = () => clearTimeout(timer)
        pendingRestarts.add(cancel)
      }
      current.once('error', (error) => onEnd(error.message))
      current.once('exit', (code, signal) => onEnd(signal ? `信号 ${signal}` : `退出码 ${code}`))
    }
    launch()
    Promise.resolve(spec.ready?.()).then(() => {
      ready = true
      resolve()
    }, reject)
  })

  return {
    get pid() {
      return child?.pid
    },
    get restarts() {
      return restarts
    },
    firstReady,
  }
}

export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
      lastError = new Error(`HTTP ${response.status}`)
    } catch (error) {
      lastError = error
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`等待 ${url} 超时`, { cause: lastError })
}
