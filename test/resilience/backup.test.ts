/**
 * `npm run backup` and `npm run restore` as an operator runs them, on real SQLite databases and
 * real media folders: a backup holds the database and its media together, a restore checks the
 * pair before replacing anything, and a restore is refused while an instance holds the lock.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const exec = promisify(execFile)
const root = projectRoot
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-backup-'))

interface Instance {
  database: string
  media: string
}
const live: Instance = { database: path.join(dir, 'live', 'cms.db'), media: path.join(dir, 'live', 'media') }
const instance = (name: string): Instance => ({ database: path.join(dir, name, 'cms.db'), media: path.join(dir, name, 'media') })

const run = (script: string, args: string[], at: Instance) =>
  exec(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: `file:${at.database}`, CMS_MEDIA_DIR: at.media },
    maxBuffer: 64 * 1024 * 1024,
  })

type Failure = { code: number; stdout: string; stderr: string }
const fails = (script: string, args: string[], at: Instance) => run(script, args, at).then(() => undefined, (error: Failure) => error)

const exportOf = async (at: Instance) => {
  const file = path.join(dir, `export-${Date.now()}-${Math.random()}.json`)
  await run('scripts/export.ts', [file], at)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]>
}

const filesOf = (folder: string) =>
  Object.fromEntries(
    (fs.readdirSync(folder, { recursive: true }) as string[])
      .filter((name) => fs.statSync(path.join(folder, name)).isFile())
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name)).toString('base64')]),
  )

/** Uploads an image and a PDF through Payload's Local API, so the database refers to real files. */
async function uploadMedia(at: Instance) {
  const script = path.join(dir, 'upload.mjs')
  fs.writeFileSync(
    script,
    `import sharp from ${JSON.stringify(path.join(root, 'node_modules', 'sharp', 'dist', 'index.mjs'))}
import { bootPayload } from ${JSON.stringify(path.join(root, 'cms', 'server', 'boot.ts'))}
const payload = await bootPayload({ seedWhenEmpty: false, quiet: true })
const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } }).png().toBuffer()
await payload.create({ collection: 'media', data: { alt: '学时统计图' }, file: { data: png, name: 'chart.png', mimetype: 'image/png', size: png.length }, overrideAccess: true })
const pdf = Buffer.from('%PDF-1.4\\n1 0 obj<<>>endobj\\nxref\\n0 1\\ntrailer<<>>\\nstartxref\\n0\\n%%EOF\\n')
await payload.create({ collection: 'media', data: { alt: '通知附件' }, file: { data: pdf, name: 'notice.pdf', mimetype: 'application/pdf', size: pdf.length }, overrideAccess: true })
process.exit(0)
`,
  )
  await run(script, [], at)
}

/** A process that holds the database's lock the way npm start does, until it is killed. */
async function holdLock(at: Instance): Promise<ChildProcess> {
  const lockModule = path.join(root, 'scripts', 'lib', 'instance-lock.ts')
  const holder = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { acquireInstanceLock } = await import(${JSON.stringify(lockModule)})
acquireInstanceLock(${JSON.stringify(`${at.database}.lock`)}, { command: 'npm start', sitePort: 4321, cmsPort: 3000 })
console.log('locked')
setInterval(() => {}, 1000)`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()))
  return holder
}

let backup: string

beforeAll(async () => {
  await run('cms/scripts/prepare-db.ts', [], live)
  await uploadMedia(live)
  backup = path.join(dir, 'backups', 'first')
  const { stdout } = await run('scripts/backup.ts', [backup], live)
  expect(stdout).toContain('已备份到')
}, 240_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a backup', () => {
  it('is one folder with the database, every media file and a manifest', () => {
    expect(fs.readdirSync(backup).sort()).toEqual(['cms.db', 'manifest.json', 'media'])
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as {
      media: { name: string }[]
      referencedMedia: string[]
    }
    // The image, its card-sized copy (800 px is below the page size, so no page copy) and the PDF.
    expect(manifest.referencedMedia).toEqual(['chart-480x320.png', 'chart.png', 'notice.pdf'])
    expect(filesOf(path.join(backup, 'media'))).toEqual(filesOf(live.media))
    expect(manifest.media.map((file) => file.name).sort()).toEqual(Object.keys(filesOf(live.media)).sort())
  })

  it('refuses to overwrite an existing backup', async () => {
    const failure = await fails('scripts/backup.ts', [backup], live)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('不会覆盖')
  })

  it('refuses, naming the file, when the database refers to a media file that is gone', async () => {
    const broken = instance('broken-live')
    fs.mkdirSync(path.dirname(broken.database), { recursive: true })
    // In WAL mode the latest commits are in cms.db-wal: the three files are copied together (README).
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(live.database + suffix)) fs.copyFileSync(live.database + suffix, broken.database + suffix)
    }
    fs.cpSync(live.media, broken.media, { recursive: true })
    fs.rmSync(path.join(broken.media, 'notice.pdf'))
    const target = path.join(dir, 'backups', 'of-broken')
    const failure = await fails('scripts/backup.ts', [target], broken)
    expect(failure?.stderr).toContain('notice.pdf')
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.existsSync(`${target}.partial`)).toBe(false)
  })
})

describe('a restore', () => {
  it('brings back the same content and the same media files into a fresh instance', async () => {
    const before = await exportOf(live)
    expect(before.media!.length).toBe(2)
    const fresh = instance('fresh')
    const { stdout } = await run('scripts/restore.ts', [backup], fresh)
    expect(stdout).toContain('已恢复媒体文件 3 个')
    expect(await exportOf(fresh)).toEqual(before)
    expect(filesOf(fresh.media)).toEqual(filesOf(live.media))
  })

  it('keeps the database and the media folder it replaces', async () => {
    const replaced = instance('replaced')
    fs.mkdirSync(replaced.media, { recursive: true })
    fs.copyFileSync(live.database, replaced.database)
    fs.writeFileSync(path.join(replaced.media, 'only-here.png'), 'x')
    const { stdout } = await run('scripts/restore.ts', [backup], replaced)
    expect(stdout).toMatch(/原数据库保留为 .*before-restore/)
    expect(stdout).toMatch(/原媒体目录保留为 .*media\.before-restore/)
    const keptMedia = fs.readdirSync(path.dirname(replaced.media)).find((name) => name.startsWith('media.before-restore'))
    expect(fs.existsSync(path.join(path.dirname(replaced.media), keptMedia!, 'only-here.png'))).toBe(true)
    expect(fs.existsSync(path.join(replaced.media, 'only-here.png'))).toBe(false)
  })

  it.each([
    ['a media file the database refers to is missing', (copy: string) => fs.rmSync(path.join(copy, 'media', 'chart.png')), 'chart.png'],
    ['a media file was altered', (copy: string) => fs.appendFileSync(path.join(copy, 'media', 'notice.pdf'), 'x'), 'notice.pdf 与清单不符'],
    ['the database was altered', (copy: string) => fs.appendFileSync(path.join(copy, 'cms.db'), 'x'), 'cms.db 与清单不符'],
    ['the manifest is missing', (copy: string) => fs.rmSync(path.join(copy, 'manifest.json')), '缺少 manifest.json'],
  ])('is refused, replacing nothing, when %s', async (_what, damage, message) => {
    const copy = path.join(dir, 'backups', `damaged-${Math.random().toString(36).slice(2)}`)
    fs.cpSync(backup, copy, { recursive: true })
    damage(copy)
    const target = instance(`untouched-${path.basename(copy)}`)
    const failure = await fails('scripts/restore.ts', [copy], target)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain(message)
    expect(fs.existsSync(target.database)).toBe(false)
    expect(fs.existsSync(target.media)).toBe(false)
  })

  it('refuses a database-only file whose media are not with it', async () => {
    const failure = await fails('scripts/restore.ts', [path.join(backup, 'cms.db')], instance('old-style'))
    expect(failure?.stderr).toContain('只含数据库的旧式备份')
    expect(failure?.stderr).toContain('chart.png')
  })

  it('refuses a file that is not a SQLite database', async () => {
    const bogus = path.join(dir, 'bogus.db')
    fs.writeFileSync(bogus, 'not a database')
    const failure = await fails('scripts/restore.ts', [bogus], instance('bogus'))
    expect(failure?.stderr).toContain('不是 SQLite 数据库文件')
  })

  it('is refused while an instance holds the lock, naming it, and goes ahead once that instance is gone', async () => {
    const running = instance('running')
    await run('scripts/restore.ts', [backup], running)
    const before = fs.readFileSync(running.database)
    const holder = await holdLock(running)
    try {
      const failure = await fails('scripts/restore.ts', [backup], running)
      expect(failure?.code).toBe(1)
      expect(failure?.stderr).toContain(`进程 ${holder.pid}（npm start`)
      expect(failure?.stderr).toContain('先停止它')
      expect(fs.readFileSync(running.database).equals(before)).toBe(true)
      expect(fs.readdirSync(path.dirname(running.database)).some((name) => name.includes('before-restore'))).toBe(false)
    } finally {
      // Killed without a chance to remove its lock: the lock left behind is stale.
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.once('exit', resolve))
    }
    expect(fs.existsSync(`${running.database}.lock`)).toBe(true)
    const { stdout } = await run('scripts/restore.ts', [backup], running)
    expect(stdout).toContain('已恢复数据库')
    expect(fs.existsSync(`${running.database}.lock`)).toBe(false)
  })
})
