import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-backup-'))
const live = path.join(dir, 'live.db')

const run = (script: string, args: string[], database: string) =>
  exec(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: `file:${database}` },
    maxBuffer: 64 * 1024 * 1024,
  })

const exportOf = async (database: string) => {
  const file = path.join(dir, `export-${path.basename(database)}-${Date.now()}.json`)
  await run('scripts/export.ts', [file], database)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]>
}

describe('backup and restore of the embedded database', () => {
  beforeAll(async () => {
    await run('cms/scripts/prepare-db.ts', [], live)
  })

  it('restores a backup into a fresh database with exactly the same content', async () => {
    const before = await exportOf(live)
    expect(before.notices!.length).toBeGreaterThan(4)

    const backup = path.join(dir, 'backup.db')
    const { stdout } = await run('scripts/backup.ts', [backup], live)
    expect(stdout).toContain('已备份到')

    const fresh = path.join(dir, 'fresh', 'cms.db')
    await run('scripts/restore.ts', [backup], fresh)
    expect(await exportOf(fresh)).toEqual(before)
  })

  it('keeps the database it replaces', async () => {
    const backup = path.join(dir, 'backup-2.db')
    await run('scripts/backup.ts', [backup], live)
    const target = path.join(dir, 'replaced.db')
    fs.copyFileSync(live, target)
    const { stdout } = await run('scripts/restore.ts', [backup], target)
    expect(stdout).toMatch(/原数据库保留为 .*before-restore/)
    expect(fs.readdirSync(dir).some((name) => name.startsWith('replaced.db.before-restore'))).toBe(true)
  })

  describe('edge cases', () => {
    it('refuses to overwrite an existing backup', async () => {
      const backup = path.join(dir, 'backup.db')
      const failure = await run('scripts/backup.ts', [backup], live).catch((error: { code: number; stderr: string }) => error)
      expect(failure).toMatchObject({ code: 1 })
      expect((failure as { stderr: string }).stderr).toContain('不会覆盖')
    })
    it('refuses a file that is not a SQLite database', async () => {
      const bogus = path.join(dir, 'bogus.db')
      fs.writeFileSync(bogus, 'not a database')
      const failure = await run('scripts/restore.ts', [bogus], path.join(dir, 'x.db')).catch(
        (error: { code: number; stderr: string }) => error,
      )
      expect((failure as { stderr: string }).stderr).toContain('不是 SQLite 数据库文件')
    })
  })
})
