import type { PayloadRequest, Where } from 'payload'
import { idOf } from '../access/workspaces.ts'
import { provinceCollections, workspaceCollections } from '../workspaces/with-workspaces.ts'

type Person = { id: number | string; email: string; name?: string | null }

const inList = (list: readonly string[], slug: string) => list.includes(slug)

/**
 * The workspaces whose publishers review a document: its own workspace, or for topics and
 * providers (which belong to the province as a whole) the province's workspaces. Undefined when
 * the document names none (trusted code before the backfill): then every publisher reviews.
 */
async function reviewingWorkspaces(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<Array<number | string> | undefined> {
  if (inList(workspaceCollections, collection)) {
    const own = idOf(doc.workspace)
    return own === undefined ? undefined : [own]
  }
  if (inList(provinceCollections, collection)) {
    const { docs } = await req.payload.find({
      collection: 'workspaces',
      where: { kind: { equals: 'province' } },
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
    })
    return docs.map((w) => w.id)
  }
  return undefined
}

/**
 * Who reviews a submitted document: the publishers (审核发布) of the document's workspace, or the
 * admins when that workspace has no publisher (admins act on every workspace).
 */
export async function reviewersFor(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<Person[]> {
  const workspaces = await reviewingWorkspaces(req, collection, doc)
  const publishers: Where =
    workspaces === undefined
      ? { role: { equals: 'publisher' } }
      : { and: [{ role: { equals: 'publisher' } }, { workspaces: { in: workspaces.length ? workspaces : [-1] } }] }
  for (const where of [publishers, { role: { equals: 'admin' } } satisfies Where]) {
    const { docs } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 200, overrideAccess: true, req })
    if (docs.length > 0) return docs.map((u) => ({ id: u.id, email: u.email, name: u.name }))
  }
  return []
}
