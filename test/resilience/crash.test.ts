/**
 * A crash mid-write leaves every document agreeing with its history. A real child process runs
 * the CMS's Local API on the same SQLite file, publishing 30 notices at once in rounds; it is
 * killed with SIGKILL shortly into a burst, several times, and the database is read again.
 * Also: `npm run export` notices a document without its version row and exits non-zero.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkConsistency } from '../../cms/backup/consistency.ts'
import { bootCms, noticeData, type TestCms } from '../cms/helpers.ts'
import { projectRoot } from '../../paths.ts'

let cms: TestCms
beforeAll(async () => {
  cms = await bootCms()
  for (let i = 0; i < 30; i++) {
    await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true, context: { disableRebuild: true } })
  }
})
afterAll(async () => cms?.close())

const root = projectRoot
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts the burst, kills it `afterMs` after the first round began; returns publishes finished. */
function burstAndKill(afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'publish-burst.child.ts')], {
      cwd: root,
      env: { ...process.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let stderr = ''
    let done = 0
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const lines = out.split('\n')
      out = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'burst') void sleep(afterMs).then(() => child.kill('SIGKILL'))
        if (line.startsWith('done ')) done = Number(line.slice(5))
      }
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(done)
      else reject(new Error(`子进程意外退出（${code}）：${stderr.slice(-2000)}`))
    })
  })
}

describe('killed mid-burst', () => {
  it('every live document has its version, each time', async () => {
    const finished: number[] = []
    for (const afterMs of [400, 250, 700]) {
      finished.push(await burstAndKill(afterMs))
      expect(await checkConsistency(cms.payload)).toEqual([])
    }
    // the kills landed inside the bursts: some publishes finished, not every round of all of them
    expect(finished.some((n) => n > 0), `finished: ${finished.join(', ')}`).toBe(true)
    const { docs } = await cms.payload.find({ collection: 'notices', draft: false, depth: 0, pagination: false, overrideAccess: true })
    expect(docs.some((d) => /第\d+轮/.test(d.title))).toBe(true)
  })
})

describe('npm run export', () => {
  const runExport = () =>
    spawnSync(process.execPath, [path.join(root, 'scripts', 'export.ts'), path.join(cms.dir, 'export.json')], {
      cwd: root,
      env: { ...process.env },
      encoding: 'utf8',
      timeout: 120_000,
    })

  it('exits 0 on a sound database and 1, naming the document, once a version row is missing', async () => {
    const sound = runExport()
    expect(sound.status, sound.stderr).toBe(0)

    const victim = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'published' } as never, overrideAccess: true, context: { disableRebuild: true } })
    const client = (cms.payload.db as unknown as { client: { execute: (s: { sql: string; args: unknown[] }) => Promise<unknown> } }).client
    await client.execute({ sql: 'DELETE FROM _notices_v WHERE parent_id = ?', args: [victim.id] })

    const broken = runExport()
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain('数据不一致')
    expect(broken.stderr).toContain(`notices #${victim.id}`)
  })
})
