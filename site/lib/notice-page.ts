/**
 * Everything a notice's page shows, prepared from the site's data: the public page and the
 * draft preview both call this, so a draft is shown exactly as it will be published.
 */
import { issuersText, noticePageTitle } from '../../components/lib/format.ts'
import { excerpt } from '../../components/lib/richtext.ts'
import { noticeAttachments } from './attachments.ts'
import { richTextLinks, type RichTextLinkOptions } from './richtext-links.ts'
import type { NoticeData } from './schemas.ts'
import type { SiteData } from './site-index.ts'

export function noticePage(notice: NoticeData, site: SiteData, options: RichTextLinkOptions = {}) {
  const by = notice.statusBy === undefined ? undefined : site.noticeById.get(notice.statusBy)
  return {
    title: noticePageTitle(notice),
    description: `${notice.docNumber ? `${notice.docNumber}，` : ''}${issuersText(notice)}。${excerpt(notice.body, 80)}`,
    article: {
      notice,
      by,
      links: site.links.get(notice.id) ?? { outgoing: [], incoming: [] },
      forms: site.formsByNotice.get(notice.id) ?? [],
      attachments: noticeAttachments(notice.attachments, site.mediaById, options),
      refs: richTextLinks(site, options),
    },
  }
}
