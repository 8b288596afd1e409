import { randomUUID } from 'node:crypto'
import { isolateObjectProperty, type BaseDatabaseAdapter, type Payload, type PayloadRequest } from 'payload'
import { beginningTransaction, currentRequestScope, currentTransaction, inOperationScope, outsideTransactions, type TransactionState } from './server/request-scope.ts'

/**
 * Every Payload operation that holds a transaction on the embedded database, wherever it comes
 * from (a request, the jobs runner, the seed, a script, a hook), is all or nothing and never waits
 * for itself.
 *
 * - Each Local API call runs in its own scope (server/request-scope.ts). The transaction its
 *   operation begins is recorded there, so what the operation's hooks do inside it can be told
 *   apart from other operations running at the same time.
 * - A Local API call made without `req` inside an operation that holds a transaction (a hook's
 *   `payload.update({...})`) runs in that transaction, as if the hook had passed `req`: on one
 *   writer a second transaction would wait for the first, which waits for the hook.
 * - When such a nested operation fails, Payload rolls the shared transaction back; the outer
 *   operation then fails as well, even if a hook swallowed the error, instead of carrying on with
 *   its remaining statements written one by one.
 * - A failed COMMIT is reported: Payload's own drizzle adapter swallows it, so a save answered
 *   success and stored nothing.
 * - A transaction does not commit while a nested operation still runs in it (work started from a
 *   hook without being awaited): that work would be half inside it. Such work runs
 *   `outsideTransactions` (the rebuild request does), and every job does.
 */
const installed = Symbol('transaction scopes')

/** Local API methods on the Payload instance; all take `req`. */
const operations = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'delete',
  'duplicate',
  'find',
  'findByID',
  'findDistinct',
  'findGlobal',
  'findGlobalVersionByID',
  'findGlobalVersions',
  'findVersionByID',
  'findVersions',
  'forgotPassword',
  'login',
  'resetPassword',
  'restoreGlobalVersion',
  'restoreVersion',
  'unlock',
  'update',
  'updateGlobal',
  'verifyEmail',
] as const

type Operation = (options?: { req?: Partial<PayloadRequest> } & Record<string, unknown>) => Promise<unknown>

export function scopeLocalApi(payload: Payload): void {
  const marked = payload as Payload & { [installed]?: true }
  if (marked[installed]) return
  marked[installed] = true

  const target = payload as unknown as Record<string, Operation>
  for (const name of operations) {
    const original = target[name]!.bind(payload)
    target[name] = (options) => runOperation(name, options, original)
  }
  const jobs = payload.jobs as unknown as Record<string, Operation>
  for (const name of ['queue', 'cancel', 'cancelByID'] as const) {
    const original = jobs[name]!.bind(payload.jobs)
    jobs[name] = (options) => runOperation(`jobs.${name}`, options, original)
  }
  // The runner begins short transactions of its own (marking jobs taken, done) while jobs run
  // beside them: nothing in its scope is inside those.
  for (const name of ['run', 'runByID', 'handleSchedules'] as const) {
    const original = jobs[name]!.bind(payload.jobs)
    jobs[name] = (options) => inOperationScope(`jobs.${name}`, { owns: false }, () => original(options))
  }
  // A job is a unit of work of its own, never part of what the process that runs it was doing.
  for (const task of payload.config.jobs?.tasks ?? []) {
    const handler = task.handler
    if (typeof handler === 'function') {
      task.handler = ((args: Parameters<typeof handler>[0]) => outsideTransactions(`任务 ${task.slug}`, () => handler(args))) as typeof handler
    }
  }
}

function runOperation(name: string, options: Parameters<Operation>[0], original: Operation): Promise<unknown> {
  const given = options?.req?.transactionID
  const outer = options?.req === undefined ? currentTransaction() : typeof given === 'string' ? transactions.get(given) : undefined
  if (!outer) return inOperationScope(name, { owns: true }, () => original(options))
  if (outer.lost) return Promise.reject(new Error(lostMessage))
  // Payload's rollback of a failed nested operation deletes `req.transactionID`; on the outer
  // operation's own req the outer one would then go on outside any transaction and report
  // success. The nested operation gets its own copy of the property.
  const req = options?.req === undefined ? { transactionID: outer.id } : isolateObjectProperty(options.req as PayloadRequest, 'transactionID')
  outer.joiners++
  return inOperationScope(name, { owns: false, joined: outer }, () => original({ ...options, req })).finally(() => {
    outer.joiners--
  })
}

const lostMessage = '本次保存已回滚（其中一步失败），其余操作不再执行'

/** Open (and lost) transactions by session id; on globalThis, as Next bundles the routes apart. */
const registry = globalThis as typeof globalThis & { __jxjyTransactions?: Map<string, TransactionState> }
const transactions = (registry.__jxjyTransactions ??= new Map<string, TransactionState>())

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}
type SessionAdapter = BaseDatabaseAdapter & {
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  initializing?: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

const rolledBack = Symbol('rolled back')

/**
 * Replaces the drizzle adapter's beginTransaction/commitTransaction/rollbackTransaction with ones
 * that report a failed commit, record which scope holds the transaction, and keep a nested
 * failure's rollback from letting the outer operation go on.
 */
export function reportingTransactions(adapter: SessionAdapter): void {
  adapter.beginTransaction = async (options) => {
    await adapter.initializing
    const scope = currentRequestScope()
    const owner = scope?.owns && !scope.transaction ? scope : undefined
    const state: TransactionState = { id: randomUUID(), open: true, lost: false, joiners: 0, owner }
    let finish!: (commit: boolean) => void
    let ready!: (tx: unknown) => void
    const begun = new Promise<unknown>((resolve) => (ready = resolve))
    const done = beginningTransaction(state, () =>
      adapter.drizzle.transaction(async (tx) => {
        ready(tx)
        const commit = await new Promise<boolean>((resolve) => (finish = resolve))
        if (!commit) throw rolledBack
      }, options ?? adapter.transactionOptions),
    )
    let db: unknown
    try {
      db = await Promise.race([begun, done.then(() => Promise.reject(new Error('事务未能开始')))])
    } catch (error) {
      adapter.payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${(error as Error).message}` })
      throw new Error(`Error: cannot begin transaction: ${(error as Error).message}`, { cause: error })
    }
    adapter.sessions[state.id] = {
      db,
      resolve: async () => {
        finish(true)
        await done
      },
      reject: async () => {
        finish(false)
        await done.catch((error: unknown) => {
          if (error !== rolledBack) throw error
        })
      },
    }
    transactions.set(state.id, state)
    if (owner) owner.transaction = state
    return state.id
  }

  const ended = (state: TransactionState | undefined, id: string) => {
    delete adapter.sessions[id]
    if (!state) return
    // What still runs in it (work a hook started without waiting) must fail from here on rather
    // than write on its own; a lost one stays known a while for operations handed its req later.
    if (state.joiners > 0) state.lost = true
    if (state.lost) setTimeout(() => transactions.delete(id), 60_000).unref()
    else transactions.delete(id)
    state.open = false
    if (state.owner?.transaction === state) state.owner.transaction = undefined
  }

  adapter.commitTransaction = async (incoming) => {
    const id = String(incoming instanceof Promise ? await incoming : incoming)
    const session = adapter.sessions[id]
    if (!session) return
    const state = transactions.get(id)
    if (state?.lost) {
      ended(state, id)
      throw new Error(lostMessage)
    }
    if (state && state.joiners > 0) {
      ended(state, id)
      await session.reject()
      throw new Error('本次保存未提交：仍有在其中进行的写入尚未结束，已全部回滚')
    }
    ended(state, id)
    await session.resolve()
  }

  adapter.rollbackTransaction = async (incoming) => {
    const id = String(incoming instanceof Promise ? await incoming : incoming)
    const session = adapter.sessions[id]
    if (!session) return
    const state = transactions.get(id)
    if (state && !state.lost && currentRequestScope()?.joined === state) {
      // A nested operation failed: everything is undone now, and the session stays (closed) so
      // that the outer operation's next statement, or its commit, fails instead of writing alone.
      state.lost = true
      await session.reject()
      return
    }
    // Lost before this point means a nested failure already rolled it back. `ended` marks it lost
    // too when work still runs in it (a field hook's count beside the one that threw): that work
    // must fail, but the rollback is still this call's to do, or the writer stays held.
    const rolledBackAlready = state?.lost === true
    ended(state, id)
    if (!rolledBackAlready) await session.reject()
  }
}
