import { createLocalReq, type Payload } from 'payload'
import { provinceWorkspaceId } from './province.ts'
import { workspaceCollections } from './with-workspaces.ts'

/**
 * A database from before workspaces holds documents without one: they go to the province's
 * workspace (人社厅), which is created if missing. Written through the database adapter, so no
 * version is added and nothing is republished. Returns how many documents were assigned.
 */
export async function assignMissingWorkspaces(payload: Payload): Promise<number> {
  let assigned = 0
  let province: number | undefined
  for (const collection of workspaceCollections) {
    const where = { workspace: { exists: false } }
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
    if (!totalDocs) continue
    province ??= await provinceWorkspaceId(await createLocalReq({}, payload))
    await payload.db.updateMany({ collection, where, data: { workspace: province } })
    assigned += totalDocs
  }
  return assigned
}
