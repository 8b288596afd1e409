/**
 * What rich text refers to, resolved against the site's own content: an internal link goes to
 * the page of the document it names (when the site has that page), an uploaded image is shown
 * when the site holds the file (the public build reads only public media).
 */
import { paths } from '../../components/lib/paths.ts'
import type { ImageSource, RichTextLinks } from '../../components/lib/types.ts'
import { cmsBaseUrl } from './cms-loader.ts'
import type { SiteData } from './site-index.ts'

type Id = string | number

export interface RichTextLinkOptions {
  /** where files are fetched from: the CMS (the build resizes them) or, with `direct`, the preview's origin */
  mediaBase?: string
  /** images shown from that address as they are (the draft preview) */
  direct?: boolean
}

const built = new WeakMap<SiteData, RichTextLinks>()

/** The resolvers for a site; the build's (default options) are made once per site, not per page. */
export function richTextLinks(site: SiteData, options: RichTextLinkOptions = {}): RichTextLinks {
  if (options.mediaBase !== undefined || options.direct) return makeLinks(site, options)
  let links = built.get(site)
  if (!links) built.set(site, (links = makeLinks(site, options)))
  return links
}

function makeLinks(site: SiteData, options: RichTextLinkOptions): RichTextLinks {
  const topics = new Map<Id, SiteData['topics'][number]>(site.topics.map((t) => [t.id, t]))
  const faqs = new Map<Id, SiteData['faqs'][number]>(site.faqs.map((f) => [f.id, f]))
  const providers = site.providerById as ReadonlyMap<Id, SiteData['providers'][number]>
  const notices = site.noticeById as ReadonlyMap<Id, SiteData['notices'][number]>
  const page = (relationTo: string, id: Id): string | undefined => {
    switch (relationTo) {
      case 'notices': {
        const notice = notices.get(id)
        return notice && paths.notice(notice.slug)
      }
      case 'topics': {
        const topic = topics.get(id)
        return topic && paths.topic(topic.year, topic.slug)
      }
      case 'faqs': {
        const faq = faqs.get(id)
        return faq && paths.faq(faq.slug)
      }
      case 'providers': {
        const provider = providers.get(id)
        return provider && paths.provider(provider.slug)
      }
      default:
        return undefined
    }
  }
  const base = options.mediaBase ?? `${cmsBaseUrl()}/api/media/file/`
  const images = new Map<Id, ImageSource>()
  for (const media of site.mediaById.values()) {
    if (!media.filename || !media.mimeType?.startsWith('image/') || !media.width || !media.height) continue
    images.set(media.id, {
      src: `${base}${encodeURIComponent(media.filename)}`,
      width: media.width,
      height: media.height,
      alt: media.alt ?? '',
      ...(options.direct ? { direct: true } : {}),
    })
  }
  return { page, images }
}
