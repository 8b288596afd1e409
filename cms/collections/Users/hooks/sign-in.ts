import crypto from 'node:crypto'
import { APIError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { clientAddress, spendAuthAttempt, tooManyAttempts } from '../../../server/rate-limit.ts'
import { lockedMessage, lockout } from '../lockout.ts'

/**
 * Sign-in protection in the collection's operation hooks, so it holds for every way to the
 * operation — REST under any spelling of its path, GraphQL's loginUser / forgotPasswordUser /
 * resetPasswordUser — and not for trusted server code (the Local API).
 */
const limited = new Set(['login', 'forgotPassword', 'resetPassword'])

function refuse(req: PayloadRequest, message: string, seconds: number): never {
  req.responseHeaders = new Headers({ 'Retry-After': String(Math.max(1, seconds)) })
  throw new APIError(message, 429, undefined, true)
}

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

export const guardSignIn: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || !limited.has(operation)) return args
  const client = clientAddress(req.headers)
  const wait = spendAuthAttempt(client)
  if (wait) refuse(req, tooManyAttempts(wait), wait)
  if (operation !== 'login') return args

  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = emailOf(data)
  if (email) {
    const locked = lockout().lockedFor(email, client)
    if (locked) refuse(req, lockedMessage(locked), Math.ceil(locked / 1000))
    // Counted now and forgiven by afterLogin: a burst of parallel guesses cannot slip past the count.
    lockout().fail(email, client)
  }
  if (email && typeof data?.password === 'string' && data.password.trim() !== '') {
    const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })
    if (!known) await deriveLikeAStoredPassword(data.password)
  }
  return args
}

/**
 * An unknown address is answered only after the same key derivation a known one costs, so the
 * answer's timing does not tell which addresses have accounts. Payload's current hash format is
 * PBKDF2-SHA256, 600,000 rounds, 32 bytes (test/cms/auth.test.ts checks the two paths agree).
 */
const dummySalt = crypto.randomBytes(32).toString('hex')
function deriveLikeAStoredPassword(password: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, dummySalt, 600_000, 32, 'sha256', () => resolve()))
}

export const forgiveSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI !== 'local') lockout().succeed(emailOf(user), clientAddress(req.headers))
  return user
}

/** An admin's unlock, and a successful password reset, lift the account's locks on every address. */
export const liftLocks: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation === 'unlock' && result) lockout().unlockAccount(emailOf((args as { data?: unknown }).data))
  if (operation === 'resetPassword') lockout().unlockAccount(emailOf((result as { user?: unknown } | undefined)?.user))
  return result
}
