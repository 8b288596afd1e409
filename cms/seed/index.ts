import type { Payload, PayloadRequest } from 'payload'
import type { Corpus } from '../../content/schema.ts'
import { markdownConverter } from './markdown.ts'

/** Seeds skip the publish-to-live rebuild: the start script builds once at the end. */
export const seedContext = { disableRebuild: true, seeding: true }

/** Fields the corpus schema gained later; read loosely so older corpus files still seed. */
function optional<T>(record: object, key: string): T | undefined {
  return (record as Record<string, T | undefined>)[key]
}

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

  const providerIds = new Map<string, number>()
  for (const p of corpus.providers) {
    const doc = await payload.create({
      ...base,
      collection: 'providers',
      data: {
        name: p.name,
        slug: p.slug,
        variants: p.variants,
        website: p.website,
        websiteAsPrinted: optional(p, 'websiteAsPrinted'),
        hotlines: p.hotlines,
        _status: 'published',
      },
    })
    providerIds.set(p.slug, doc.id)
    tick('培训单位')
  }

  const noticeIds = new Map<string, number>()
  for (const n of corpus.notices) {
    const doc = await payload.create({
      ...base,
      collection: 'notices',
      data: {
        docNumber: n.docNumber,
        title: n.title,
        titleSupplied: optional(n, 'titleSupplied'),
        slug: n.slug,
        issuer: n.issuer,
        level: n.level,
        dateIssued: n.dateIssued,
        year: n.year,
        recipients: n.recipients,
        body: n.body.trim() ? await toRichText(n.body) : undefined,
        fullText: n.fullText,
        attachments: n.attachments.map((a) => ({ title: a.title, note: a.note })),
        contact: n.contact,
        status: n.status,
        statusDate: n.statusDate,
        source: n.source,
        _status: 'published',
      },
    })
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
        data: {
          statusBy: n.statusBy ? noticeId(n.statusBy) : undefined,
          relations: n.relations.map((r) => ({ kind: r.kind, target: noticeId(r.target), note: r.note })),
          _status: 'published',
        },
      })
    }
    tick('文件关系')
  }

  for (const t of corpus.topics) {
    await payload.create({
      ...base,
      collection: 'topics',
      data: {
        year: t.year,
        title: t.title,
        slug: t.slug,
        provider: t.provider ? providerIds.get(t.provider) : undefined,
        learningUrl: t.learningUrl,
        learningUrlAsPrinted: optional(t, 'learningUrlAsPrinted'),
        hotlines: t.hotlines,
        hours: t.hours,
        contractStart: t.contractStart,
        contractEnd: t.contractEnd,
        studyDeadline: t.studyDeadline,
        sourceNotice: noticeId(t.sourceNotice),
        _status: 'published',
      },
    })
    tick('公需科目专题')
  }

  for (const f of corpus.faqs) {
    await payload.create({
      ...base,
      collection: 'faqs',
      data: {
        question: f.question,
        slug: f.slug,
        answer: await toRichText(f.answer),
        category: f.category,
        order: f.order,
        sourceNotice: noticeId(f.sourceNotice),
        years: f.years,
        ordinal: optional(f, 'ordinal'),
        _status: 'published',
      },
    })
    tick('常见问题')
  }

  for (const form of corpus.forms) {
    await payload.create({
      ...base,
      collection: 'forms',
      data: {
        title: form.title,
        slug: form.slug,
        sourceNotice: noticeId(form.sourceNotice),
        columns: form.columns,
        rows: form.rows.map((cells) => ({ cells })),
        notes: form.notes.join('\n'),
        _status: 'published',
      },
    })
    tick('表格')
  }
}
