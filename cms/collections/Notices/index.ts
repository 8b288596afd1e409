import type { CollectionConfig } from 'payload'
import { draftsOrPublisher } from '../../access/draftsOrPublisher.ts'
import { isPublisherOrAdmin } from '../../access/isPublisherOrAdmin.ts'
import { publishedOrSignedIn } from '../../access/publishedOrSignedIn.ts'
import { calendarDayField } from '../../fields/calendarDay.ts'
import { slugField } from '../../fields/slug.ts'
import { validateDocNumber } from '../../fields/validators.ts'

export const noticeLevelLabels = { province: '省级', city: '市级', department: '部门' } as const
export const noticeStatusLabels = { 'in-force': '现行有效', repealed: '已废止', expired: '已失效' } as const
export const relationKindLabels = { implements: '贯彻落实', repeals: '废止', cites: '引用' } as const

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: { singular: '通知', plural: '通知' },
  access: {
    read: publishedOrSignedIn,
    create: draftsOrPublisher,
    update: draftsOrPublisher,
    delete: isPublisherOrAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['docNumber', 'title', 'issuer', 'dateIssued', 'status', '_status'],
    listSearchableFields: ['title', 'docNumber', 'issuer'],
    group: '内容',
  },
  defaultSort: '-dateIssued',
  fields: [
    {
      name: 'docNumber',
      label: '文号',
      type: 'text',
      unique: true,
      index: true,
      validate: validateDocNumber,
      admin: { description: '如 皖人社秘〔2021〕115号；没有文号的通知留空' },
    },
    { name: 'title', label: '标题', type: 'text', required: true },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'issuer', label: '发文机关', type: 'text', required: true, index: true },
        { name: 'level', label: '层级', type: 'select', required: true, defaultValue: 'province', options: options(noticeLevelLabels) },
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDayField('dateIssued', '成文日期'),
        { name: 'year', label: '年度', type: 'number', required: true, index: true, min: 1990, max: 2100 },
      ],
    },
    { name: 'recipients', label: '主送', type: 'textarea' },
    { name: 'body', label: '正文', type: 'richText' },
    {
      name: 'fullText',
      label: '收录全文',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: '未勾选：本站只收录文号、标题和发文机关' },
    },
    {
      name: 'attachments',
      label: '附件',
      type: 'array',
      fields: [
        { name: 'title', label: '附件名称', type: 'text', required: true },
        { name: 'file', label: '文件', type: 'upload', relationTo: 'media' },
        { name: 'note', label: '说明', type: 'text' },
      ],
    },
    { name: 'contact', label: '联系方式', type: 'text', hasMany: true },
    {
      type: 'collapsible',
      label: '效力状态',
      fields: [
        { name: 'status', label: '效力', type: 'select', required: true, defaultValue: 'in-force', index: true, options: options(noticeStatusLabels) },
        calendarDayField('statusDate', '失效日期', { admin: { condition: (_, s) => s?.status !== 'in-force' } }),
        {
          name: 'statusBy',
          label: '因何失效',
          type: 'relationship',
          relationTo: 'notices',
          admin: { condition: (_, s) => s?.status !== 'in-force', description: '废止或取代本通知的文件' },
        },
      ],
    },
    {
      name: 'relations',
      label: '相关文件',
      type: 'array',
      admin: { description: '本通知贯彻、废止或引用的文件；对方页面会自动显示反向关系' },
      fields: [
        { name: 'kind', label: '关系', type: 'select', required: true, options: options(relationKindLabels) },
        { name: 'target', label: '文件', type: 'relationship', relationTo: 'notices', required: true },
        { name: 'note', label: '说明', type: 'text' },
      ],
    },
    { name: 'source', label: '来源', type: 'text', admin: { position: 'sidebar', description: '文本所据的扫描件' } },
  ],
  versions: { drafts: { autosave: true, schedulePublish: true }, maxPerDoc: 50 },
}
