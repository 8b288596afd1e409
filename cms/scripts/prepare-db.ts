// Migrates the configured database and seeds it from content/ when empty, then exits.
// Also prints whether an editor account exists yet, for the start script's first-run hint.
import { bootPayload } from '../server/boot.ts'

const payload = await bootPayload()
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
process.stdout.write(JSON.stringify({ users }) + '\n')
process.exit(0)
