/**
 * Runs a child process to completion with a timeout, timestamping each output line and sampling
 * the peak resident memory of the child and everything it started (from /proc, every 100 ms).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { now } from './timing.ts'

export interface ProcessRun {
  code: number | null
  signal: NodeJS.Signals | null
  ms: number
  /** highest sum of RSS over the process tree seen while sampling; null where /proc is missing */
  peakRssBytes: number | null
  timedOut: boolean
  /** output lines with the milliseconds since start at which they arrived */
  lines: Array<{ at: number; text: string }>
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  timeoutMs: number
  /** called with each output line, for progress */
  onLine?: (line: string) => void
}

export function runProcess(command: string, args: string[], options: RunOptions): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const start = now()
    const lines: ProcessRun['lines'] = []
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let peak: number | null = null
    let timedOut = false
    const sample = () => {
      if (!child.pid) return
      const rss = treeRss(child.pid)
      if (rss !== null) peak = Math.max(peak ?? 0, rss)
    }
    const sampler = setInterval(sample, 100)
    const timer = setTimeout(() => {
      timedOut = true
      kill(child.pid, 'SIGTERM')
      setTimeout(() => kill(child.pid, 'SIGKILL'), 5000).unref()
    }, options.timeoutMs)
    const reader = () => {
      let partial = ''
      return (chunk: Buffer) => {
        partial += chunk.toString()
        const parts = partial.split('\n')
        partial = parts.pop() ?? ''
        for (const text of parts) {
          lines.push({ at: now() - start, text })
          options.onLine?.(text)
        }
      }
    }
    child.stdout.on('data', reader())
    child.stderr.on('data', reader())
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      clearInterval(sampler)
      clearTimeout(timer)
      // anything the child left behind in its group goes too
      kill(child.pid, 'SIGKILL')
      resolve({ code, signal, ms: now() - start, peakRssBytes: peak, timedOut, lines })
    }
    child.once('error', (error) => {
      lines.push({ at: now() - start, text: String(error) })
      finish(-1, null)
    })
    child.once('exit', finish)
  })
}

function kill(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Sum of VmRSS of a process and all its descendants, in bytes. */
export function treeRss(rootPid: number): number | null {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return null
  }
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1])
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const pid = Number(name)
      rss.set(pid, kb * 1024)
      const list = children.get(ppid) ?? []
      list.push(pid)
      children.set(ppid, list)
    } catch {
      // process ended while reading
    }
  }
  if (!rss.has(rootPid)) return null
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** The last `n` output lines, for error messages. */
export function tail(run: ProcessRun, n = 15): string {
  return run.lines.slice(-n).map((l) => l.text).join('\n')
}
