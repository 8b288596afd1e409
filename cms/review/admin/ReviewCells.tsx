import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { comparePath } from '../queue.ts'
import { isReviewedSlug } from '../states.ts'
import { chinaTime } from '../time.ts'

/**
 * The 待审核 list view's own columns (the `ui` fields reviewSubmitter, reviewSubmittedWhen and
 * reviewCompare): who submitted the row, when, and Payload's versions view comparing it with the
 * published version. Rendered on the server, so the submitter's name shows although staff may
 * not read other accounts; a row that is not submitted shows a dash.
 */
type Row = { id?: number | string; review?: string | null; reviewSubmittedBy?: unknown; reviewSubmittedAt?: string | null }

const rowOf = (props: DefaultServerCellComponentProps) => (props.rowData ?? {}) as Row
const dash = <span style={{ color: 'var(--theme-elevation-400)' }}>—</span>

export async function SubmitterCell(props: DefaultServerCellComponentProps) {
  const row = rowOf(props)
  const by = row.reviewSubmittedBy
  const id = by && typeof by === 'object' ? (by as { id?: number | string }).id : (by as number | string | null | undefined)
  if (row.review !== 'submitted' || id === undefined || id === null) return dash
  const user = await props.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!user) return dash
  return <span data-review-submitter>{user.name || user.email}</span>
}

export function SubmittedWhenCell(props: DefaultServerCellComponentProps) {
  const row = rowOf(props)
  if (row.review !== 'submitted' || !row.reviewSubmittedAt) return dash
  return <span data-review-submitted-at>{chinaTime(row.reviewSubmittedAt)}</span>
}

export async function CompareCell(props: DefaultServerCellComponentProps) {
  const row = rowOf(props)
  const slug = props.collectionSlug
  if (row.review !== 'submitted' || row.id === undefined || !isReviewedSlug(slug)) return dash
  const admin = props.payload.config.routes.admin
  return (
    <a href={`${admin}${await comparePath(props.payload, slug, row.id)}`} data-review-compare>
      比较版本
    </a>
  )
}
