import type { Field, FieldHook } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Normalises what an editor types into a URL-safe slug; Chinese text is not transliterated. */
export function toSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const normalise: FieldHook = ({ value }) => (typeof value === 'string' ? toSlug(value) : value)

/** A readable, stable URL segment: it never changes on rebuilds because it is stored. */
export const slugField = (description = '网址中的标识，如 wan-ren-she-mi-2021-115；保存后请勿随意修改'): Field => ({
  name: 'slug',
  label: '网址标识',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description },
  hooks: { beforeValidate: [normalise] },
  validate: (value: unknown) =>
    typeof value === 'string' && slugPattern.test(value) ? true : '网址标识只能包含小写字母、数字和连字符',
})
