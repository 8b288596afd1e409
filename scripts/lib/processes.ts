import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

const running = new Set<ChildProcess>()

/** Spawns a child in its own process group so Ctrl-C can stop it and everything it started. */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options })
  running.add(child)
  child.once('exit', () => running.delete(child))
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

export function stopAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of running) {
    if (child.pid) {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
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
