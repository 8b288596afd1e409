// `npm run export [-- FILE]`: every document as JSON (drafts included), for review or comparison.
// Each document is also checked against its version history; any disagreement (a save cut off
// half-way) is reported in Chinese on standard error and the command exits with status 1.
import fs from 'node:fs'
import { checkConsistency, describeInconsistencies } from '../cms/backup/consistency.ts'
import { exportAll } from '../cms/backup/export-all.ts'
import { bootPayload } from '../cms/server/boot.ts'

const payload = await bootPayload({ seedWhenEmpty: false, quiet: true })
const problems = await checkConsistency(payload)
let exitCode = 0
if (problems.length) {
  process.stderr.write(`${describeInconsistencies(problems)}\n`)
  exitCode = 1
}
try {
  const json = JSON.stringify(await exportAll(payload), null, 2)
  if (process.argv[2]) fs.writeFileSync(process.argv[2], json)
  else process.stdout.write(json + '\n')
} catch (error) {
  process.stderr.write(`导出失败：${(error as Error).message}\n`)
  exitCode = 1
}
process.exit(exitCode)
