import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'
import { passwordProblem } from '../password/policy.ts'
import type { User } from '../../../payload-types.ts'

function refuse(message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ message, path: 'password' }] })
}

/** Every new or changed password — first account, an admin's new account, 修改密码, `npm run cms:user`. */
export const checkNewPassword: CollectionBeforeValidateHook<User> = ({ data, operation, originalDoc }) => {
  // An update without a new password (the admin form may send an empty one) keeps the old one.
  const unchanged = data?.password === undefined || data.password === null || (operation === 'update' && data.password === '')
  if (data && !unchanged) {
    const problem = passwordProblem(data.password, data.email ?? originalDoc?.email)
    if (problem) refuse(problem)
  }
  return data
}

/** Payload's reset-password sets the hash without the create/update hooks, so it is checked here. */
export const checkResetPassword: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args as { data?: { password?: unknown; token?: unknown } }).data ?? {}
  const user = typeof token === 'string' && token ? await req.payload.db.findOne<{ id: number | string; email?: string }>({ collection: 'users', where: { resetPasswordToken: { equals: token } } }) : null
  const problem = passwordProblem(password, user?.email)
  if (problem) refuse(problem)
  return args
}
