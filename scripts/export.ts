// `npm run export [-- FILE]`: every document as JSON (drafts included), for review or comparison.
import fs from 'node:fs'
import { exportAll } from '../cms/backup/exportAll.ts'
import { bootPayload } from '../cms/server/boot.ts'

const payload = await bootPayload({ seedWhenEmpty: false, quiet: true })
const json = JSON.stringify(await exportAll(payload), null, 2)
if (process.argv[2]) fs.writeFileSync(process.argv[2], json)
else process.stdout.write(json + '\n')
process.exit(0)
