import type { CollectionConfig } from 'payload'
import { reviewFields } from './fields.ts'
import { hideReviewFromPublic, mailReviewStep, trackReview } from './hooks.ts'
import { isReviewedSlug } from './states.ts'

/**
 * Adds the review step to every editorial collection: the fields (审核状态, 退回意见, who
 * submitted and when, 审核记录), the hook that moves the state and the mails it sends.
 */
export function withReview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    isReviewedSlug(collection.slug)
      ? {
          ...collection,
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
