import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { adminUrl, documentPath } from './links.ts'
import { reviewersFor } from './recipients.ts'
import { isReviewedSlug, reviewedCollections, type ReviewAction } from './states.ts'
import { chinaTime } from './time.ts'

export interface ReviewStep {
  collection: SanitizedCollectionConfig
  doc: Record<string, unknown> & { id: number | string }
  action: ReviewAction
  actor?: number | string
  comment?: string
  submitter?: number | string
}

type Person = { id: number | string; email: string; name?: string | null }

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const nameOf = (person: Person | undefined) => (person ? (person.name ? `${person.name}（${person.email}）` : person.email) : '系统')

export function documentTitle(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const field = collection.admin?.useAsTitle ?? 'id'
  const title = doc[field]
  return typeof title === 'string' && title.trim() ? title.trim() : `#${doc.id}`
}

export function collectionLabel(slug: string): string {
  return isReviewedSlug(slug) ? reviewedCollections[slug] : slug
}

async function person(req: PayloadRequest, id: number | string | undefined): Promise<Person | undefined> {
  if (id === undefined || id === null) return undefined
  try {
    const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    return { id: user.id, email: user.email, name: user.name }
  } catch {
    return undefined
  }
}

/**
 * The mail each step sends, in Chinese, with a link to the document in the admin:
 * submitted → the publishers; returned (with the comment) and published → whoever submitted it.
 */
export async function sendReviewMail(req: PayloadRequest, step: ReviewStep): Promise<void> {
  const slug = step.collection.slug
  const what = `${collectionLabel(slug)}《${documentTitle(step.collection, step.doc)}》`
  const link = adminUrl(req, documentPath(slug, step.doc.id))
  const actor = await person(req, step.actor)
  const when = chinaTime(Date.now())

  let to: Person[]
  let subject: string
  let lines: string[]
  if (step.action === 'submitted') {
    to = (await reviewersFor(req, slug, step.doc)).filter((p) => p.id !== actor?.id)
    subject = `【待审核】${what}`
    lines = [`${nameOf(actor)} 于 ${when} 提交了${what}，请审核。`, '您可以在管理后台发布（立即或定时），或填写退回意见后退回修改。']
  } else {
    const submitter = await person(req, step.submitter)
    to = submitter && submitter.id !== actor?.id ? [submitter] : []
    if (step.action === 'returned') {
      subject = `【已退回】${what}`
      lines = [`${nameOf(actor)} 于 ${when} 退回了您提交的${what}。`, `退回意见：${step.comment ?? ''}`, '请按意见修改后再次「提交审核」。']
    } else {
      subject = `【已发布】${what}`
      lines = [`${nameOf(actor)} 于 ${when} 审核发布了您提交的${what}。`, '公众网站正在重建，约一分钟后可以看到。']
    }
  }
  if (to.length === 0) return

  const html = [
    ...lines.map((line) => `<p>${escape(line)}</p>`),
    `<p>在管理后台打开：<a href="${escape(link)}">${escape(link)}</a></p>`,
    '<p>安徽省专业技术人员继续教育 管理后台</p>',
  ].join('\n')
  const { defaultFromAddress, defaultFromName } = req.payload.email
  const from = `"${defaultFromName.replace(/"/g, '')}" <${defaultFromAddress}>`
  await Promise.all(to.map((p) => req.payload.sendEmail({ from, to: p.email, subject, html })))
}
