import type { Access, PayloadRequest, Where } from 'payload'

/**
 * Staff see every file; anyone else only files the public already has a reason to see: one a
 * published document links to or shows in its text, or one a publisher marked 公开 itself. An upload attached only to
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

/** Media ids attached to, or shown in the text of, the live (published) version of a notice or FAQ. */
export async function mediaUsedByPublished(req: PayloadRequest): Promise<(number | string)[]> {
  const published = { _status: { equals: 'published' } } as const
  const [notices, faqs] = await Promise.all([
    req.payload.find({
      collection: 'notices',
      where: published,
      select: { attachments: true, body: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({ collection: 'faqs', where: published, select: { answer: true }, depth: 0, pagination: false, overrideAccess: true, req }),
  ])
  const ids = new Set<number | string>()
  const add = (file: unknown) => {
    if (typeof file === 'number' || typeof file === 'string') ids.add(file)
    else if (file && typeof file === 'object' && 'id' in file) add((file as { id: unknown }).id)
  }
  for (const doc of notices.docs) {
    for (const attachment of doc.attachments ?? []) add(attachment.file)
    uploadsIn(doc.body).forEach(add)
  }
  for (const doc of faqs.docs) uploadsIn(doc.answer).forEach(add)
  return [...ids]
}

/** The media an editor placed in a rich text (Lexical `upload` nodes). */
function uploadsIn(document: unknown): unknown[] {
  const found: unknown[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, relationTo, value, children } = node as Record<string, unknown>
    if (type === 'upload' && relationTo === 'media') found.push(value)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((document as { root?: unknown } | null | undefined)?.root)
  return found
}
