/** What an FAQ's own page shows; the public page and the draft preview both call this. */
import { excerpt } from '../../components/lib/richtext.ts'
import { richTextLinks, type RichTextLinkOptions } from './richtext-links.ts'
import type { FaqData } from './schemas.ts'
import type { SiteData } from './site-index.ts'

export function faqPage(faq: FaqData, site: SiteData, options: RichTextLinkOptions = {}) {
  return {
    title: faq.question,
    description: excerpt(faq.answer, 100),
    article: {
      faq,
      source: faq.sourceNotice === undefined ? undefined : site.noticeById.get(faq.sourceNotice),
      refs: richTextLinks(site, options),
    },
  }
}
