import type { CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'

/**
 * Fields only Payload itself writes. A request that sends them has them removed before anything
 * else looks at the data: `"createdAt": "not-a-date"` once made a save fail half-way, and a
 * client must not back-date a document, pick its id or forge version bookkeeping. They are
 * dropped rather than refused because the admin sends `createdAt`/`updatedAt` back with every
 * save. The seed and other trusted Local API callers (`overrideAccess: true`) keep them.
 */
export const systemFields = ['id', 'createdAt', 'updatedAt'] as const
/** Bookkeeping of the versions table, meaningless on a document; dropped unless a real field. */
export const versionFields = ['version', 'parent', 'latest', 'autosave', 'snapshot', 'publishedLocale'] as const
/** What auth collections keep for sign-in; only Payload's own operations change them. */
export const authFields = [
  'hash',
  'salt',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verified',
  '_verificationToken',
  'sessions',
] as const

const topLevelNames = (fields: Field[]): Set<string> =>
  new Set(fields.flatMap((field) => ('name' in field && field.name ? [field.name] : [])))

function dropSystemFields(collection: CollectionConfig): CollectionBeforeOperationHook {
  const own = topLevelNames(collection.fields)
  const dropped: readonly string[] = [
    ...systemFields,
    ...versionFields.filter((name) => !own.has(name)),
    ...(collection.auth ? authFields : []),
  ]
  return ({ args, operation, overrideAccess }) => {
    if (overrideAccess || (operation !== 'create' && operation !== 'update')) return args
    const data = (args as { data?: unknown }).data
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return args
    const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !dropped.includes(key)))
    return { ...args, data: kept }
  }
}

/** Runs first in every collection, before the shape checks and the publication guard. */
export function withSystemFieldsDropped(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [dropSystemFields(collection), ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
