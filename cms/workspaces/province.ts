import type { PayloadRequest } from 'payload'
import { loadWorkspaces } from '../../content/workspaces.ts'

/**
 * The province's workspace (人社厅): where documents go that trusted code (seed, scripts) or an
 * admin without a workspace of their own writes without naming one. On a database that has no
 * workspace yet it is created from `content/workspaces.json`, so it always exists.
 */
export async function provinceWorkspaceId(req: PayloadRequest): Promise<number> {
  const memo = req.context as Record<string, unknown>
  if (typeof memo.provinceWorkspaceId === 'number') return memo.provinceWorkspaceId
  const { docs } = await req.payload.find({
    collection: 'workspaces',
    where: { kind: { equals: 'province' } },
    sort: 'order',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let id = docs[0]?.id
  if (id === undefined) {
    const record = (await loadWorkspaces()).find((w) => w.kind === 'province')!
    id = (await req.payload.create({ collection: 'workspaces', data: workspaceData(record), overrideAccess: true, req, context: { disableRebuild: true } })).id
  }
  memo.provinceWorkspaceId = id
  return id
}

type Record_ = Awaited<ReturnType<typeof loadWorkspaces>>[number]

/** A corpus record (content/workspaces.json) as the data of a `workspaces` document. */
export function workspaceData(w: Record_) {
  return {
    name: w.name,
    shortName: w.shortName,
    slug: w.slug,
    kind: w.kind,
    order: w.order,
    issuers: w.issuers,
    contacts: { hotlines: w.hotlines, address: w.address, website: w.website, websiteNote: w.websiteNote, note: w.contactNote },
    source: w.source,
  }
}
