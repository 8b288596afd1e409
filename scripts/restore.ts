// `npm run restore -- FILE`: replaces the embedded database with a backup (stop `npm start`
// first). The current database is kept beside it. For MongoDB use mongorestore (README).
import { chooseDatabase } from '../cms/database.ts'
import { restoreSqlite } from '../cms/backup/sqlite.ts'

const backup = process.argv[2]
if (!backup) {
  console.error('用法：npm run restore -- 备份文件路径')
  process.exit(2)
}
try {
  const choice = chooseDatabase()
  if (choice.kind !== 'sqlite') throw new Error('此命令只适用于内置 SQLite 数据库；MongoDB 请使用 mongorestore')
  const { keptAs } = restoreSqlite(backup, choice.file)
  console.log(`已从 ${backup} 恢复到 ${choice.file}${keptAs ? `；原数据库保留为 ${keptAs}` : ''}`)
} catch (error) {
  console.error(`恢复失败：${(error as Error).message}`)
  process.exit(1)
}
