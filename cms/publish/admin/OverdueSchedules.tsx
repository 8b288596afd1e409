import type { UIFieldServerProps } from 'payload'
import React from 'react'
import { onlyActionable } from '../../workspaces/may-act-on.ts'
import { overdueSchedules } from '../overdue.ts'

const when = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' })

/** On 网站发布状态: scheduled publishes whose time has passed but which have not happened. */
export async function OverdueSchedules({ payload, req }: UIFieldServerProps) {
  // Only those the signed-in user may act on (their own workspaces).
  const overdue = await onlyActionable(req, await overdueSchedules(payload), (job) => ({ collection: job.collection, id: job.docId }))
  return (
    <section style={{ marginBottom: '1.5rem' }}>
      <h3>过期未执行的定时发布</h3>
      {overdue.length === 0 ? (
        <p>无：所有定时发布都已按时执行。</p>
      ) : (
        <>
          <p role="alert">
            以下定时发布已过计划时间仍未执行（后台任务没有运行，或执行失败）。请检查服务器，或在文档中直接发布。
          </p>
          <ul>
            {overdue.map((job) => (
              <li key={String(job.id)}>
                计划 {when.format(new Date(job.dueAt))} · {job.action} ·{' '}
                <a href={`/admin/collections/${job.collection}/${job.docId}`}>
                  {job.collection} #{job.docId}
                </a>
                {job.error ? `（失败：${job.error}）` : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
