// Migrates the configured database and seeds it from content/ when empty. With --build-site it
// then builds the public site from what is published (through the CMS API, served in-process)
// and records that build for editors. Prints a JSON summary as the last line on stdout.
import { buildAndRecord } from '../publish/publisher.ts'
import { createApiServer, listen } from '../server/apiServer.ts'
import { bootPayload } from '../server/boot.ts'

const payload = await bootPayload()
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
let site: boolean | undefined
if (process.argv.includes('--build-site')) {
  const server = createApiServer(payload.config)
  const port = await listen(server, 0)
  const result = await buildAndRecord(payload, ['启动时构建'], {
    cmsUrl: `http://127.0.0.1:${port}`,
    onOutput: (chunk) => process.stderr.write(chunk),
  })
  site = result.ok
  server.close()
}
process.stdout.write(JSON.stringify({ users, site }) + '\n')
process.exit(0)
