import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../../access/roles.ts'
import { mailConfigured } from '../../email/settings.ts'
import { queueListPath, reviewQueue, type QueueItem } from '../queue.ts'
import { chinaTime } from '../time.ts'

const box: React.CSSProperties = { marginBottom: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }

const who = (item: QueueItem) => item.submittedBy?.name || item.submittedBy?.email || '—'

/** One link per collection with waiting documents, to its 待审核 list view. */
function listLinks(payload: ServerProps['payload'], items: QueueItem[]) {
  const counts = new Map<QueueItem['collection'], { label: string; count: number }>()
  for (const item of items) counts.set(item.collection, { label: item.collectionLabel, count: (counts.get(item.collection)?.count ?? 0) + 1 })
  return [...counts].map(([slug, { label, count }]) => {
    const config = payload.collections[slug].config
    const hasWorkspace = config.fields.some((f) => 'name' in f && f.name === 'workspace')
    return { href: `${payload.config.routes.admin}${queueListPath(slug, config.admin.useAsTitle ?? 'id', hasWorkspace)}`, text: `${label}（${count}）` }
  })
}

/**
 * The dashboard's 待审核 queue: for publishers every submitted document of their workspaces, oldest first, with who
 * submitted it, when, and Payload's versions view to compare it with what is published; for
 * editors what was returned to them. Says so when no mail goes out.
 */
export async function ReviewQueue({ payload, user }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  const publisher = hasRole(user, 'admin', 'publisher')
  // As the reader: a publisher's queue holds their own workspaces' submissions only.
  const req = await createLocalReq({ user }, payload)
  const items = publisher
    ? await reviewQueue(payload, { req, state: 'submitted' })
    : await reviewQueue(payload, { req, state: 'returned', submittedBy: user.id })

  return (
    <section style={box} data-review-queue>
      <h2 style={{ marginTop: 0 }}>{publisher ? `待审核（${items.length}）` : `退回给我的（${items.length}）`}</h2>
      {mailConfigured() ? null : (
        <p data-no-mail style={{ color: 'var(--theme-warning-600)' }}>
          本系统未配置发信（没有设置 SMTP_URL）：提交审核、退回和发布都不会发邮件通知，请经常查看这个列表。
        </p>
      )}
      {items.length === 0 ? (
        <p>{publisher ? '没有等待审核的内容。' : '没有退回的内容。'}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>内容</th>
              <th style={{ textAlign: 'left' }}>提交人</th>
              <th style={{ textAlign: 'left' }}>提交时间</th>
              <th style={{ textAlign: 'left' }}>修改了什么</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`} data-queue-item={`${item.collection}/${item.id}`}>
                <td>
                  {item.collectionLabel}：<a href={`${admin}${item.editPath}`}>{item.title}</a>
                </td>
                <td>{who(item)}</td>
                <td>{item.submittedAt ? chinaTime(item.submittedAt) : '—'}</td>
                <td>
                  <a href={`${admin}${item.comparePath}`}>比较版本</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {publisher && items.length > 0 ? (
        <p style={{ marginBottom: 0 }} data-review-list-links>
          在列表中查看：
          {listLinks(payload, items).map((link, i) => (
            <React.Fragment key={link.href}>
              {i > 0 ? '　' : null}
              <a href={link.href}>{link.text}</a>
            </React.Fragment>
          ))}
        </p>
      ) : null}
    </section>
  )
}
