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
 * Writes a corpus into the database, everything published, and returns how many documents it
 * created. Documents are created in dependency order (workspaces, providers, notices, then what
 * points at notices); relations between notices are set in a second pass once every notice has an
 * id. A record whose slug is already in its collection is left as it is and referred to by that
 * document, so a larger corpus can be written over the seed (the benchmark's generated corpora).
 */
export async function seedCorpus(
  payload: Payload,
  corpus: Corpus,
  progress: SeedProgress = () => {},
  req?: PayloadRequest,
): Promise<number> {
  const toRichText = markdownConverter(payload.config)
  const base = { overrideAccess: true, context: seedContext, draft: false, req } as const
  const published = { _status: 'published' } as const
  const existing = async (collection: 'workspaces' | 'providers' | 'notices' | 'topics' | 'faqs' | 'forms') => {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, draft: true, req, select: { slug: true } })
    return new Map<string, number>(docs.map((d) => [d.slug, d.id]))
  }
  const workspaceIds = await existing('workspaces')
  const providerIds = await existing('providers')
  const noticeIds = await existing('notices')
  const fresh = <T extends { slug: string }>(records: T[], ids: Map<string, number>) => records.filter((r) => !ids.has(r.slug))
  const providers = fresh(corpus.providers, providerIds)
  const notices = fresh(corpus.notices, noticeIds)
  const topics = fresh(corpus.topics, await existing('topics'))
  const faqs = fresh(corpus.faqs, await existing('faqs'))
  const forms = fresh(corpus.forms, await existing('forms'))
  const total = providers.length + notices.length * 2 + topics.length + faqs.length + forms.length
  let done = 0
  const tick = (step: string) => progress(step, ++done, total)

  // Workspaces first: every notice, FAQ and form belongs to one. A notice goes to the body that
  // lists its 发文机关, FAQs and forms to the body of the notice they come from.
  for (const w of fresh(corpus.workspaces ?? [], workspaceIds)) {
    const doc = await payload.create({ ...base, collection: 'workspaces', data: workspaceData(w) })
    workspaceIds.set(w.slug, doc.id)
  }
  const province = corpus.workspaces?.length ? undefined : await provinceWorkspaceId(req ?? (await createLocalReq({}, payload)))
  const workspaceOfIssuer = (issuer: string) =>
    province ?? workspaceIds.get(workspaceForIssuer(corpus.workspaces!, issuer).slug)!
  const noticeWorkspace = new Map<string, number>(corpus.notices.map((n) => [n.slug, workspaceOfIssuer(n.issuer)]))
  const workspaceOfNotice = (slug: string) => noticeWorkspace.get(slug) ?? workspaceOfIssuer('')

  for (const p of providers) {
    const doc = await payload.create({ ...base, collection: 'providers', data: { ...providerData(p), ...published } })
    providerIds.set(p.slug, doc.id)
    tick('培训单位')
  }

  for (const n of notices) {
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

  for (const n of notices) {
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
  for (const t of topics) {
    await payload.create({ ...base, collection: 'topics', data: { ...topicData(t, { notice: noticeId, provider: providerId }), ...published } })
    tick('公需科目专题')
  }

  for (const f of faqs) {
    await payload.create({ ...base, collection: 'faqs', data: { ...faqData(f, await toRichText(f.answer), noticeId), workspace: workspaceOfNotice(f.sourceNotice), ...published } })
    tick('常见问题')
  }

  for (const form of forms) {
    await payload.create({ ...base, collection: 'forms', data: { ...formData(form, noticeId), workspace: workspaceOfNotice(form.sourceNotice), ...published } })
    tick('表格')
  }
  return providers.length + notices.length + topics.length + faqs.length + forms.length
}
