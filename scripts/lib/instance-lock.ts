/**
 * One instance per database. `npm start` holds a lock file next to the embedded database
 * (`.data/cms.db.lock` by default) for as long as it runs, and `npm run restore` holds the same
 * lock while it replaces the files, so two instances never write one SQLite file and a restore
 * never happens under a running CMS. The file records the holder's PID; a lock whose process is
 * gone (or whose PID now belongs to a different, later process) is stale and taken over.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseChoice } from '../../cms/database.ts'
import { dataDir } from '../../paths.ts'

export interface LockHolder {
  pid: number
  /** the holder's start time in clock ticks since boot (Linux /proc), to tell a reused PID apart */
  processStart?: string
  command: string
  startedAt: string
  cmsPort?: number
  sitePort?: number
}

/** The lock for a database: beside the SQLite file, or in `.data/` for MongoDB. */
export function lockFileFor(choice: DatabaseChoice): string {
  return choice.kind === 'sqlite' ? `${choice.file}.lock` : path.join(dataDir, 'mongodb.lock')
}

function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces) start at field 3; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const start = processStart(holder.pid)
  return !holder.processStart || !start || start === holder.processStart
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : undefined
  } catch {
    return undefined
  }
}

/** The live holder of a lock, or undefined when the lock is free or stale. */
export function lockHolder(file: string): LockHolder | undefined {
  const holder = readHolder(file)
  return holder && isAlive(holder) ? holder : undefined
}

/** "进程 1234（npm start，2026/12/1 10:00:00 起，公众网站端口 4321，管理后台端口 3000）" */
export function describeHolder(holder: LockHolder): string {
  const details = [
    holder.command,
    `${new Date(holder.startedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })} 起`,
    holder.sitePort ? `公众网站端口 ${holder.sitePort}` : '',
    holder.cmsPort ? `管理后台端口 ${holder.cmsPort}` : '',
  ].filter(Boolean)
  return `进程 ${holder.pid}（${details.join('，')}）`
}

export class InstanceLockedError extends Error {
  readonly holder: LockHolder
  readonly file: string
  constructor(holder: LockHolder, file: string) {
    super(`已有实例在使用这份数据：${describeHolder(holder)}，锁文件 ${file}`)
    this.name = 'InstanceLockedError'
    this.holder = holder
    this.file = file
  }
}

export interface InstanceLock {
  file: string
  /** Removes the lock if it is still ours. Safe to call more than once, also from an exit handler. */
  release(): void
}

/**
 * Takes the lock or throws InstanceLockedError naming the running instance. The lock file is
 * created exclusively (`wx`), so of two starts at the same moment exactly one wins.
 */
export function acquireInstanceLock(file: string, info: Omit<LockHolder, 'pid' | 'processStart' | 'startedAt'>): InstanceLock {
  const holder: LockHolder = { pid: process.pid, processStart: processStart(process.pid), startedAt: new Date().toISOString(), ...info }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(holder)}\n`, { flag: 'wx' })
      let released = false
      return {
        file,
        release() {
          if (released) return
          released = true
          if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const other = readHolder(file)
    if (other && isAlive(other)) throw new InstanceLockedError(other, file)
    const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0)
    if (!other && age < 5000) throw new Error(`另一个实例正在启动（锁文件 ${file} 刚刚创建）`)
    // Stale (its process is gone) or unreadable (a holder killed while writing it): take it over.
    fs.rmSync(file, { force: true })
  }
  throw new Error(`无法取得锁文件 ${file}`)
}
