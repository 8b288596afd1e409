import type { FieldHook, PayloadRequest, Where } from 'payload'
import { hasRole } from '../../access/roles.ts'
import { mayActOn } from '../may-act-on.ts'

const documentReason = /^([a-z-]+):(.+?)(（删除）)?$/

async function idForReason(req: PayloadRequest, collection: string, slugOrId: string): Promise<number | string | undefined> {
  if (!(collection in req.payload.collections)) return undefined
  const where: Where = /^\d+$/.test(slugOrId) ? { or: [{ slug: { equals: slugOrId } }, { id: { equals: Number(slugOrId) } }] } : { slug: { equals: slugOrId } }
  const { docs } = await req.payload.find({ collection: collection as 'notices', where, limit: 1, depth: 0, overrideAccess: true, req, select: {} })
  return docs[0]?.id
}

/**
 * 网站发布状态 › 触发原因 lists the documents that caused the last build (`notices:<slug>`).
 * Staff see only those of their own workspaces (and reasons that name no document, such as a
 * manual rebuild); admins see all.
 */
export const ownBuildReasons: FieldHook = async ({ value, req }) => {
  if (typeof value !== 'string' || !value || !req.user || hasRole(req.user, 'admin')) return value
  const kept: string[] = []
  for (const line of value.split('\n')) {
    const match = line.match(documentReason)
    if (!match) {
      kept.push(line)
      continue
    }
    const [, collection, slugOrId] = match
    if (collection === 'workspaces') continue
    const id = await idForReason(req, collection!, slugOrId!)
    if (id !== undefined && (await mayActOn(req, collection!, id))) kept.push(line)
  }
  return kept.join('\n')
}
