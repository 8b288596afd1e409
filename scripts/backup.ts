// `npm run backup [-- FILE]`: a consistent copy of the embedded database (default
// .data/backups/cms-<time>.db). For MongoDB use mongodump (README).
import path from 'node:path'
import { backupSqlite } from '../cms/backup/sqlite.ts'
import { bootPayload } from '../cms/server/boot.ts'
import { dataPaths } from '../paths.ts'

const target = process.argv[2] ?? path.join(dataPaths.backups, `cms-${new Date().toISOString().replace(/[:.]/g, '-')}.db`)
try {
  const payload = await bootPayload({ seedWhenEmpty: false })
  const file = await backupSqlite(payload, target)
  console.log(`已备份到 ${file}`)
  process.exit(0)
} catch (error) {
  console.error(`备份失败：${(error as Error).message}`)
  process.exit(1)
}
