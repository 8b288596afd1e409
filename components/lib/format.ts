/** How dates and notices are written on the site's pages. */
import { zhDate } from '../../rules/messages/format.ts'
import { issuerNotStated } from '../../content/vocabulary.ts'

/** A notice's short name: its 文号 when it has one, else its title. */
export function noticeName(notice: { docNumber?: string; title: string }): string {
  return notice.docNumber ?? notice.title
}

/** `2025-06-13` → `2025年6月13日` */
export function formatDate(day: string | undefined): string {
  return day ? zhDate(day) : ''
}

interface Nameable {
  docNumber?: string
  title: string
  titleSupplied?: boolean
}

/**
 * How a notice is cited in running text, each part once: `文号《标题》`, or `《标题》` without a
 * 文号. A title the site supplied (the scan lost the printed one) is not put in 《》, which would
 * present it as the document's own title.
 */
export function noticeCitation(notice: Nameable): string {
  const title = notice.titleSupplied ? notice.title : `《${notice.title}》`
  return notice.docNumber ? `${notice.docNumber}${title}` : title
}

/** A notice page's `<title>`: the title, then the 文号 in brackets when there is one. */
export function noticePageTitle(notice: Nameable): string {
  return notice.docNumber ? `${notice.title}（${notice.docNumber}）` : notice.title
}

/** Every issuer the notice names, the lead one first (joint notices have several); none when not stated. */
export function issuersOf(notice: { issuer: string; coIssuers?: readonly string[] }): string[] {
  return [notice.issuer, ...(notice.coIssuers ?? [])].filter((i) => i !== issuerNotStated)
}

/** The issuers as one line of text: 省委办公厅、省政府办公厅, or 发文机关原文未载明. */
export function issuersText(notice: { issuer: string; coIssuers?: readonly string[] }): string {
  return issuersOf(notice).join('、') || `发文机关${issuerNotStated}`
}
