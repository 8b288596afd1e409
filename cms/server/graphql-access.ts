import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => unknown
type Field = { type: unknown; resolve: Resolver }

/**
 * Payload's GraphQL `Access` query declares `canAccessAdmin` non-null but leaves it out for
 * anonymous readers, so `{ Access { canAccessAdmin } }` failed as an internal error. This keeps
 * Payload's type and resolver and answers `false` where it gave nothing.
 */
export const accessQueryForStrangers: GraphQLExtension = (_graphQL, { Query }) => {
  const access = (Query as { fields: Record<string, Field | undefined> }).fields.Access
  if (!access) return {}
  return {
    Access: {
      type: access.type,
      resolve: async (...args: unknown[]) => {
        const result = (await access.resolve(...args)) as Record<string, unknown> | null
        return { ...result, canAccessAdmin: result?.canAccessAdmin ?? false }
      },
    },
  }
}
