/**
 * The pieces `npm start` supervises with (scripts/lib/processes.ts, instance-lock.ts), with real
 * processes: however the supervising process ends — SIGKILL, an uncaught exception — its children
 * stop; a crashing child is restarted with a growing delay; the instance lock tells a live holder
 * from a stale one. The whole of `npm start` (a real CMS killed and restarted, a second start
 * refused) is covered in test/e2e/journeys.test.ts.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireInstanceLock, InstanceLockedError } from '../../scripts/lib/instance-lock.ts'
import { isRunning } from '../lib/processes.ts'
import { projectRoot } from '../../paths.ts'

const root = projectRoot
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-supervisor-'))
const processes = JSON.stringify(path.join(root, 'scripts', 'lib', 'processes.ts'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))


/** A long-running child, as the CMS is: an HTTP server that prints its PID. */
const serverChild = `require('node:http').createServer().listen(0, () => console.log('child ' + process.pid))`

/** Runs a supervising script; resolves with the child's PID once the child is up. */
function supervisor(body: string) {
  const file = path.join(dir, `supervisor-${Math.random().toString(36).slice(2)}.mjs`)
  fs.writeFileSync(file, `import { start, supervise, supervisedEnv } from ${processes}\n${body}\n`)
  const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const childPid = new Promise<number>((resolve) => {
    child.stdout.on('data', () => {
      const match = /child (\d+)/.exec(output)
      if (match) resolve(Number(match[1]))
    })
  })
  return { process: child, childPid, output: () => output }
}

describe('no child outlives its supervisor', () => {
  it('when the supervisor is killed with SIGKILL (no handler of its own can run)', async () => {
    const run = supervisor(`start(process.execPath, ['-e', ${JSON.stringify(serverChild)}], { env: supervisedEnv(process.env) })\nsetInterval(() => {}, 1000)`)
    const child = await run.childPid
    run.process.kill('SIGKILL')
    await expect.poll(() => isRunning(child), { timeout: 10_000 }).toBe(false)
  }, 20_000)

  it('when the supervisor dies of an uncaught exception', async () => {
    const run = supervisor(
      `start(process.execPath, ['-e', ${JSON.stringify(serverChild)}])\nsetTimeout(() => { throw new Error('boom') }, 300)`,
    )
    const child = await run.childPid
    await new Promise((resolve) => run.process.once('exit', resolve))
    await expect.poll(() => isRunning(child), { timeout: 5_000 }).toBe(false)
  }, 20_000)
})

describe('supervise()', () => {
  it('restarts a crashing child with a doubling delay and says so', async () => {
    const run = supervisor(`
const crashing = ${JSON.stringify("setTimeout(() => process.exit(3), 150)")}
const child = supervise({ name: '测试服务', command: process.execPath, args: ['-e', crashing], baseDelayMs: 100, maxDelayMs: 250, ready: async () => {} })
await child.firstReady
setTimeout(() => process.exit(0), 2500)`)
    await new Promise((resolve) => run.process.once('exit', resolve))
    const lines = run.output().split('\n').filter((line) => line.includes('意外退出'))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines[0]).toMatch(/测试服务意外退出（进程 \d+，退出码 3），0\.1 秒后自动重启（连续第 1 次）/)
    expect(lines[1]).toMatch(/0\.2 秒后自动重启（连续第 2 次）/)
    expect(lines[2]).toMatch(/0\.25 秒后自动重启（连续第 3 次）/)
  }, 20_000)

  it('treats an exit before the first start is ready as a start-up failure, not something to retry', async () => {
    const run = supervisor(`
const child = supervise({ name: '测试服务', command: process.execPath, args: ['-e', 'process.exit(4)'], ready: () => new Promise(() => {}) })
await child.firstReady.catch((error) => { console.log('failed: ' + error.message); process.exit(0) })`)
    await new Promise((resolve) => run.process.once('exit', resolve))
    expect(run.output()).toContain('failed: 测试服务启动时退出（退出码 4）')
    expect(run.output()).not.toContain('自动重启')
  }, 20_000)
})

describe('the instance lock', () => {
  const lockFile = (name: string) => path.join(dir, `${name}.lock`)

  it('is refused to a second holder while the first lives, and free again once released', () => {
    const first = acquireInstanceLock(lockFile('live'), { command: 'npm start', sitePort: 4321 })
    expect(() => acquireInstanceLock(lockFile('live'), { command: 'npm start' })).toThrow(InstanceLockedError)
    expect(() => acquireInstanceLock(lockFile('live'), { command: 'npm start' })).toThrow(`进程 ${process.pid}（npm start`)
    first.release()
    expect(fs.existsSync(lockFile('live'))).toBe(false)
    acquireInstanceLock(lockFile('live'), { command: 'npm start' }).release()
  })

  it('takes over a lock whose process is gone', async () => {
    const gone = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => gone.once('exit', resolve))
    fs.writeFileSync(lockFile('stale'), JSON.stringify({ pid: gone.pid, command: 'npm start', startedAt: new Date().toISOString() }))
    const lock = acquireInstanceLock(lockFile('stale'), { command: 'npm start' })
    expect(JSON.parse(fs.readFileSync(lockFile('stale'), 'utf8'))).toMatchObject({ pid: process.pid })
    lock.release()
  })

  it('takes over a lock whose PID now belongs to a later process', () => {
    fs.writeFileSync(lockFile('reused'), JSON.stringify({ pid: process.pid, processStart: '1', command: 'npm start', startedAt: new Date(0).toISOString() }))
    acquireInstanceLock(lockFile('reused'), { command: 'npm start' }).release()
  })

  it('takes over a lock file left empty by a holder killed while writing it, once it is old', () => {
    fs.writeFileSync(lockFile('empty'), '')
    expect(() => acquireInstanceLock(lockFile('empty'), { command: 'npm start' })).toThrow(/正在启动/)
    const old = new Date(Date.now() - 60_000)
    fs.utimesSync(lockFile('empty'), old, old)
    acquireInstanceLock(lockFile('empty'), { command: 'npm start' }).release()
  })
})
