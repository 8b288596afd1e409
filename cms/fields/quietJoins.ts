import type { CollectionConfig, Field } from 'payload'

const quietJoin = '/components/admin/QuietJoin.tsx#QuietJoin'

function quiet(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'join' && !field.admin?.components?.Field) {
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: quietJoin } } }
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: quiet(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: quiet(tab.fields) })) }
    return field
  })
}

/**
 * Every join field in the admin says nothing until the document exists and one short line while
 * nothing is joined to it (components/admin/QuietJoin.tsx), instead of Payload's 「没有结果…」.
 */
export function withQuietJoins(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({ ...collection, fields: quiet(collection.fields) }))
}

/** A `condition` for what only an existing document can show (its reverse relations). */
export const onceSaved = (data: { id?: unknown } | undefined, _sibling: unknown, context?: { operation?: string }) =>
  context?.operation === 'update' || Boolean(data?.id)
