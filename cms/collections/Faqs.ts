import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { editorialAccess, editorialHooks, editorialVersions, previewFor } from './editorial.ts'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: '常见问题', plural: '常见问题' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'order', 'years', '_status'],
    listSearchableFields: ['question', 'category'],
    group: '内容',
    preview: previewFor('faqs'),
  },
  defaultSort: 'order',
  fields: [
    { name: 'question', label: '问题', type: 'text', required: true },
    slugField(),
    { name: 'answer', label: '解答', type: 'richText', required: true },
    { name: 'category', label: '分类', type: 'text', required: true, index: true },
    { name: 'order', label: '排序', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'sourceNotice', label: '出处通知', type: 'relationship', relationTo: 'notices' },
    { name: 'years', label: '适用年度', type: 'number', hasMany: true },
    { name: 'ordinal', label: '原文序号', type: 'text', admin: { description: '出处中问题的序号，如 附件2 问题十五 的「十五」' } },
  ],
  hooks: editorialHooks,
  versions: editorialVersions,
}
