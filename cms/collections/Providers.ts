import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { validatePhones, validateUrl } from '../fields/validators.ts'
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
    { name: 'website', label: '网站', type: 'text', validate: validateUrl },
    {
      name: 'websiteAsPrinted',
      label: '通知原文中的网址写法',
      type: 'text',
      admin: { description: '通知印的网址缺少 http:// 等前缀时，照录原文写法' },
    },
    { name: 'hotlines', label: '咨询电话', type: 'text', hasMany: true, validate: validatePhones },
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
