import { type CollectionBeforeDeleteHook, type Where } from 'payload'
import type { Faq, Form, Notice, Topic } from '../../../payload-types.ts'
import { PublicError } from '../../../server/public-errors.ts'

type Referrer = {
  collection: 'notices' | 'topics' | 'faqs' | 'forms'
  label: string
  where: (id: number | string) => Where
}

/** Everything that may point at a notice, with the Chinese name used in the refusal. */
const referrers: Referrer[] = [
  {
    collection: 'notices',
    label: '通知',
    where: (id) => {
      const relatesTo: Where = { 'relations.target': { equals: id } }
      const ends: Where = { statusBy: { equals: id } }
      return { or: [relatesTo, ends] }
    },
  },
  { collection: 'topics', label: '专题', where: (id) => ({ sourceNotice: { equals: id } }) },
  { collection: 'faqs', label: '常见问题', where: (id) => ({ sourceNotice: { equals: id } }) },
  { collection: 'forms', label: '表格', where: (id) => ({ sourceNotice: { equals: id } }) },
]

const titleOf = (doc: Partial<Notice | Topic | Faq | Form> & { id: number }) => {
  if ('question' in doc && doc.question) return doc.question
  if ('title' in doc && doc.title) return 'docNumber' in doc && doc.docNumber ? `${doc.docNumber} ${doc.title}` : doc.title
  return String(doc.id)
}

/**
 * A notice others point at cannot be deleted: the site would show dangling links. The refusal
 * lists what points at it (live versions and drafts), so the editor can change those first.
 */
export const refuseDeleteWhenRelated: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const found: string[] = []
  for (const r of referrers) {
    const seen = new Set<string>()
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection: r.collection,
        where: r.collection === 'notices' ? { and: [r.where(id), { id: { not_equals: id } }] } : r.where(id),
        draft,
        depth: 0,
        limit: 20,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) {
        const key = String(doc.id)
        if (!seen.has(key)) {
          seen.add(key)
          found.push(`${r.label}「${titleOf(doc)}」`)
        }
      }
    }
  }
  if (found.length) {
    throw new PublicError(`不能删除：以下内容引用了这份通知，请先修改或删除它们——${found.join('；')}`, 409, { referrers: found })
  }
}
