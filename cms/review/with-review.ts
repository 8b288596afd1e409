import type { CollectionConfig } from 'payload'
import { reviewFields } from './fields.ts'
import { hideReviewFromPublic, mailReviewStep, trackReview } from './hooks.ts'
import { isReviewedSlug } from './states.ts'

const banner = '/review/admin/ReviewListBanner.tsx#ReviewListBanner'

const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** The list's columns with 审核状态 beside the publication status (or last). */
function withReviewColumn(columns: string[] | undefined): string[] | undefined {
  if (!columns || columns.includes('review')) return columns
  const at = columns.indexOf('_status')
  return at === -1 ? [...columns, 'review'] : [...columns.slice(0, at + 1), 'review', ...columns.slice(at + 1)]
}

/**
 * Adds the review step to every editorial collection: the fields (审核状态, 退回意见, who
 * submitted and when, 审核记录), the hook that moves the state and the mails it sends, and in
 * the list the 审核状态 column and the way to the 待审核 list view (admin/ReviewListBanner.tsx).
 */
export function withReview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    isReviewedSlug(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            defaultColumns: withReviewColumn(collection.admin?.defaultColumns),
            components: {
              ...collection.admin?.components,
              beforeListTable: [banner, ...asList(collection.admin?.components?.beforeListTable)],
            },
          },
          fields: [...collection.fields, ...reviewFields()],
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), trackReview],
            afterChange: [...(collection.hooks?.afterChange ?? []), mailReviewStep],
            afterRead: [...(collection.hooks?.afterRead ?? []), hideReviewFromPublic],
          },
        }
      : collection,
  )
}
