// `npm run cms:api`: the CMS REST API alone (no admin UI), on the embedded database, migrated
// and seeded when empty. For building the site and for development without Next.js.
import { createApiServer, listen } from '../server/api-server.ts'
import { bootPayload } from '../server/boot.ts'

const payload = await bootPayload()
const port = await listen(createApiServer(payload.config), Number(process.env.PORT ?? 3001))
process.stderr.write(`CMS 接口：http://localhost:${port}/api\n`)
