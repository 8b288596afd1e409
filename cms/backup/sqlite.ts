import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: { sql: string; args: unknown[] } | string) => Promise<{ rows: unknown[] }> }

function sqliteClient(payload: Payload): SqliteClient {
  if (payload.db.name !== 'sqlite') {
    throw new Error('此命令只适用于内置 SQLite 数据库；MongoDB 请使用 mongodump / mongorestore（见 README）')
  }
  return (payload.db as unknown as { client: SqliteClient }).client
}

/** A consistent copy of the live database, taken with VACUUM INTO while the CMS may be running. */
export async function backupSqlite(payload: Payload, target: string): Promise<string> {
  const client = sqliteClient(payload)
  const file = path.resolve(target)
  if (fs.existsSync(file)) throw new Error(`备份文件已存在，不会覆盖：${file}`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  return file
}

const sqliteHeader = Buffer.from('SQLite format 3\0')

/**
 * Puts a backup in place of the database file. The CMS must not be running. The file being
 * replaced is kept beside it (`.before-restore-<time>`), so a restore never loses anything.
 */
export function restoreSqlite(backup: string, databaseFile: string): { keptAs?: string } {
  const source = path.resolve(backup)
  if (!fs.existsSync(source)) throw new Error(`找不到备份文件：${source}`)
  const header = Buffer.alloc(16)
  const fd = fs.openSync(source, 'r')
  fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  if (!header.equals(sqliteHeader)) throw new Error(`不是 SQLite 数据库文件：${source}`)

  let keptAs: string | undefined
  if (fs.existsSync(databaseFile)) {
    keptAs = `${databaseFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    fs.renameSync(databaseFile, keptAs)
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, keptAs + suffix)
    }
  }
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  fs.copyFileSync(source, databaseFile)
  return { keptAs }
}
