import { type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'
import type { User } from '../../../payload-types.ts'
import { PublicError } from '../../../server/public-errors.ts'

async function otherAdmins(req: PayloadRequest, id: number | string): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    overrideAccess: true,
    req,
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
  })
  return totalDocs
}

const refusal = '至少要保留一名管理员：请先把另一位用户设为管理员。'

/** Demoting the last admin would leave nobody able to manage accounts. */
export const keepOneAdminOnChange: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.role === 'admin' && data.role && data.role !== 'admin') {
    if ((await otherAdmins(req, originalDoc.id)) === 0) throw new PublicError(refusal, 400)
  }
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, overrideAccess: true, req, depth: 0 })
  if (user.role === 'admin' && (await otherAdmins(req, id)) === 0) throw new PublicError(refusal, 400)
}
