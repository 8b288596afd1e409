import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Which operation the code running now belongs to, and which database transaction that
 * operation holds. A scope is opened by every request (REST, GraphQL, the admin's server
 * functions) and by every Local API call (cms/transaction-scope.ts), a Local API call inside
 * another one (a hook's `payload.update`) opening a child scope.
 *
 * The embedded database has one writer (cms/sqlite-writer.ts): code that runs inside an open
 * transaction must run its plain statements and nested operations in that transaction, not wait
 * behind it. The scopes are how it tells "inside" from "a different operation at the same time".
 */
export interface TransactionState {
  readonly id: string
  open: boolean
  /** rolled back by a nested operation's failure while its owner still runs: the owner must fail too */
  lost: boolean
  /** nested Local API operations running in it now; it must not commit under them */
  joiners: number
  /** the scope that began it, cleared from there when it ends */
  readonly owner?: RequestScope
}

export interface RequestScope {
  readonly label: string
  readonly parent?: RequestScope
  /**
   * Whether a transaction begun directly in this scope is its own (an operation's): then what
   * runs inside the scope later joins it. Not so for the jobs runner, which begins short
   * transactions of its own while the jobs' work runs beside them.
   */
  readonly owns: boolean
  /** the transaction this scope's operation began, while it is open */
  transaction?: TransactionState
  /** the outer operation's transaction this scope's operation runs in */
  readonly joined?: TransactionState
  /** set while the database adapter begins `beginning`, for the writer to record */
  readonly beginning?: TransactionState
}

// On globalThis: Next bundles the route handlers and the database adapter apart, and all must
// see one store.
const holder = globalThis as typeof globalThis & { __jxjyRequestScope?: AsyncLocalStorage<RequestScope> }
const storage = (holder.__jxjyRequestScope ??= new AsyncLocalStorage<RequestScope>())

/** A request: the root of everything it does. */
export function inRequestScope<T>(label: string, work: () => T): T {
  return storage.run({ label, owns: true }, work)
}

/** Work that must not join whatever transaction its caller holds (it runs after, or beside, it). */
export function outsideTransactions<T>(label: string, work: () => T): T {
  return storage.run({ label, owns: true }, work)
}

/** An operation inside the current scope (a Local API call). */
export function inOperationScope<T>(label: string, options: { owns: boolean; joined?: TransactionState }, work: () => T): T {
  return storage.run({ label, parent: storage.getStore(), ...options }, work)
}

/** Runs the adapter's begin with `state` visible to the writer. */
export function beginningTransaction<T>(state: TransactionState, work: () => T): T {
  return storage.run({ label: 'beginTransaction', parent: storage.getStore(), owns: false, beginning: state }, work)
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore()
}

/** The transaction the code running now is inside: its own operation's, or the nearest outer one's. */
export function currentTransaction(): TransactionState | undefined {
  for (let scope = storage.getStore(); scope; scope = scope.parent) {
    const state = scope.transaction ?? scope.joined
    if (state && (state.open || state.lost)) return state
  }
  return undefined
}
