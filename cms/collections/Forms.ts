import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'

/** Forms attached to notices (e.g. 备案表), kept as tables so the site shows them as HTML. */
export const Forms: CollectionConfig = {
  slug: 'forms',
  labels: { singular: '表格', plural: '表格' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sourceNotice', '_status'],
    listSearchableFields: ['title'],
    group: '内容',
  },
  fields: [
    { name: 'title', label: '表名', type: 'text', required: true },
    slugField(),
    { name: 'sourceNotice', label: '所属通知', type: 'relationship', relationTo: 'notices', required: true },
    { name: 'columns', label: '列名', type: 'text', hasMany: true, required: true },
    {
      name: 'rows',
      label: '行',
      type: 'array',
      fields: [{ name: 'cells', label: '单元格', type: 'text', hasMany: true }],
    },
    { name: 'notes', label: '填表说明', type: 'textarea' },
  ],
  hooks: editorialHooks,
  versions: editorialVersions,
}
