/** The machine a run was made on: every figure in the results is only meaningful next to this. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

export interface MachineInfo {
  date: string
  cpuCount: number
  /** CPUs this process may use (cgroup / affinity), which can be fewer than cpuCount */
  availableParallelism: number
  cpuModel: string
  memoryBytes: number
  /** memory limit of the container, when one is set */
  cgroupMemoryLimitBytes: number | null
  node: string
  platform: string
  kernel: string
  chromium: string | null
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings */
  loadAverage: number[]
  gitCommit: string | null
  /** true when the working tree had uncommitted changes (other engineers' work in progress) */
  gitDirty: boolean | null
}

export function machineInfo(root: string): MachineInfo {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    cpuCount: cpus.length,
    availableParallelism: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    cgroupMemoryLimitBytes: cgroupMemoryLimit(),
    node: process.version,
    platform: `${os.type()} ${os.arch()}`,
    kernel: os.release(),
    chromium: quiet('/usr/bin/chromium', ['--version']),
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
    gitCommit: quiet('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
    gitDirty: gitDirty(root),
  }
}

function cgroupMemoryLimit(): number | null {
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    try {
      const value = fs.readFileSync(file, 'utf8').trim()
      const n = Number(value)
      if (Number.isFinite(n) && n > 0 && n < os.totalmem()) return n
      return null
    } catch {
      // not this cgroup version
    }
  }
  return null
}

function quiet(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim()
  } catch {
    return null
  }
}

function gitDirty(root: string): boolean | null {
  const status = quiet('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'])
  return status === null ? null : status.length > 0
}

/** "2 × Intel Xeon …, 7.8 GB, Node v24.9.0" */
export function describeMachine(m: MachineInfo): string {
  const gb = (b: number) => `${(b / 1024 **3).toFixed(1)} GB`
  const memory = m.cgroupMemoryLimitBytes ? `${gb(m.memoryBytes)} (container limit ${gb(m.cgroupMemoryLimitBytes)})` : gb(m.memoryBytes)
  const cpus = m.availableParallelism !== m.cpuCount ? `${m.cpuCount} CPUs (${m.availableParallelism} usable)` : `${m.cpuCount} CPUs`
  return `${cpus} × ${m.cpuModel}, ${memory} RAM, Node ${m.node}, ${m.platform}, load average ${m.loadAverage.join(' / ')} at start`
}
