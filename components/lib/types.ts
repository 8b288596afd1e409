/**
 * What components are given. Each shape holds only the fields a component shows; the site's
 * records (`site/lib/schemas.ts`) have these fields and more, so pages pass them as they are.
 */
import type { NoticeLevel, NoticeStatus, NoticeSubject, RelationKind } from '../../content/vocabulary.ts'
import type { TopicWindowStatus } from '../../rules/topic-date.ts'

/** Enough of a notice to link to it by name. */
export interface NoticeRef {
  slug: string
  title: string
  docNumber?: string
  /** the scan lost the printed title; `title` is the site's description */
  titleSupplied?: boolean
}

/** A notice in a list or a filter. */
export interface NoticeSummary extends NoticeRef {
  issuer: string
  /** the other issuers of a joint notice */
  coIssuers?: readonly string[]
  level: NoticeLevel
  year: number
  dateIssued?: string
  status: NoticeStatus
  subjects?: readonly NoticeSubject[]
  /** the slug of the body (机构) that published it, where the page supplies it */
  workspaceSlug?: string
}

/** The facts shown at the top of a notice's page (政府信息公开 table). */
export interface NoticeFacts extends NoticeSummary {
  recipients?: string
  statusDate?: string
  datePublished?: string
  effectiveDate?: string
  effectiveNote?: string
  indexNumber?: string
}

/** Everything a notice's own page shows of it. */
export interface NoticeDetail extends NoticeFacts {
  titleSupplied: boolean
  /** Lexical rich text */
  body?: unknown
  fullText: boolean
  contact: readonly string[]
}

export interface NoticeRelation {
  kind: RelationKind
  note?: string
  notice: NoticeRef
}

export interface NoticeRelations {
  /** what this notice implements, repeals or cites */
  outgoing: readonly NoticeRelation[]
  /** the notices that implement, repeal or cite this one */
  incoming: readonly NoticeRelation[]
}

/** An image the build fetches from the CMS and resizes. */
export interface ImageSource {
  src: string
  width: number
  height: number
  alt: string
  /** shown from its own address, not resized by the build (the draft preview, rendered on request) */
  direct?: boolean
}

/**
 * What rich text refers to, resolved by the page (components read no collections): the site's
 * URL of a linked document, and the images it may show (only files the public can have).
 */
export interface RichTextLinks {
  page: (relationTo: string, id: string | number) => string | undefined
  images: ReadonlyMap<string | number, ImageSource>
}

/** An attachment of a notice; `file` when the site holds the file itself. */
export interface Attachment {
  title: string
  note?: string
  /** where on this site the attachment's content is (a page or an anchor) */
  link?: string
  file?: {
    filename: string
    mimeType?: string
    filesize?: number
    /** set for images whose dimensions are known */
    image?: ImageSource
  }
}

export interface FaqEntry {
  slug: string
  question: string
  /** Lexical rich text */
  answer: unknown
  /** the question's number as printed in its source, e.g. 十五 */
  ordinal?: string
}

export interface FormTableData {
  title: string
  columns: readonly string[]
  rows: ReadonlyArray<readonly string[]>
  notes?: string
}

/** A topic's window on the build's day. */
export interface TopicState {
  status: TopicWindowStatus
  label: string
  /** the last day study counts, when known */
  lastDay?: string
  /** days from today until lastDay; negative once past */
  daysLeft?: number
}

/** One row of a topics table: the topic, its provider and where it stands. */
export interface TopicRow {
  topic: {
    year: number
    slug: string
    title: string
    learningUrl?: string
    learningUrlAsPrinted?: string
    hours: number
    contractStart?: string
    contractEnd?: string
    studyDeadline?: string
  }
  provider?: { slug: string; name: string }
  /** the topic's own hotlines, else its provider's */
  hotlines: readonly string[]
  state: TopicState
}

/** A link under a step of "what to do now". */
export interface StepLink {
  href: string
  label: string
}

/** One step of "what to do now" on the home page. */
export interface NextStep {
  text: string
  links: readonly StepLink[]
}

/** A public-subject study year as the home page states it on the build's day. */
export interface StudyYearView {
  year: number
  state: 'open' | 'closed' | 'unknown'
  /** the last day study counts, when the notices give it */
  closes?: string
  daysLeft?: number
  /** the year's topics on the site */
  topics: ReadonlyArray<{ year: number; slug: string; title: string }>
  /** whether any of them names a provider, address or hotline */
  providersNamed: boolean
  /** what the notice says about the deadline, and where */
  deadline?: { detail: string; citation: string; interpretation: boolean; href?: string }
}
