import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Marks everything one request does (REST, GraphQL, the admin's server functions) as belonging
 * to it. The embedded database's single writer (cms/sqliteWriter.ts) uses it to tell a request's
 * own writes apart from other requests' while that request holds the write transaction.
 */
export interface RequestScope {
  readonly label: string
}

// On globalThis: Next bundles the route handlers and the database adapter apart, and all must
// see one store.
const holder = globalThis as typeof globalThis & { __jxjyRequestScope?: AsyncLocalStorage<RequestScope> }
const storage = (holder.__jxjyRequestScope ??= new AsyncLocalStorage<RequestScope>())

export function inRequestScope<T>(label: string, work: () => T): T {
  return storage.run({ label }, work)
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore()
}
