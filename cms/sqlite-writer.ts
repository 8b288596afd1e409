import { createClient, type Client, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import { currentRequestScope, currentTransaction, type TransactionState } from './server/request-scope.ts'

/**
 * One writer per process for the embedded database.
 *
 * SQLite allows one writer at a time, and libsql runs every statement synchronously: if two
 * requests in one process each held a write transaction, the second would block the event loop
 * in SQLite's busy handler while the first (which needs the event loop to finish) waits, and fail
 * with "database is locked". libsql's own `transaction()` also opens a new connection per
 * transaction and leaves the old one to the garbage collector (two file handles and ~180 KB each).
 *
 * So the client Payload uses is changed in place: reads (`SELECT`) stay on its connection and see
 * only committed data; every write and every transaction goes, one at a time in arrival order,
 * to a second connection kept open for the life of the process. Other processes (backup, export,
 * `cms:user`) are waited for through SQLite's busy timeout.
 *
 * An operation that holds the write transaction and then writes outside it (Payload's
 * forgot-password reserves the request outside its transaction; a hook may call
 * `payload.db.updateOne` without `req`) would wait for itself: such a statement joins the open
 * transaction instead, and so do its reads (to see the operation's own uncommitted rows). Which
 * transaction the running code is inside comes from its scope (server/request-scope.ts); nested
 * Local API operations join at Payload's level (transaction-scope.ts). A statement of an operation
 * whose transaction a nested failure already rolled back is refused: it would otherwise be
 * written on its own, half an operation.
 */
export interface WriterOptions {
  url: string
  /** how long SQLite waits for another process's lock, in ms */
  busyTimeoutMs: number
  /** how long a write waits for this process's previous write before giving up, in ms */
  queueTimeoutMs: number
}

const patched = Symbol('single writer')

export function routeWritesToOneConnection(client: Client, options: WriterOptions): void {
  const marked = client as Client & { [patched]?: true }
  if (marked[patched]) return
  marked[patched] = true

  const writer = createClient({ url: options.url })
  const queue = new WriteQueue(options.queueTimeoutMs)
  const ready = (async () => {
    await writer.execute(`PRAGMA busy_timeout = ${Math.floor(options.busyTimeoutMs)}`)
    await writer.execute('PRAGMA synchronous = FULL')
  })()

  const read = client.execute.bind(client)
  const closeReader = client.close.bind(client)

  // The transaction open on the writer, while one is (undefined for one begun outside the adapter).
  let owner: TransactionState | undefined
  /** Whether the running code is inside the open transaction; throws when its transaction is lost. */
  const insideOwner = (): boolean => {
    const inside = currentTransaction()
    if (inside?.lost) throw new Error('本次保存已回滚（其中一步失败），其余写入不再执行')
    return owner !== undefined && inside === owner
  }
  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    await ready
    if (insideOwner()) return work()
    const release = await queue.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }

  client.execute = ((stmtOrSql: InStatement | string, args?: InArgs) => {
    const statement: InStatement = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    // A read inside the open transaction goes with it: it must see the operation's own
    // uncommitted writes (Payload reads a row back right after inserting it).
    const joined = insideOwner()
    if (!joined && isRead(typeof statement === 'string' ? statement : statement.sql)) return read(statement)
    return exclusively(() => writer.execute(statement))
  }) as Client['execute']
  client.batch = ((stmts: InStatement[], mode?: TransactionMode) => exclusively(() => writer.batch(stmts, mode))) as Client['batch']
  client.migrate = ((stmts: InStatement[]) => exclusively(() => writer.migrate(stmts))) as Client['migrate']
  client.executeMultiple = ((sql: string) => exclusively(() => writer.executeMultiple(sql))) as Client['executeMultiple']
  client.transaction = (async () => {
    // A transaction always waits its turn: one begun inside another would be nested, and a
    // nested transaction on one connection (a savepoint) outlived by its outer one loses saves.
    // Nested operations therefore join the outer one above this level (transaction-scope.ts).
    const state = currentRequestScope()?.beginning
    await ready
    const release = await queue.acquire()
    try {
      await writer.execute('BEGIN IMMEDIATE')
    } catch (error) {
      release()
      throw error
    }
    owner = state
    return writerTransaction(writer, () => {
      owner = undefined
      release()
    })
  }) as Client['transaction']
  client.close = () => {
    writer.close()
    closeReader()
  }
}

/** A statement that only reads; anything else (including PRAGMAs that set) goes to the writer. */
function isRead(sql: string): boolean {
  return /^\s*select\b/i.test(sql)
}

/** The `Transaction` drizzle expects, over the writer connection; ending it lets the next write in. */
function writerTransaction(writer: Client, release: () => void, sql = { commit: 'COMMIT', rollback: 'ROLLBACK' }): Transaction {
  let open = true
  const end = async (how: 'commit' | 'rollback') => {
    if (!open) return
    open = false
    try {
      await writer.executeMultiple(sql[how])
    } catch (error) {
      if (how === 'commit') {
        await writer.executeMultiple(sql.rollback).catch(() => {})
        release()
        throw error
      }
    }
    release()
  }
  const ensureOpen = () => {
    if (!open) throw new Error('事务已结束')
  }
  return {
    execute: (async (stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> => {
      ensureOpen()
      return writer.execute(typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql)
    }) as Transaction['execute'],
    batch: async (stmts: InStatement[]) => {
      ensureOpen()
      const results: ResultSet[] = []
      for (const stmt of stmts) results.push(await writer.execute(stmt))
      return results
    },
    executeMultiple: async (sql: string) => {
      ensureOpen()
      await writer.executeMultiple(sql)
    },
    commit: () => end('commit'),
    rollback: () => end('rollback'),
    close: () => void end('rollback'),
    get closed() {
      return !open
    },
  }
}

/** First come, first served; a waiter that gives up still keeps its place so order holds. */
class WriteQueue {
  #tail: Promise<void> = Promise.resolve()
  readonly timeoutMs: number
  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs
  }

  acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      let done = false
      release = () => {
        if (!done) {
          done = true
          resolve()
        }
      }
    })
    const previous = this.#tail
    this.#tail = previous.then(() => held)
    return new Promise((resolve, reject) => {
      let gaveUp = false
      const timer = setTimeout(() => {
        gaveUp = true
        reject(new Error(`数据库正忙：前一项写入超过 ${Math.round(this.timeoutMs / 1000)} 秒仍未完成，请稍后重试`))
      }, this.timeoutMs)
      void previous.then(() => {
        clearTimeout(timer)
        if (gaveUp) release()
        else resolve(release)
      })
    })
  }
}
