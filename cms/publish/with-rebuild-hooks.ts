import type { CollectionConfig } from 'payload'
import { rebuildAfterChange, rebuildAfterDelete } from './hooks.ts'

/** Collections whose published documents appear on the public site. */
export const publicCollections = ['notices', 'topics', 'providers', 'faqs', 'forms', 'media', 'workspaces']

/**
 * Adds the publish-to-live hooks to every collection the public site shows, so the pipeline is
 * wired in one place rather than in each collection file.
 */
export function withRebuildHooks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    publicCollections.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
          },
        }
      : collection,
  )
}
