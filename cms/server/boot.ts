import { getPayload, type Payload } from 'payload'
import { chooseDatabase, DatabaseUriError, redact } from '../database.ts'
import { prepareDatabase } from './prepare.ts'

/**
 * Starts Payload on the configured database, migrated and (when empty) seeded, with progress on
 * stderr. A bad DATABASE_URI or an unreachable database ends the process with a clear message.
 */
export async function bootPayload(options: { seedWhenEmpty?: boolean; quiet?: boolean } = {}): Promise<Payload> {
  const log = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`)
  }
  let choice
  try {
    choice = chooseDatabase()
  } catch (error) {
    if (error instanceof DatabaseUriError) fail(error.message)
    throw error
  }
  log(choice.kind === 'sqlite' ? `数据库：内置 SQLite（${choice.file}）` : `数据库：MongoDB（${redact(choice.url)}）`)

  let payload: Payload
  try {
    const { default: config } = await import('../payload.config.ts')
    payload = await getPayload({ config })
  } catch (error) {
    fail(`无法连接数据库：${(error as Error).message}`)
  }
  let last = ''
  const { seeded } = await prepareDatabase(payload, {
    seedWhenEmpty: options.seedWhenEmpty ?? true,
    progress: (step, done, total) => {
      const line = `导入初始内容 ${done}/${total}（${step}）`
      if (step !== last || done === total || done % 10 === 0) log(line)
      last = step
    },
  })
  if (seeded) log('初始内容已导入。')
  return payload
}

function fail(message: string): never {
  process.stderr.write(`错误：${message}\n`)
  process.exit(1)
}
