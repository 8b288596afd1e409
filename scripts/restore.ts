// `npm run restore -- DIR`: puts a backup (database and media, see cms/backup/bundle.ts) back in
// place of the embedded database and the media folder. Refused while `npm start` (or another
// restore) holds the database's lock; the backup is checked whole before anything is replaced,
// and what is replaced is kept beside it. For MongoDB use mongorestore (README).
import { checkBackup, restoreMedia } from '../cms/backup/bundle.ts'
import { restoreSqlite } from '../cms/backup/sqlite.ts'
import { chooseDatabase } from '../cms/database.ts'
import { mediaDir } from '../cms/media-dir.ts'
import { acquireInstanceLock, describeHolder, InstanceLockedError, lockFileFor } from './lib/instance-lock.ts'

const backup = process.argv[2]
if (!backup) {
  console.error('用法：npm run restore -- 备份目录')
  process.exit(2)
}
let lock: ReturnType<typeof acquireInstanceLock> | undefined
try {
  const choice = chooseDatabase()
  if (choice.kind !== 'sqlite') throw new Error('此命令只适用于内置 SQLite 数据库；MongoDB 请使用 mongorestore')
  try {
    lock = acquireInstanceLock(lockFileFor(choice), { command: 'npm run restore' })
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error
    throw new Error(
      `内容管理系统正在使用这份数据：${describeHolder(error.holder)}。在运行中替换数据库会让它只读、之后每次写入都失败：请先停止它（Ctrl-C 或 kill ${error.holder.pid}），再恢复。`,
      { cause: error },
    )
  }
  const checked = checkBackup(backup)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const { keptAs } = restoreSqlite(checked.databaseFile, choice.file)
  console.log(`已恢复数据库到 ${choice.file}${keptAs ? `；原数据库保留为 ${keptAs}` : ''}`)
  if (checked.mediaDir) {
    const media = restoreMedia(checked.mediaDir, mediaDir(), stamp)
    console.log(`已恢复媒体文件 ${checked.mediaFiles} 个到 ${mediaDir()}${media.keptAs ? `；原媒体目录保留为 ${media.keptAs}` : ''}`)
  } else {
    console.log('备份只含数据库，数据库不引用任何媒体文件：媒体目录保持不变。')
  }
  lock.release()
} catch (error) {
  lock?.release()
  console.error(`恢复失败：${(error as Error).message}`)
  process.exit(1)
}
