// Migrates the configured database and seeds it from content/ when empty. With --build-site it
// then builds the public site from what is published (through the CMS API, served in-process)
// and records that build for editors. With --result-file FILE it writes its summary there
// (see prepare-result.ts).
import { runSiteBuild } from '../publish/site-build-process.ts'
import { buildAndRecord } from '../publish/publisher.ts'
import { setSiteBuildRunner } from '../publish/site-builds.ts'
import { createApiServer, listen } from '../server/api-server.ts'
import { bootPayload } from '../server/boot.ts'
import { resultFileFromArgs, writePrepareResult } from './prepare-result.ts'

const payload = await bootPayload()
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
let site: boolean | undefined
if (process.argv.includes('--build-site')) {
  setSiteBuildRunner(runSiteBuild)
  const server = createApiServer(payload.config)
  const port = await listen(server, 0)
  const result = await buildAndRecord(payload, ['启动时构建'], {
    cmsUrl: `http://127.0.0.1:${port}`,
    onOutput: (chunk) => process.stderr.write(chunk),
  })
  site = result.ok
  server.close()
}
const resultFile = resultFileFromArgs(process.argv)
if (resultFile) writePrepareResult(resultFile, { users, site })
process.exit(0)
