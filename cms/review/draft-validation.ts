import { validations, type CollectionConfig, type Field, type Validate } from 'payload'
import { isReviewedSlug } from './states.ts'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

type Options = { data?: { _status?: string | null }; required?: boolean }

/**
 * A required field may be empty while the document is a draft: the check waits until publish.
 * Every other check (format, range, uniqueness) runs on each draft save.
 */
function requiredAtPublish(field: Field & { validate?: Validate; required?: boolean; type: string }): Validate {
  const own = field.validate
  const builtin = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  return (value, options) => {
    const { data, required } = options as Options
    if (required && isEmpty(value) && data?._status !== 'published') return true
    if (own) return own(value, options)
    return builtin ? builtin(value, options) : true
  }
}

/** `keep` is the top-level field the admin lists a document by: a draft without it is unfindable. */
function relax(fields: Field[], keep?: string): Field[] {
  return fields.map((field) => {
    const next = { ...field } as Field & { validate?: Validate; required?: boolean; fields?: Field[]; tabs?: { fields: Field[] }[] }
    const named = 'name' in next ? next.name : undefined
    // rows, collapsibles and unnamed tabs keep their fields at the top level
    if ('fields' in next && Array.isArray(next.fields)) next.fields = relax(next.fields, named ? undefined : keep)
    if ('tabs' in next && Array.isArray(next.tabs)) {
      next.tabs = next.tabs.map((tab) => ({ ...tab, fields: relax(tab.fields, 'name' in tab && tab.name ? undefined : keep) }))
    }
    if ('required' in next && next.required && named && named !== keep) next.validate = requiredAtPublish(next as never)
    return next as Field
  })
}

/**
 * Drafts are validated when saved (Payload's `versions.drafts.validate`), so a value that is
 * never valid — a `javascript:` address, negative hours — is refused at once, with the field
 * named; a missing required field is listed only at publish, except the title the admin lists
 * the document by (标题、名称、问题), which every save needs. With draft validation Payload also
 * stops creating an empty draft the moment 创建新条目 opens: the document is made on the first save.
 */
export function withDraftValidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const versions = collection.versions
    if (!isReviewedSlug(collection.slug) || !versions || typeof versions !== 'object' || !versions.drafts) return collection
    const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
    return { ...collection, fields: relax(collection.fields, collection.admin?.useAsTitle), versions: { ...versions, drafts: { ...drafts, validate: true } } }
  })
}
