import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../../access/roles.ts'
import { isProvinceStaff } from '../../access/workspaces.ts'
import { planNewYear } from '../../collections/Topics/endpoints/new-year.ts'
import { onlyActionable } from '../../workspaces/may-act-on.ts'

const drafts = [
  { slug: 'notices', label: '通知' },
  { slug: 'topics', label: '公需科目专题' },
  { slug: 'providers', label: '培训单位' },
  { slug: 'faqs', label: '常见问题' },
  { slug: 'forms', label: '表格' },
] as const

const when = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' })

/** The dashboard's first block: what to do, by role, and what is waiting (drafts, scheduled publishes). */
export async function EditorGuide({ payload, user }: ServerProps) {
  // Counted as the user: only drafts of their own workspaces (cms/workspaces/).
  const counts = await Promise.all(
    drafts.map(async (c) => ({
      ...c,
      count: (await payload.count({ collection: c.slug, where: { _status: { equals: 'draft' } }, overrideAccess: false, user })).totalDocs,
    })),
  )
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const { docs: allScheduled } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'waitUntil',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  const scheduled = await onlyActionable(req, allScheduled, (job) => {
    const doc = (job.input as { doc?: { relationTo?: string; value?: number | string } } | null)?.doc
    return { collection: String(doc?.relationTo ?? ''), id: doc?.value }
  })
  const publisher = hasRole(user, 'admin', 'publisher')
  // Topics belong to the province's workspace: only its staff draft a new year.
  const plan = (await isProvinceStaff(req)) ? await planNewYear(req) : undefined

  return (
    <section style={{ marginBottom: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 style={{ marginTop: 0 }}>编辑指南</h2>
      <ol>
        <li>起草：在「通知」「公需科目专题」等栏目新建或修改，编辑时每 10 秒自动保存草稿，公众看不到草稿。</li>
        <li>预览：草稿右上角「预览」打开网站上的预览页，核对后在右侧「审核状态」点「提交审核」，审核发布人员会收到邮件。</li>
        <li>审核发布：审核发布人员在下面的「待审核」列表打开文档，点「比较版本」看改了什么，然后点「发布」，或在「发布」旁的菜单里选「定时发布」，到时自动上线（无需有人在线）；需要修改时点「退回修改」并写明意见，起草人员会收到邮件。</li>
        <li>历史版本：每份文档的「版本」页可以比较和恢复以前的版本；起草人员请选「恢复为草稿」。</li>
        {plan ? (
          <li>
            新年度专题：在「公需科目专题」列表上方点「生成{plan.year}年度专题草稿」
            {plan.fromYear === undefined
              ? '（目前还没有填写了培训单位的专题，请直接新建）'
              : `，系统按 ${plan.fromYear} 年度的 ${plan.providers} 个培训单位建好草稿`}
            ，补全标题和合同期后提交审核即可。起草和审核发布人员都可以使用。
          </li>
        ) : null}
        <li>删除：被其他通知、专题、问题或表格引用的通知不能删除，系统会列出引用它的内容。</li>
      </ol>
      <p>
        你的角色：<strong>{hasRole(user, 'admin') ? '管理员' : publisher ? '审核发布' : '起草'}</strong>
        {publisher ? '——可以发布、撤回、定时发布和删除。' : '——可以新建和修改草稿，发布由审核发布人员完成。'}
      </p>
      <h3>草稿</h3>
      <ul>
        {counts.map((c) => (
          <li key={c.slug}>
            <a href={`/admin/collections/${c.slug}?where[_status][equals]=draft`}>
              {c.label}：{c.count} 份
            </a>
          </li>
        ))}
      </ul>
      <h3>定时发布</h3>
      {scheduled.length === 0 ? (
        <p>暂无。</p>
      ) : (
        <ul>
          {scheduled.map((job) => {
            const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: string } }
            return (
              <li key={String(job.id)}>
                {job.waitUntil ? when.format(new Date(job.waitUntil)) : '—'} · {input.type === 'unpublish' ? '撤回' : '发布'} · 
                {input.doc ? <a href={`/admin/collections/${input.doc.relationTo}/${input.doc.value}`}>{drafts.find((d) => d.slug === input.doc?.relationTo)?.label ?? input.doc.relationTo} #{input.doc.value}</a> : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
