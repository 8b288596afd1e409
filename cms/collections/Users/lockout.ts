/**
 * Wrong passwords lock an account for one client address only: five within 15 minutes from one
 * address (an IPv6 /64) stop that address signing in to that account for 15 minutes, while the
 * owner, from their own address, still signs in. An attacker can lock out only themselves.
 * In memory, per server process (a restart forgets locks); an admin's unlock clears every
 * address's lock of the account.
 */
export const maxFailures = 5
export const lockMinutes = 15

export interface Lockout {
  /** Milliseconds the pair stays locked, else 0. */
  lockedFor: (account: string, client: string, now?: number) => number
  /** Counts a failed (or not yet known to have succeeded) attempt. */
  fail: (account: string, client: string, now?: number) => void
  succeed: (account: string, client: string) => void
  unlockAccount: (account: string) => void
}

interface Entry {
  failures: number[]
  lockedUntil: number
}

export function createLockout({ failures: limit = maxFailures, lockMs = lockMinutes * 60_000 } = {}): Lockout {
  const entries = new Map<string, Map<string, Entry>>()
  const entry = (account: string, client: string) => entries.get(account.toLowerCase())?.get(client)
  const prune = (now: number) => {
    for (const [account, clients] of entries) {
      for (const [client, e] of clients) if (e.lockedUntil <= now && e.failures.every((t) => now - t >= lockMs)) clients.delete(client)
      if (!clients.size) entries.delete(account)
    }
  }
  let size = 0
  return {
    lockedFor(account, client, now = Date.now()) {
      return Math.max(0, (entry(account, client)?.lockedUntil ?? 0) - now)
    },
    fail(account, client, now = Date.now()) {
      const key = account.toLowerCase()
      let clients = entries.get(key)
      if (!clients) entries.set(key, (clients = new Map()))
      let e = clients.get(client)
      if (!e) {
        clients.set(client, (e = { failures: [], lockedUntil: 0 }))
        if (++size > 10_000) {
          prune(now)
          size = [...entries.values()].reduce((n, c) => n + c.size, 0)
        }
      }
      e.failures = e.failures.filter((t) => now - t < lockMs)
      e.failures.push(now)
      if (e.failures.length >= limit) {
        e.lockedUntil = now + lockMs
        e.failures = []
      }
    },
    succeed(account, client) {
      entries.get(account.toLowerCase())?.delete(client)
    },
    unlockAccount(account) {
      entries.delete(account.toLowerCase())
    },
  }
}

const store = globalThis as { __jxjyLockout?: Lockout }
/** The server's one lock-out table, shared by every route bundle (REST, GraphQL). */
export const lockout = (): Lockout => (store.__jxjyLockout ??= createLockout())

export function lockedMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000))
  return `密码连续错误 ${maxFailures} 次，此账号在您的网络地址上已锁定 ${lockMinutes} 分钟（约 ${minutes} 分钟后可再试）。其他地址不受影响；管理员可在「系统 › 用户」中打开该账号，点击「强制解锁」提前解除。`
}
