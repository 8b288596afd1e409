import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Corpus } from '../../content/schema.ts'
import { markdownConverter } from './markdown.ts'
import { workspaceForIssuer } from '../../content/workspaces.ts'
import { provinceWorkspaceId, workspaceData } from '../workspaces/province.ts'
import { faqData, formData, noticeData, noticeLinks, providerData, topicData } from './records.ts'

/** Seeds skip the publish-to-live rebuild: the start script builds once at the end. */
export const seedContext = { disableRebuild: true, seeding: true }

export interface SeedProgress {
  (step: string, done: number, total: number): void
}

/**
 * Writes the starting corpus into an empty database, everything published. Documents are created
 * in dependency order (providers, notices, then what points at notices); relations between
 * notices are set in a second pass once every notice has an id.
 */
export async function seedCorpus(
  payload: Payload,
  corpus: Corpus,
  progress: SeedProgress = () => {},
  req?: PayloadRequest,
): Promise<void> {
  const toRichText = markdownConverter(payload.config)
  const total =
    corpus.providers.length + corpus.notices.length * 2 + corpus.topics.length + corpus.faqs.length + corpus.forms.length
  let done = 0
  const tick = (step: string) => progress(step, ++done, total)
  const base = { overrideAccess: true, context: seedContext, draft: false, req } as const
  const published = { _status: 'published' } as const

  // Workspaces first: every notice, FAQ and form belongs to one. A notice goes to the body that
  // lists its 发文机关, FAQs and forms to the body of the notice they come from.
  const workspaceIds = new Map<string, number>()
  for (const w of corpus.workspaces ?? []) {
    const doc = await payload.create({ ...base, collection: 'workspaces', data: workspaceData(w) })
    workspaceIds.set(w.slug, doc.id)
  }
  const province = corpus.workspaces?.length ? undefined : await provinceWorkspaceId(req ?? (await createLocalReq({}, payload)))
  const workspaceOfIssuer = (issuer: string) =>
    province ?? workspaceIds.get(workspaceForIssuer(corpus.workspaces!, issuer).slug)!
  const noticeWorkspace = new Map<string, number>(corpus.notices.map((n) => [n.slug, workspaceOfIssuer(n.issuer)]))
  const workspaceOfNotice = (slug: string) => noticeWorkspace.get(slug) ?? workspaceOfIssuer('')

  const providerIds = new Map<string, number>()
  for (const p of corpus.providers) {
    const doc = await payload.create({ ...base, collection: 'providers', data: { ...providerData(p), ...published } })
    providerIds.set(p.slug, doc.id)
    tick('培训单位')
  }

  const noticeIds = new Map<string, number>()
  for (const n of corpus.notices) {
    const body = n.body.trim() ? await toRichText(n.body) : undefined
    const doc = await payload.create({ ...base, collection: 'notices', data: { ...noticeData(n, body), workspace: noticeWorkspace.get(n.slug), ...published } })
    noticeIds.set(n.slug, doc.id)
    tick('通知')
  }

  const noticeId = (slug: string) => {
    const id = noticeIds.get(slug)
    if (id === undefined) throw new Error(`种子数据引用了不存在的通知：${slug}`)
    return id
  }

  for (const n of corpus.notices) {
    if (n.relations.length || n.statusBy) {
      await payload.update({
        ...base,
        collection: 'notices',
        id: noticeId(n.slug),
        data: { ...noticeLinks(n, noticeId), ...published },
      })
    }
    tick('文件关系')
  }

  const providerId = (slug: string) => providerIds.get(slug)
  for (const t of corpus.topics) {
    await payload.create({ ...base, collection: 'topics', data: { ...topicData(t, { notice: noticeId, provider: providerId }), ...published } })
    tick('公需科目专题')
  }

  for (const f of corpus.faqs) {
    await payload.create({ ...base, collection: 'faqs', data: { ...faqData(f, await toRichText(f.answer), noticeId), workspace: workspaceOfNotice(f.sourceNotice), ...published } })
    tick('常见问题')
  }

  for (const form of corpus.forms) {
    await payload.create({ ...base, collection: 'forms', data: { ...formData(form, noticeId), workspace: workspaceOfNotice(form.sourceNotice), ...published } })
    tick('表格')
  }
}
