import type { Field, FieldHook, Where } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Normalises what an editor types into a URL-safe slug; Chinese text is not transliterated. */
export function toSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const prefixes: Record<string, string> = { notices: 'notice', topics: 'topic', providers: 'provider', faqs: 'faq', forms: 'form' }

/**
 * A starting slug when the editor leaves it empty: the collection, then the year and number of
 * the 文号 (皖人社秘〔2021〕115号 → notice-2021-115) or the year, e.g. topic-2026.
 */
export function suggestSlug(collection: string, data: Record<string, unknown>): string {
  const parts = [prefixes[collection] ?? toSlug(collection)]
  const docNumber = typeof data.docNumber === 'string' ? data.docNumber.match(/〔(\d{4})〕(\d+)号/) : null
  if (docNumber) parts.push(docNumber[1]!, docNumber[2]!)
  else if (typeof data.year === 'number') parts.push(String(data.year))
  return parts.join('-')
}

/**
 * A slug the CMS chose before it knew the year or 文号 (`topic`, `topic-2`): the admin's autosave
 * stores a new document at once, before the editor has typed anything.
 */
export function isProvisionalSlug(collection: string, slug: unknown): boolean {
  const prefix = prefixes[collection] ?? toSlug(collection)
  return typeof slug === 'string' && new RegExp(`^${prefix}(?:-\\d{1,2})?$`).test(slug)
}

/**
 * Normalises a typed slug, or suggests one (made unique with -2, -3 …) when it is empty. A
 * provisional slug on a never-published document is suggested again once the year or 文号 is in.
 */
const normalise: FieldHook = async ({ value, data, collection, originalDoc, req }) => {
  const typed = typeof value === 'string' && value.trim() ? toSlug(value) : undefined
  if (!collection) return typed ?? value
  const keepsProvisional =
    typed !== undefined &&
    typed === originalDoc?.slug &&
    originalDoc?._status !== 'published' &&
    isProvisionalSlug(collection.slug, typed)
  if (typed !== undefined && !keepsProvisional) return typed
  if (typed === undefined && originalDoc?.slug) return value
  const base = suggestSlug(collection.slug, { ...originalDoc, ...data })
  if (keepsProvisional && base === (prefixes[collection.slug] ?? toSlug(collection.slug))) return typed
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const where: Where = originalDoc?.id
      ? { and: [{ slug: { equals: candidate } }, { id: { not_equals: originalDoc.id } }] }
      : { slug: { equals: candidate } }
    const { totalDocs } = await req.payload.count({ collection: collection.slug as 'notices', where, overrideAccess: true, req })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/** A readable, stable URL segment: it never changes on rebuilds because it is stored. */
export const slugField = (description = '网址中的标识，如 wan-ren-she-mi-2021-115；留空则自动生成；发布后请勿随意修改'): Field => ({
  name: 'slug',
  label: '网址标识',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description },
  hooks: { beforeValidate: [normalise] },
  // Empty is allowed here: the hook above fills it in before the value is stored.
  validate: (value: unknown) =>
    value === undefined || value === null || value === '' || (typeof value === 'string' && slugPattern.test(value))
      ? true
      : '网址标识只能包含小写字母、数字和连字符',
})
