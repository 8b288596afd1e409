import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataPaths } from '../paths.ts'

/**
 * PAYLOAD_SECRET from the environment. On the embedded default (no DATABASE_URI) a random secret
 * is made once and kept in `.data/` (git-ignored) so sessions survive restarts; anywhere else a
 * strong secret must be given.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (given.length < 32) throw new Error('PAYLOAD_SECRET 太短：请至少使用 32 个字符的随机字符串')
    return given
  }
  const embedded = !env.DATABASE_URI || env.DATABASE_URI.startsWith('file:')
  if (!embedded) throw new Error('使用 MongoDB 时必须设置 PAYLOAD_SECRET（至少 32 个字符的随机字符串）')
  const file = dataPaths.secret
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
