import type { Faq, FormTable, Notice, Provider, Topic } from '../../content/schema.ts'

/**
 * How a corpus record becomes the data of a published CMS document. Shared by the seed and by
 * the benchmark that adds generated documents, so both write documents the same way. `ref`
 * turns a slug into the id of the document it names.
 */
export type Ref = (slug: string) => number | undefined

export const providerData = (p: Provider) => ({
  name: p.name,
  slug: p.slug,
  variants: p.variants,
  website: p.website,
  websiteAsPrinted: p.websiteAsPrinted,
  hotlines: p.hotlines,
  _status: 'published' as const,
})

/** Without relations: those are set once every notice has an id (see `noticeLinks`). */
export const noticeData = (n: Notice, body: unknown) => ({
  docNumber: n.docNumber,
  title: n.title,
  titleSupplied: n.titleSupplied,
  slug: n.slug,
  issuer: n.issuer,
  level: n.level,
  dateIssued: n.dateIssued,
  year: n.year,
  recipients: n.recipients,
  body: body as never,
  fullText: n.fullText,
  attachments: n.attachments.map((a) => ({ title: a.title, note: a.note })),
  contact: n.contact,
  status: n.status,
  statusDate: n.statusDate,
  source: n.source,
  _status: 'published' as const,
})

export const noticeLinks = (n: Notice, notice: Ref) => ({
  statusBy: n.statusBy ? notice(n.statusBy) : undefined,
  relations: n.relations.map((r) => ({ kind: r.kind, target: notice(r.target)!, note: r.note })),
  _status: 'published' as const,
})

export const topicData = (t: Topic, refs: { notice: Ref; provider: Ref }) => ({
  year: t.year,
  title: t.title,
  slug: t.slug,
  provider: t.provider ? refs.provider(t.provider) : undefined,
  learningUrl: t.learningUrl,
  learningUrlAsPrinted: t.learningUrlAsPrinted,
  hotlines: t.hotlines,
  hours: t.hours,
  contractStart: t.contractStart,
  contractEnd: t.contractEnd,
  studyDeadline: t.studyDeadline,
  sourceNotice: refs.notice(t.sourceNotice),
  _status: 'published' as const,
})

export const faqData = (f: Faq, answer: unknown, notice: Ref) => ({
  question: f.question,
  slug: f.slug,
  answer: answer as never,
  category: f.category,
  order: f.order,
  sourceNotice: notice(f.sourceNotice),
  years: f.years,
  ordinal: f.ordinal,
  _status: 'published' as const,
})

export const formData = (form: FormTable, notice: Ref) => ({
  title: form.title,
  slug: form.slug,
  sourceNotice: notice(form.sourceNotice)!,
  columns: form.columns,
  rows: form.rows.map((cells) => ({ cells })),
  notes: form.notes.join('\n'),
  _status: 'published' as const,
})
