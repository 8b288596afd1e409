/** Minimal valid documents for each editorial collection, for access and API tests. */
import crypto from 'node:crypto'
import { noticeData, providerData, topicData } from './helpers.ts'

export const editorialCollections = ['notices', 'topics', 'providers', 'faqs', 'forms'] as const
export type EditorialCollection = (typeof editorialCollections)[number]

/** A Lexical document with one paragraph, the shape the admin's editor stores. */
export function richText(text: string): Record<string, unknown> {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }] }],
    },
  }
}

/** The field each collection uses as its title, so tests can mark a version and look for it. */
export const titleField: Record<EditorialCollection, string> = {
  notices: 'title',
  topics: 'title',
  providers: 'name',
  faqs: 'question',
  forms: 'title',
}

export function fixture(collection: EditorialCollection, sourceNotice: number | string): Record<string, unknown> {
  const id = crypto.randomUUID().slice(0, 8)
  switch (collection) {
    case 'notices':
      return noticeData()
    case 'topics':
      return topicData()
    case 'providers':
      return providerData()
    case 'faqs':
      return { question: `公需科目学时如何认定？${id}`, slug: `faq-${id}`, answer: richText('按通知认定。'), category: '学时', order: 1 }
    case 'forms':
      return { title: `继续教育登记表${id}`, slug: `form-${id}`, sourceNotice, columns: ['姓名', '学时'] }
  }
}
