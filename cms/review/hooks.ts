import { Forbidden, ValidationError, type CollectionAfterChangeHook, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'
import { sendReviewMail } from './mail.ts'
import type { ReviewAction, ReviewState } from './states.ts'

/** A document under review; its other fields (title, name, question…) are what the mail names it by. */
type ReviewedDoc = Record<string, unknown> & {
  id: number | string
  _status?: 'draft' | 'published' | null
  review?: ReviewState | null
  reviewComment?: string | null
  reviewSubmittedBy?: number | string | { id: number | string } | null
  reviewSubmittedAt?: string | null
  reviewLog?: ReviewLogEntry[] | null
}

export type ReviewLogEntry = {
  id?: string | null
  action: ReviewAction
  by?: number | string | { id: number | string } | null
  at: string
  comment?: string | null
}

class ReviewForbidden extends Forbidden {
  constructor(req: PayloadRequest, message: string) {
    super(req.t)
    this.message = message
  }
}

const idOf = (value: ReviewLogEntry['by']) => (value && typeof value === 'object' ? value.id : (value ?? undefined))

/**
 * Moves the review state along and records each step in 审核记录:
 * - anyone who may write sets `submitted` (提交审核); an editor may set nothing else;
 * - a publisher sets `returned`, with 退回意见 required;
 * - publishing (now or scheduled) resets the state to `draft`, and so does an edit after a return.
 * Runs after field access, so who submitted and the history come from here, not from the request.
 */
export const trackReview: CollectionBeforeChangeHook<ReviewedDoc> = ({ collection, data, originalDoc, operation, req }) => {
  const before: ReviewState = originalDoc?.review ?? 'draft'
  const asked: ReviewState = data.review ?? before
  const user = req.user
  const now = new Date().toISOString()
  const log = [...(originalDoc?.reviewLog ?? [])]
  const record = (action: ReviewAction, comment?: string) => {
    log.push({ action, by: user?.id ?? null, at: now, comment: comment ?? null })
    data.reviewLog = log
  }

  if (data._status === 'published') {
    if (before !== 'draft' || asked !== 'draft') record('published')
    data.review = 'draft'
    return data
  }

  if (asked !== before) {
    if (user && !hasRole(user, 'admin', 'publisher') && asked !== 'submitted') {
      throw new ReviewForbidden(req, '起草人员只能「提交审核」：退回由审核发布人员操作，发布后审核状态自动复位。')
    }
    if (asked === 'submitted') {
      data.reviewSubmittedBy = user?.id ?? null
      data.reviewSubmittedAt = now
      data.reviewComment = null
      record('submitted')
    } else if (asked === 'returned') {
      const comment = (data.reviewComment ?? '').trim()
      if (!comment) {
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ path: 'reviewComment', message: '退回时请填写「退回意见」，写明需要修改的地方' }],
          req,
        })
      }
      data.reviewComment = comment
      record('returned', comment)
    }
    return data
  }

  // The editor takes up a returned document: it is a draft again until submitted anew.
  if (operation === 'update' && before === 'returned') data.review = 'draft'
  return data
}

/** After a step is recorded (the history grew), mail the people it concerns. */
export const mailReviewStep: CollectionAfterChangeHook<ReviewedDoc> = async ({ collection, doc, previousDoc, req }) => {
  const previous = previousDoc?.reviewLog?.length ?? 0
  const entries = doc.reviewLog ?? []
  if (entries.length <= previous) return doc
  const step = entries[entries.length - 1]!
  try {
    await sendReviewMail(req, {
      collection,
      doc,
      action: step.action,
      actor: idOf(step.by),
      comment: step.comment ?? undefined,
      submitter: idOf(doc.reviewSubmittedBy),
    })
  } catch (error) {
    // A mail that cannot be composed or handed over never undoes the save.
    req.payload.logger.error(`审核邮件未能发出：${(error as Error).message}`)
  }
  return doc
}

const reviewFieldNames = ['review', 'reviewComment', 'reviewSubmittedBy', 'reviewSubmittedAt', 'reviewLog'] as const

/**
 * The public (anonymous REST and GraphQL) never sees review comments or who worked on a document;
 * field read access covers the plain fields, this covers 审核记录 as well. Trusted Local API calls keep them.
 */
export const hideReviewFromPublic: CollectionAfterReadHook<ReviewedDoc> = ({ doc, req }) => {
  if (req.user || !doc || req.payloadAPI === 'local') return doc
  for (const name of reviewFieldNames) delete doc[name]
  return doc
}
