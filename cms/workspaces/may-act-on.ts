import type { PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'
import { isProvinceStaff, ownsWorkspace } from '../access/workspaces.ts'
import { provinceCollections, workspaceCollections } from './with-workspaces.ts'

const inList = (list: readonly string[], slug: string) => list.includes(slug)

/**
 * Whether the signed-in user may act on (edit, publish, schedule) the document `collection`/`id`
 * as far as workspaces go: its workspace is theirs, or for topics and providers they are the
 * province's staff. Roles are checked elsewhere. Used where a list is shown outside the
 * collection's own access: the dashboard, the build-status page, the schedule drawer.
 */
export async function mayActOn(req: PayloadRequest, collection: string, id: number | string | undefined): Promise<boolean> {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  if (inList(provinceCollections, collection)) return isProvinceStaff(req)
  if (!inList(workspaceCollections, collection) || id === undefined || id === '') return false
  const doc = await req.payload.findByID({
    collection: collection as (typeof workspaceCollections)[number],
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { workspace: true },
    req,
  })
  return Boolean(doc) && ownsWorkspace(req.user, (doc as { workspace?: unknown }).workspace)
}

/** Keeps the items whose document the user may act on. */
export async function onlyActionable<T>(req: PayloadRequest, items: T[], docOf: (item: T) => { collection: string; id?: number | string }): Promise<T[]> {
  const kept: T[] = []
  for (const item of items) {
    const { collection, id } = docOf(item)
    if (await mayActOn(req, collection, id)) kept.push(item)
  }
  return kept
}
