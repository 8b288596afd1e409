import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { urlAndHotlinesFields } from '../fields/url-and-hotlines.ts'
import { editorialAccess, editorialHooks, editorialVersions, previewFor } from './editorial.ts'

export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: '培训单位', plural: '培训单位' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'website', 'hotlines', 'updatedAt', '_status'],
    listSearchableFields: ['name', 'variants', 'website'],
    group: '内容',
    description: '承担公需科目专题的培训单位；单位页面按年度列出其专题。',
    preview: previewFor('providers'),
  },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true },
    slugField(),
    {
      name: 'variants',
      label: '其他写法',
      type: 'text',
      hasMany: true,
      admin: { description: '通知扫描件中出现的其他写法，便于搜索' },
    },
    ...urlAndHotlinesFields('website', '网站'),
    {
      name: 'topics',
      label: '各年度专题',
      type: 'join',
      collection: 'topics',
      on: 'provider',
      defaultSort: '-year',
      defaultLimit: 50,
      maxDepth: 1,
      admin: { allowCreate: false, defaultColumns: ['year', 'title', 'contractStart', 'contractEnd'] },
    },
  ],
  hooks: editorialHooks,
  versions: editorialVersions,
}
