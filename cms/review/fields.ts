import type { Field, FieldAccess } from 'payload'
import { hasRole } from '../access/roles.ts'
import { reviewActionLabels, reviewActions, reviewStateLabels, reviewStates } from './states.ts'

// Only the review hooks write these (they run after field access has dropped what a request
// sent), so a stale form or a crafted request cannot forge who submitted what, or when.
// Staff only: the public API never shows review comments or who worked on a document.
const staffRead: FieldAccess = ({ req }) => Boolean(req.user)
const writtenByHooks: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = { read: staffRead, create: () => false, update: () => false }

const publishersWrite: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'publisher')

const queueColumn = (name: string, label: string, cell: string): Field => ({
  name,
  label,
  type: 'ui',
  admin: { components: { Cell: `/review/admin/ReviewCells.tsx#${cell}` } },
})

/**
 * The review fields every editorial collection gets (`withReview`). `review` itself is writable:
 * an editor may set it to `submitted` (提交审核), a publisher to `returned` with a comment
 * (退回); publishing resets it (hooks.ts).
 */
export const reviewFields = (): Field[] => [
  {
    name: 'review',
    label: '审核状态',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    access: { read: staffRead },
    options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
    admin: {
      position: 'sidebar',
      components: { Field: '/review/admin/ReviewPanel.tsx#ReviewPanel' },
    },
  },
  {
    name: 'reviewComment',
    label: '退回意见',
    type: 'textarea',
    maxLength: 2000,
    // The publisher's comment when returning; an editor's form cannot overwrite it.
    access: { read: staffRead, create: publishersWrite, update: publishersWrite },
    admin: { hidden: true },
  },
  {
    name: 'reviewSubmittedBy',
    label: '提交人',
    type: 'relationship',
    relationTo: 'users',
    access: writtenByHooks,
    admin: { hidden: true },
  },
  {
    name: 'reviewSubmittedAt',
    label: '提交审核时间',
    type: 'date',
    index: true,
    access: writtenByHooks,
    admin: { hidden: true },
  },
  // Columns of the 待审核 list view (queue.ts queueListPath), computed per row on the server.
  queueColumn('reviewSubmitter', '提交人', 'SubmitterCell'),
  queueColumn('reviewSubmittedWhen', '提交时间', 'SubmittedWhenCell'),
  queueColumn('reviewCompare', '修改了什么', 'CompareCell'),
  {
    type: 'collapsible',
    label: '审核记录',
    admin: { initCollapsed: true, condition: (data) => Array.isArray(data?.reviewLog) && data.reviewLog.length > 0 },
    fields: [
      {
        name: 'reviewLog',
        label: '审核记录',
        labels: { singular: '记录', plural: '记录' },
        type: 'array',
        access: writtenByHooks,
        admin: { readOnly: true, description: '提交、退回和发布，由系统记录，不能修改' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'action', label: '操作', type: 'select', options: reviewActions.map((value) => ({ value, label: reviewActionLabels[value] })) },
              { name: 'by', label: '操作人', type: 'relationship', relationTo: 'users' },
              { name: 'at', label: '时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            ],
          },
          { name: 'comment', label: '意见', type: 'textarea' },
        ],
      },
    ],
  },
]
