import type { Field, FieldHook } from 'payload'

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

/** Normalises a typed slug, or suggests one (made unique with -2, -3 …) when it is empty. */
const normalise: FieldHook = async ({ value, data, collection, originalDoc, req }) => {
  if (typeof value === 'string' && value.trim()) return toSlug(value)
  if (originalDoc?.slug || !collection) return value
  const base = suggestSlug(collection.slug, { ...originalDoc, ...data })
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({ collection: collection.slug as 'notices', where: { slug: { equals: candidate } }, overrideAccess: true, req })
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
