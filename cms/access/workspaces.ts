import type { PayloadRequest, Where } from 'payload'
import { hasRole } from './roles.ts'

type MaybeUser = PayloadRequest['user'] | undefined | null
type Id = number | string

/**
 * The workspaces (机构) a signed-in user works in. `req.user` carries them as ids; a user passed
 * to the Local API may carry them populated.
 */
export function workspaceIdsOf(user: MaybeUser): Id[] {
  const list = (user as { workspaces?: unknown } | null | undefined)?.workspaces
  if (!Array.isArray(list)) return []
  return list
    .map((w) => (w !== null && typeof w === 'object' ? (w as { id?: Id }).id : (w as Id)))
    .filter((id): id is Id => id !== undefined && id !== null)
}

/** The id in a relationship value, populated or not. */
export function idOf(value: unknown): Id | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return (value as { id?: Id }).id
  return value as Id
}

export const sameId = (a: Id | undefined, b: Id | undefined) => a !== undefined && b !== undefined && String(a) === String(b)

/** Whether `workspace` is one of the user's own; admins own them all. */
export function ownsWorkspace(user: MaybeUser, workspace: unknown): boolean {
  if (hasRole(user, 'admin')) return true
  const id = idOf(workspace)
  return workspaceIdsOf(user).some((own) => sameId(own, id))
}

/** Documents of the user's own workspaces (`path` is `version.workspace` on version queries). */
export function inOwnWorkspaces(user: MaybeUser, path = 'workspace'): Where {
  const ids = workspaceIdsOf(user)
  // An empty `in` matches nothing, which is what a user without workspaces may act on.
  return { [path]: { in: ids.length ? ids : [-1] } }
}

/**
 * Whether the user works in the province's workspace (a workspace of kind 省级部门): topics and
 * providers belong to it. Admins count as its staff. Memoised on the request.
 */
export async function isProvinceStaff(req: PayloadRequest): Promise<boolean> {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const ids = workspaceIdsOf(user)
  if (!ids.length) return false
  const key = `provinceStaff:${String(user.id)}:${ids.join(',')}`
  const memo = req.context as Record<string, unknown>
  if (typeof memo[key] === 'boolean') return memo[key]
  const { totalDocs } = await req.payload.count({
    collection: 'workspaces',
    where: { and: [{ id: { in: ids } }, { kind: { equals: 'province' } }] },
    overrideAccess: true,
    req,
  })
  memo[key] = totalDocs > 0
  return totalDocs > 0
}
