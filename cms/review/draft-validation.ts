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

function relax(fields: Field[]): Field[] {
  return fields.map((field) => {
    const next = { ...field } as Field & { validate?: Validate; required?: boolean; fields?: Field[]; tabs?: { fields: Field[] }[] }
    if ('fields' in next && Array.isArray(next.fields)) next.fields = relax(next.fields)
    if ('tabs' in next && Array.isArray(next.tabs)) next.tabs = next.tabs.map((tab) => ({ ...tab, fields: relax(tab.fields) }))
    if ('required' in next && next.required && 'name' in next) next.validate = requiredAtPublish(next as never)
    return next as Field
  })
}

/**
 * Drafts are validated when saved (Payload's `versions.drafts.validate`), so a value that is
 * never valid — a `javascript:` address, negative hours — is refused at once, with the field
 * named; a missing required field is listed only at publish. With draft validation Payload also
 * stops creating an empty draft the moment 创建新条目 opens: the document is made on the first save.
 */
export function withDraftValidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const versions = collection.versions
    if (!isReviewedSlug(collection.slug) || !versions || typeof versions !== 'object' || !versions.drafts) return collection
    const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
    return { ...collection, fields: relax(collection.fields), versions: { ...versions, drafts: { ...drafts, validate: true } } }
  })
}
