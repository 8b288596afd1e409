import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { invalidatePublicReads } from './public-read-cache.ts'

const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidatePublicReads()
  return doc
}
const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePublicReads()
  return doc
}
const afterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  invalidatePublicReads()
  return doc
}

/** Every save or delete, whoever makes it (a request, a job, a script), empties the public read cache. */
export function withPublicReadInvalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }))
}

export function withGlobalReadInvalidation(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => ({ ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }))
}
