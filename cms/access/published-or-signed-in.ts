import type { Access } from 'payload'

/** Signed-in staff read drafts too; everyone else reads published documents only. */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
