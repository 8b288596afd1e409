import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import { dataPaths, projectRoot } from '../paths.ts'
import { addJoinLookupIndexes } from './join-lookup-indexes.ts'
import { routeWritesToOneConnection } from './sqlite-writer.ts'
import { reportingTransactions, scopeLocalApi } from './transaction-scope.ts'

/** Where the embedded database lives when DATABASE_URI is unset (git ignores `.data/`). */
export const defaultSqliteFile = dataPaths.sqlite

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }

export class DatabaseUriError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseUriError'
  }
}

/**
 * Picks the database from DATABASE_URI: unset or `file:` → embedded SQLite,
 * `mongodb://` / `mongodb+srv://` → MongoDB (production). Anything else is refused with a
 * message that says what is accepted, before any connection is attempted.
 */
export function chooseDatabase(uri: string | undefined = process.env.DATABASE_URI): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${defaultSqliteFile}`, file: defaultSqliteFile }

  if (value.startsWith('file:')) {
    const file = path.resolve(projectRoot, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    if (file === projectRoot || value === 'file:') {
      throw new DatabaseUriError(`DATABASE_URI「${value}」缺少数据库文件路径，例如 file:./.data/cms.db`)
    }
    return { kind: 'sqlite', url: `file:${file}`, file }
  }

  if (/^mongodb(\+srv)?:\/\//.test(value)) {
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch (cause) {
      throw new DatabaseUriError(`DATABASE_URI 不是有效的 MongoDB 连接串：${redact(value)}`, { cause })
    }
    if (!parsed.hostname) {
      throw new DatabaseUriError(`DATABASE_URI 缺少 MongoDB 主机名：${redact(value)}`)
    }
    return { kind: 'mongodb', url: value }
  }

  throw new DatabaseUriError(
    `不支持的 DATABASE_URI「${redact(value)}」。可用：留空或 file:路径（内置 SQLite），mongodb:// 或 mongodb+srv://（MongoDB）。`,
  )
}

/** Hides a password in a connection string before it is printed. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  const base = sqliteAdapter({
    client: { url: choice.url },
    migrationDir: path.join(projectRoot, 'cms', 'migrations'),
    // The schema comes from committed migrations everywhere, so dev and production agree.
    push: false,
    // Every write operation (a save with its version row, a seed, a migration) commits whole or
    // not at all; without this a save that failed half-way left a row without its version.
    transactionOptions: { behavior: 'immediate' },
    // Readers no longer wait for a writer and a crash loses no committed write; the database
    // is then cms.db plus cms.db-wal (see README, backups).
    wal: true,
    busyTimeout: sqliteBusyTimeoutMs,
    afterSchemaInit: [addJoinLookupIndexes],
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      // One writer means an operation must never wait for a transaction it is itself inside:
      // every Local API call is scoped and nested ones join (transaction-scope.ts).
      reportingTransactions(adapter as unknown as Parameters<typeof reportingTransactions>[0])
      scopeLocalApi(args.payload)
      const connect = adapter.connect!
      adapter.connect = async (options) => {
        await connect.call(adapter, options)
        routeWritesToOneConnection((adapter as unknown as { client: Client }).client, {
          url: choice.url,
          busyTimeoutMs: sqliteBusyTimeoutMs,
          queueTimeoutMs: 30_000,
        })
      }
      return adapter
    },
  }
}

/** How long a write waits for another process (backup, export, cms:user) to let go of the file. */
const sqliteBusyTimeoutMs = 5_000
