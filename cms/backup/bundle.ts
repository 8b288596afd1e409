/**
 * A backup of the embedded CMS is one folder holding the pair that must travel together:
 *
 *   cms-<time>/
 *     cms.db          the database, a consistent copy (VACUUM INTO) taken while the CMS may run
 *     media/          every uploaded file (and its resized images) from the media folder
 *     manifest.json   sizes and SHA-256 of each file, and the media files the database refers to
 *
 * The folder is written as `<name>.partial` and renamed when complete, so a folder without that
 * suffix is a finished backup. A restore checks the pair before it touches anything: the
 * database is SQLite, every file matches the manifest, and every file the database refers to is
 * there — otherwise the restored site would fail to build on a missing file.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Payload } from 'payload'
import { backupSqlite } from './sqlite.ts'

export const manifestName = 'manifest.json'
export const databaseName = 'cms.db'
export const mediaFolderName = 'media'
const format = 'anhui-jxjy-backup/1'

interface FileEntry {
  name: string
  bytes: number
  sha256: string
}

export interface Manifest {
  format: typeof format
  createdAt: string
  database: FileEntry
  media: FileEntry[]
  /** file names the database's media records point at (originals and resized images) */
  referencedMedia: string[]
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const entry = (root: string, name: string): FileEntry => {
  const file = path.join(root, name)
  return { name, bytes: fs.statSync(file).size, sha256: sha256(file) }
}

/** Files under a folder, as `/`-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((item) => item.isFile())
    .map((item) => path.relative(dir, path.join(item.parentPath, item.name)).split(path.sep).join('/'))
    .sort()
}

/** The media file names a SQLite database of this CMS refers to: `filename` and every `sizes_*_filename`. */
export function referencedMedia(databaseFile: string): string[] {
  const db = new DatabaseSync(databaseFile, { readOnly: true })
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'media'").get()
    if (!table) return []
    const columns = (db.prepare('PRAGMA table_info(media)').all() as { name: string }[])
      .map((column) => column.name)
      .filter((name) => name === 'filename' || /^sizes_.+_filename$/.test(name))
    const names = new Set<string>()
    for (const column of columns) {
      for (const row of db.prepare(`SELECT "${column}" AS name FROM media WHERE "${column}" IS NOT NULL AND "${column}" <> ''`).all() as { name: string }[]) {
        names.add(row.name)
      }
    }
    return [...names].sort()
  } finally {
    db.close()
  }
}

const listed = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join('、')} 等 ${names.length} 个` : names.join('、'))

/**
 * Writes a backup folder (it must not exist yet). The database is copied first, then the media;
 * a file the copied database refers to but the media folder lacks makes the backup fail, naming
 * it, since such a backup could never be restored whole. One retry covers a file deleted while
 * the backup ran.
 */
export async function writeBackup(payload: Payload, target: string, mediaDir: string): Promise<Manifest> {
  const finalDir = path.resolve(target)
  if (fs.existsSync(finalDir)) throw new Error(`备份目录已存在，不会覆盖：${finalDir}`)
  const partial = `${finalDir}.partial`
  let missing: string[] = []
  for (let attempt = 0; attempt < 2; attempt++) {
    fs.rmSync(partial, { recursive: true, force: true })
    fs.mkdirSync(partial, { recursive: true })
    await backupSqlite(payload, path.join(partial, databaseName))
    const referenced = referencedMedia(path.join(partial, databaseName))
    const copiedMedia = path.join(partial, mediaFolderName)
    fs.mkdirSync(copiedMedia)
    for (const name of filesUnder(mediaDir)) {
      fs.mkdirSync(path.dirname(path.join(copiedMedia, name)), { recursive: true })
      fs.copyFileSync(path.join(mediaDir, name), path.join(copiedMedia, name))
    }
    const media = filesUnder(copiedMedia)
    const present = new Set(media)
    missing = referenced.filter((name) => !present.has(name))
    if (missing.length) continue
    const manifest: Manifest = {
      format,
      createdAt: new Date().toISOString(),
      database: entry(partial, databaseName),
      media: media.map((name) => entry(copiedMedia, name)),
      referencedMedia: referenced,
    }
    fs.writeFileSync(path.join(partial, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.renameSync(partial, finalDir)
    return manifest
  }
  fs.rmSync(partial, { recursive: true, force: true })
  throw new Error(
    `数据库引用的媒体文件不在媒体目录 ${mediaDir} 中：${listed(missing)}。这样的备份无法完整恢复；请先找回这些文件（或删除对应的媒体记录），再备份。`,
  )
}

export interface CheckedBackup {
  databaseFile: string
  /** the media folder to put in place; undefined for a database-only file that refers to no media */
  mediaDir?: string
  mediaFiles: number
}

const sqliteHeader = Buffer.from('SQLite format 3\0')
function isSqlite(file: string): boolean {
  const header = Buffer.alloc(16)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, 16, 0)
  } finally {
    fs.closeSync(fd)
  }
  return header.equals(sqliteHeader)
}

/**
 * Checks a backup before anything is replaced. A backup folder must match its manifest and hold
 * every media file its database refers to. A bare database file (a backup from before media were
 * included) is accepted only when it refers to no media files at all.
 */
export function checkBackup(source: string): CheckedBackup {
  const location = path.resolve(source)
  if (!fs.existsSync(location)) throw new Error(`找不到备份：${location}`)
  if (location.endsWith('.partial')) throw new Error(`这是未完成的备份（.partial），不能恢复：${location}`)

  if (fs.statSync(location).isFile()) {
    if (!isSqlite(location)) throw new Error(`不是 SQLite 数据库文件：${location}`)
    const referenced = referencedMedia(location)
    if (referenced.length) {
      throw new Error(
        `这是只含数据库的旧式备份，但数据库引用了 ${referenced.length} 个媒体文件（${listed(referenced)}），备份中没有：恢复后网站会因缺少文件而构建失败。请使用同时含数据库与媒体文件的备份目录。`,
      )
    }
    return { databaseFile: location, mediaFiles: 0 }
  }

  const manifestFile = path.join(location, manifestName)
  if (!fs.existsSync(manifestFile)) throw new Error(`备份目录中缺少 ${manifestName}，不是完整的备份：${location}`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  } catch {
    throw new Error(`备份清单 ${manifestFile} 无法读取`)
  }
  if (manifest.format !== format) throw new Error(`不认识的备份格式「${String(manifest.format)}」：${manifestFile}`)

  const databaseFile = path.join(location, databaseName)
  const problems: string[] = []
  const verify = (root: string, expected: FileEntry, label: string) => {
    const file = path.join(root, expected.name)
    if (!fs.existsSync(file)) problems.push(`缺少${label} ${expected.name}`)
    else if (fs.statSync(file).size !== expected.bytes || sha256(file) !== expected.sha256) problems.push(`${label} ${expected.name} 与清单不符（已损坏或被改动）`)
  }
  verify(location, manifest.database, '数据库')
  if (problems.length) throw new Error(`备份不完整：${problems.join('；')}`)
  if (!isSqlite(databaseFile)) throw new Error(`不是 SQLite 数据库文件：${databaseFile}`)

  const mediaRoot = path.join(location, mediaFolderName)
  for (const file of manifest.media) verify(mediaRoot, file, '媒体文件')
  const present = new Set(filesUnder(mediaRoot))
  const missing = referencedMedia(databaseFile).filter((name) => !present.has(name))
  if (missing.length) problems.push(`数据库引用的媒体文件不在备份中：${listed(missing)}`)
  if (problems.length) throw new Error(`备份不完整，未恢复任何内容：${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等 ${problems.length} 处` : ''}`)
  return { databaseFile, mediaDir: mediaRoot, mediaFiles: present.size }
}

/**
 * Puts a backup's media folder in place of the live one; the folder replaced is kept beside it
 * (`.before-restore-<time>`), like the database.
 */
export function restoreMedia(backupMedia: string, liveMedia: string, stamp: string): { keptAs?: string } {
  let keptAs: string | undefined
  if (fs.existsSync(liveMedia)) {
    keptAs = `${liveMedia}.before-restore-${stamp}`
    fs.renameSync(liveMedia, keptAs)
  }
  fs.mkdirSync(path.dirname(liveMedia), { recursive: true })
  fs.cpSync(backupMedia, liveMedia, { recursive: true })
  return { keptAs }
}
