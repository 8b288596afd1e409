import type { CollectionConfig } from 'payload'
import { draftsOrPublisher } from '../access/draftsOrPublisher.ts'
import { isPublisherOrAdmin } from '../access/isPublisherOrAdmin.ts'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn.ts'
import { slugField } from '../fields/slug.ts'
import { validatePhones, validateUrl } from '../fields/validators.ts'

export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: '培训单位', plural: '培训单位' },
  access: {
    read: publishedOrSignedIn,
    create: draftsOrPublisher,
    update: draftsOrPublisher,
    delete: isPublisherOrAdmin,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'website', 'updatedAt'], group: '内容' },
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
    { name: 'hotlines', label: '咨询电话', type: 'text', hasMany: true, validate: validatePhones },
    {
      name: 'topics',
      label: '各年度专题',
      type: 'join',
      collection: 'topics',
      on: 'provider',
      admin: { defaultColumns: ['year', 'title'] },
    },
  ],
  versions: { drafts: { autosave: true, schedulePublish: true }, maxPerDoc: 50 },
}
