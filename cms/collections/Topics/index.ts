import type { CollectionConfig } from 'payload'
import { calendarDayField } from '../../fields/calendar-day.ts'
import { slugField } from '../../fields/slug.ts'
import { urlAndHotlinesFields } from '../../fields/url-and-hotlines.ts'
import { topicWindowLabels } from '../../../rules/topic-date.ts'
import { editorialAccess, editorialHooks, editorialVersions, previewFor } from '../editorial.ts'
import { newYearEndpoint, newYearPlanEndpoint } from './endpoints/new-year.ts'
import { defaultTopicHours, validateTopicHours } from './hours.ts'
import { deriveStatus } from './hooks/derive-status.ts'
import { validateWindow } from './hooks/validate-window.ts'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: '公需科目专题', plural: '公需科目专题' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', 'provider', 'contractStart', 'contractEnd', 'windowStatus', '_status'],
    listSearchableFields: ['title', 'learningUrl'],
    group: '内容',
    description: '每年由省人社厅公布的公需科目专题，每个专题对应一家培训单位和一段合同期。',
    preview: previewFor('topics'),
    components: {
      beforeListTable: ['/components/admin/NewYearTopics.tsx#NewYearTopics'],
    },
  },
  defaultSort: '-year',
  endpoints: [newYearEndpoint, newYearPlanEndpoint],
  fields: [
    { name: 'year', label: '年度', type: 'number', required: true, index: true, min: 2000, max: 2100 },
    { name: 'title', label: '专题名称', type: 'text', required: true },
    slugField(),
    { name: 'provider', label: '培训单位', type: 'relationship', relationTo: 'providers', index: true },
    ...urlAndHotlinesFields('learningUrl', '学习网址'),
    {
      name: 'hours',
      label: '学时',
      type: 'number',
      required: true,
      defaultValue: defaultTopicHours,
      validate: validateTopicHours,
      admin: { description: '公需科目专题通常为 30 学时' },
    },
    {
      type: 'row',
      fields: [
        calendarDayField('contractStart', '合同期开始'),
        calendarDayField('contractEnd', '合同期结束'),
        calendarDayField('studyDeadline', '学习截止'),
      ],
    },
    { name: 'sourceNotice', label: '发布通知', type: 'relationship', relationTo: 'notices' },
    {
      name: 'windowStatus',
      // 学习状态, apart from Payload's own 状态 column (published or draft) in the list.
      label: '学习状态',
      type: 'select',
      virtual: true,
      options: Object.entries(topicWindowLabels).map(([value, label]) => ({ value, label })),
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true, description: '由合同期和学习截止日期自动得出，无需填写' },
      hooks: { afterRead: [deriveStatus] },
    },
  ],
  hooks: { ...editorialHooks, beforeValidate: [validateWindow] },
  versions: editorialVersions,
}
