import { createLocalReq, type BeforeListTableServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../../access/roles.ts'
import { mailConfigured } from '../../email/settings.ts'
import { queueListPath, reviewerScope, usualListPath } from '../queue.ts'
import { isReviewedSlug, reviewedCollections } from '../states.ts'

const box: React.CSSProperties = {
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) / 2) var(--base)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
}

/** Whether the list is filtered to 待审核, however the address spells it. */
function filteredToSubmitted(searchParams: BeforeListTableServerProps['searchParams']): boolean {
  const flat = searchParams?.['where[review][equals]']
  const nested = (searchParams as { where?: { review?: { equals?: unknown } } } | undefined)?.where?.review?.equals
  return flat === 'submitted' || nested === 'submitted'
}

/**
 * Above each reviewed collection's list: for publishers, how many documents of their workspaces
 * wait for review, with a link to the 待审核 list view (oldest submission first, who, when,
 * 比较版本); in that view, what it shows, whether mail goes out, and the way back to the usual list.
 */
export async function ReviewListBanner({ collectionConfig, payload, searchParams, user }: BeforeListTableServerProps) {
  const slug = collectionConfig.slug
  if (!user || !isReviewedSlug(slug)) return null
  const admin = payload.config.routes.admin
  const label = reviewedCollections[slug]
  const filtered = filteredToSubmitted(searchParams)
  const publisher = hasRole(user, 'admin', 'publisher')
  const hasWorkspace = collectionConfig.fields.some((f) => 'name' in f && f.name === 'workspace')
  const queuePath = `${admin}${queueListPath(slug, collectionConfig.admin.useAsTitle ?? 'id', hasWorkspace)}`

  if (!filtered) {
    if (!publisher) return null
    const scope = await reviewerScope(slug, await createLocalReq({ user }, payload))
    if (scope === false) return null
    const { totalDocs } = await payload.find({
      collection: slug,
      where: { and: [{ review: { equals: 'submitted' } }, ...(scope ? [scope] : [])] },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    if (totalDocs === 0) return null
    return (
      <p style={box} data-review-list-link>
        有 {totalDocs} 份{label}等待审核：<a href={queuePath}>查看待审核{label}</a>（先提交的在前）
      </p>
    )
  }

  const usual = usualListPath(slug, collectionConfig.admin.defaultColumns ?? [], typeof collectionConfig.defaultSort === 'string' ? collectionConfig.defaultSort : undefined)
  return (
    <div style={box} data-review-list-banner>
      <strong>待审核的{label}</strong>：先提交的在前，列出提交人、提交时间；点「比较版本」看与已发布版本相比改了什么{publisher ? '，打开后发布或退回修改' : ''}。
      {publisher && !mailConfigured() ? (
        <span data-no-mail style={{ display: 'block', color: 'var(--theme-warning-600)' }}>
          本系统未配置发信（没有设置 SMTP_URL）：有人提交审核时不会发邮件通知，请经常查看这个列表。
        </span>
      ) : null}
      <a href={`${admin}${usual}`} style={{ display: 'block', marginTop: 4 }} data-review-list-back>
        显示全部{label}（恢复常用的列和排序）
      </a>
    </div>
  )
}
