// `npm run backup [-- DIR]`: the embedded database and the uploaded media together, in one
// folder (default .data/backups/cms-<time>/; see cms/backup/bundle.ts for what it holds). Safe
// while the CMS runs. For MongoDB use mongodump and copy the media folder (README).
import path from 'node:path'
import { databaseName, mediaFolderName, writeBackup } from '../cms/backup/bundle.ts'
import { mediaDir } from '../cms/media-dir.ts'
import { bootPayload } from '../cms/server/boot.ts'
import { dataPaths } from '../paths.ts'

const target = process.argv[2] ?? path.join(dataPaths.backups, `cms-${new Date().toISOString().replace(/[:.]/g, '-')}`)
try {
  const payload = await bootPayload({ seedWhenEmpty: false })
  const manifest = await writeBackup(payload, target, mediaDir())
  console.log(`已备份到 ${path.resolve(target)}`)
  console.log(`  ${databaseName}：数据库（${Math.round(manifest.database.bytes / 1024)} KB）`)
  console.log(`  ${mediaFolderName}/：媒体文件 ${manifest.media.length} 个（数据库引用 ${manifest.referencedMedia.length} 个，均已包含）`)
  process.exit(0)
} catch (error) {
  console.error(`备份失败：${(error as Error).message}`)
  process.exit(1)
}
