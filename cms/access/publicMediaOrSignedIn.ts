import type { Access, PayloadRequest, Where } from 'payload'

/**
 * Staff see every file; anyone else only files the public already has a reason to see: one a
 * published document links to, or one a publisher marked 公开 itself. An upload attached only to
 * a draft stays private, its list entry and its file (`/api/media/file/…` checks this too).
 */
export const publicMediaOrSignedIn: Access = async ({ req }) => {
  if (req.user) return true
  return publicMediaWhere(req)
}

/** The files anyone may see: marked 公开, or attached to a published notice. */
export async function publicMediaWhere(req: PayloadRequest): Promise<Where> {
  const used = await mediaUsedByPublished(req)
  const where: Where[] = [{ public: { equals: true } }]
  if (used.length) where.push({ id: { in: used } })
  return { or: where }
}

/** Media ids attached to the live (published) version of any notice. */
export async function mediaUsedByPublished(req: PayloadRequest): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'notices',
    where: { and: [{ _status: { equals: 'published' } }, { 'attachments.file': { exists: true } }] },
    select: { attachments: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set<number | string>()
  for (const doc of docs) {
    for (const attachment of doc.attachments ?? []) {
      const file = attachment.file
      if (file !== null && file !== undefined) ids.add(typeof file === 'object' ? file.id : file)
    }
  }
  return [...ids]
}
