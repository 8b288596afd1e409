/** The review step between 起草 and 审核发布, kept in each editorial document's `review` field. */
export const reviewStates = ['draft', 'submitted', 'returned'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, string> = {
  draft: '起草中',
  submitted: '待审核',
  returned: '已退回',
}

/** What the document's review history (审核记录) records. */
export const reviewActions = ['submitted', 'returned', 'published'] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewActionLabels: Record<ReviewAction, string> = {
  submitted: '提交审核',
  returned: '退回修改',
  published: '审核发布',
}

/** The collections that go through review, with their names as the admin shows them. */
export const reviewedCollections = {
  notices: '通知',
  topics: '公需科目专题',
  providers: '培训单位',
  faqs: '常见问题',
  forms: '表格',
} as const
export type ReviewedSlug = keyof typeof reviewedCollections

export const isReviewedSlug = (slug: string): slug is ReviewedSlug => slug in reviewedCollections
