import type { CollectionConfig } from 'payload'
import {
  noticeLevelLabels,
  noticeLevels,
  noticeStatusLabels,
  noticeStatuses,
  noticeSubjectLabels,
  noticeSubjects,
  relationKindLabels,
  relationKinds,
} from '../../../content/vocabulary.ts'
import { validateSiteLink, validateUniqueDocNumber } from '../../fields/validators.ts'
import { calendarDayField } from '../../fields/calendar-day.ts'
import { reverseRelations } from '../../fields/quiet-joins.ts'
import { slugField } from '../../fields/slug.ts'
import { editorialAccess, editorialHooks, editorialVersions, previewFor } from '../editorial.ts'
import { checkStatus } from './hooks/check-status.ts'
import { refuseDeleteWhenRelated } from './hooks/refuse-delete-when-related.ts'


const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }))

export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: { singular: '通知', plural: '通知' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['docNumber', 'title', 'issuer', 'year', 'dateIssued', 'status', '_status'],
    listSearchableFields: ['title', 'docNumber', 'issuer'],
    group: '内容',
    description: '省、市人社部门关于专业技术人员继续教育的通知。起草人员保存草稿，审核发布人员发布。',
    preview: previewFor('notices'),
  },
  defaultSort: '-dateIssued',
  // A list is sorted by date (the default above, Payload adding createdAt): with these SQLite walks
  // the index and builds the join fields of the page's rows only, not of every notice first
  // (a public page of 20 took 0.3 s at 1,500 notices, growing with the table).
  indexes: [{ fields: ['_status', 'dateIssued', 'createdAt'] }, { fields: ['dateIssued', 'createdAt'] }],
  fields: [
    {
      name: 'docNumber',
      label: '文号',
      type: 'text',
      unique: true,
      index: true,
      validate: validateUniqueDocNumber,
      admin: { description: '如 皖人社秘〔2021〕115号；没有文号的通知留空' },
    },
    { name: 'title', label: '标题', type: 'text', required: true },
    {
      name: 'titleSupplied',
      label: '标题为编者所拟',
      type: 'checkbox',
      admin: { position: 'sidebar', description: '扫描件缺失原标题、标题由编者概括时勾选，网站会注明' },
    },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'issuer', label: '发文机关', type: 'text', required: true, index: true },
        { name: 'level', label: '层级', type: 'select', required: true, defaultValue: 'province', options: options(noticeLevels, (v) => noticeLevelLabels[v]) },
      ],
    },
    {
      name: 'coIssuers',
      label: '联合发文机关',
      type: 'text',
      hasMany: true,
      admin: { description: '联合发文时，除上面的主办机关外的其他发文机关，按原件顺序逐个填写' },
    },
    {
      type: 'row',
      fields: [
        calendarDayField('dateIssued', '成文日期'),
        calendarDayField('datePublished', '发布日期', { admin: { description: '公开发布的日期，与成文日期分开；原件未载则留空' } }),
        { name: 'year', label: '年度', type: 'number', required: true, index: true, min: 1990, max: 2100 },
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDayField('effectiveDate', '施行日期', { admin: { description: '只在通知写明施行日期时填写' } }),
        {
          name: 'effectiveNote',
          label: '施行说明',
          type: 'text',
          admin: { description: '通知对施行的原话，如“自印发之日起施行”；未写明则留空' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'subjects',
          label: '主题分类',
          type: 'select',
          hasMany: true,
          index: true,
          options: options(noticeSubjects, (v) => noticeSubjectLabels[v]),
        },
        {
          name: 'indexNumber',
          label: '索引号',
          type: 'text',
          admin: { description: '只填原件印有的索引号，不要自拟' },
        },
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
      labels: { singular: '附件', plural: '附件' },
      type: 'array',
      fields: [
        { name: 'title', label: '附件名称', type: 'text', required: true },
        { name: 'file', label: '文件', type: 'upload', relationTo: 'media', admin: { description: 'PDF、Word、Excel 或图片' } },
        { name: 'note', label: '说明', type: 'text' },
        {
          name: 'link',
          label: '本站链接',
          type: 'text',
          validate: validateSiteLink,
          admin: { description: '附件内容在本站的位置，如 /faqs/、/notices/某通知/ 或本页的 #forms-title' },
        },
      ],
    },
    { name: 'contact', label: '联系方式', type: 'text', hasMany: true },
    {
      type: 'collapsible',
      label: '效力状态',
      fields: [
        { name: 'status', label: '效力', type: 'select', required: true, defaultValue: 'in-force', index: true, options: options(noticeStatuses, (v) => noticeStatusLabels[v]) },
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
      labels: { singular: '相关文件', plural: '相关文件' },
      type: 'array',
      admin: { description: '本通知贯彻、废止或引用的文件；对方页面会自动显示反向关系' },
      fields: [
        { name: 'kind', label: '关系', type: 'select', required: true, options: options(relationKinds, (v) => relationKindLabels[v].label) },
        { name: 'target', label: '文件', type: 'relationship', relationTo: 'notices', required: true },
        { name: 'note', label: '说明', type: 'text' },
      ],
    },
    // Shown only when something points at this notice (fields/quiet-joins.ts).
    reverseRelations('反向关系（自动生成）', [
      {
        name: 'relatedBy',
        label: '引用、贯彻或废止本通知的文件',
        type: 'join',
        collection: 'notices',
        on: 'relations.target',
        defaultLimit: 50,
        maxDepth: 1,
        admin: { allowCreate: false, defaultColumns: ['docNumber', 'title', 'dateIssued'], description: '在对方通知的「相关文件」中维护' },
      },
      {
        name: 'endedNotices',
        label: '因本通知废止或失效的文件',
        type: 'join',
        collection: 'notices',
        on: 'statusBy',
        defaultLimit: 50,
        maxDepth: 1,
        admin: { allowCreate: false, defaultColumns: ['docNumber', 'title', 'status'] },
      },
      {
        name: 'announcedTopics',
        label: '本通知发布的专题',
        type: 'join',
        collection: 'topics',
        on: 'sourceNotice',
        defaultLimit: 50,
        maxDepth: 1,
        admin: { allowCreate: false, defaultColumns: ['year', 'title', 'provider'] },
      },
    ]),
    { name: 'source', label: '来源', type: 'text', admin: { position: 'sidebar', description: '文本所据的扫描件' } },
  ],
  hooks: { ...editorialHooks, beforeValidate: [checkStatus], beforeDelete: [refuseDeleteWhenRelated] },
  versions: editorialVersions,
}
