import type { RequiredDataFromCollectionSlug } from 'payload'
import type { Faq, FormTable, Notice, Provider, Topic } from '../../content/schema.ts'
import type { Faq as FaqDocument, Notice as NoticeDocument } from '../payload-types.ts'

/**
 * How a corpus record (content/schema.ts) becomes the data of a CMS document (payload-types.ts).
 * The one mapping: the seed, the benchmark's generated corpora and the tests' sample documents
 * all go through it. Whether the document is published is the caller's choice. `Ref` turns a
 * slug into the id of the document it names.
 */
export type Ref = (slug: string) => number | undefined

export type RichText = NonNullable<NoticeDocument['body']>
export type ProviderData = RequiredDataFromCollectionSlug<'providers'>
export type NoticeData = RequiredDataFromCollectionSlug<'notices'>
export type NoticeLinks = Pick<NoticeData, 'statusBy' | 'relations'>
export type TopicData = RequiredDataFromCollectionSlug<'topics'>
export type FaqData = RequiredDataFromCollectionSlug<'faqs'>
export type FormData = RequiredDataFromCollectionSlug<'forms'>

export const providerData = (p: Provider): ProviderData => ({
  name: p.name,
  slug: p.slug,
  variants: p.variants,
  website: p.website,
  websiteAsPrinted: p.websiteAsPrinted,
  hotlines: p.hotlines,
})

/** Without relations: those are set once every notice has an id (see `noticeLinks`). */
export const noticeData = (n: Notice, body: RichText | undefined): NoticeData => ({
  docNumber: n.docNumber,
  title: n.title,
  titleSupplied: n.titleSupplied,
  slug: n.slug,
  issuer: n.issuer,
  coIssuers: n.coIssuers,
  level: n.level,
  dateIssued: n.dateIssued,
  datePublished: n.datePublished,
  year: n.year,
  effectiveDate: n.effectiveDate,
  effectiveNote: n.effectiveNote,
  subjects: n.subjects,
  indexNumber: n.indexNumber,
  recipients: n.recipients,
  body,
  fullText: n.fullText,
  attachments: n.attachments.map((a) => ({ title: a.title, note: a.note, link: a.link })),
  contact: n.contact,
  status: n.status,
  statusDate: n.statusDate,
  source: n.source,
})

export const noticeLinks = (n: Notice, notice: Ref): NoticeLinks => ({
  statusBy: n.statusBy ? notice(n.statusBy) : undefined,
  relations: n.relations.map((r) => ({ kind: r.kind, target: notice(r.target)!, note: r.note })),
})

export const topicData = (t: Topic, refs: { notice: Ref; provider: Ref }): TopicData => ({
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
})

export const faqData = (f: Faq, answer: FaqDocument['answer'], notice: Ref): FaqData => ({
  question: f.question,
  slug: f.slug,
  answer,
  category: f.category,
  order: f.order,
  sourceNotice: notice(f.sourceNotice),
  years: f.years,
  ordinal: f.ordinal,
})

export const formData = (form: FormTable, notice: Ref): FormData => ({
  title: form.title,
  slug: form.slug,
  sourceNotice: notice(form.sourceNotice)!,
  columns: form.columns,
  rows: form.rows.map((cells) => ({ cells })),
  notes: form.notes.join('\n'),
})
