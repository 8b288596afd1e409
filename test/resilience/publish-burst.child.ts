// Child process for crash.test.ts: opens the database named by DATABASE_URI with the CMS's own
// config and publishes every notice again and again, 30 at a time, until it is killed.
// Prints "burst" when the first round starts and "done N" after each finished publish.
import { getPayload } from 'payload'

const { default: config } = await import('../../cms/payload.config.ts')
const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'notices', draft: false, depth: 0, pagination: false, overrideAccess: true })
let done = 0
process.stdout.write('burst\n')
for (let round = 0; ; round++) {
  await Promise.all(
    docs.map(async (doc) => {
      await payload.update({
        collection: 'notices',
        id: doc.id,
        data: { title: `${doc.title}（第${round}轮）`, _status: 'published' } as never,
        overrideAccess: true,
        context: { disableRebuild: true },
      })
      process.stdout.write(`done ${++done}\n`)
    }),
  )
}
