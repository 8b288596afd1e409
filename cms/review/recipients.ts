import type { PayloadRequest } from 'payload'

type Person = { id: number | string; email: string; name?: string | null }

/**
 * Who reviews a submitted document: the publishers (审核发布), or the admins when there is no
 * publisher. One place to narrow it to the document's workspace once workspaces exist.
 */
export async function reviewersFor(req: PayloadRequest, _collection: string, _doc: Record<string, unknown>): Promise<Person[]> {
  for (const role of ['publisher', 'admin'] as const) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { role: { equals: role } },
      depth: 0,
      limit: 200,
      overrideAccess: true,
      req,
    })
    if (docs.length > 0) return docs.map((u) => ({ id: u.id, email: u.email, name: u.name }))
  }
  return []
}
