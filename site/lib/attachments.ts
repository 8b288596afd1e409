/**
 * A notice's attachments as the page shows them: each with the file the site holds, if any, and
 * images at their CMS address so the build can fetch and resize them.
 */
import type { Attachment } from '../../components/lib/types.ts'
import { cmsBaseUrl } from './cms-loader.ts'
import type { MediaData, NoticeData } from './schemas.ts'

export function noticeAttachments(
  attachments: ReadonlyArray<Omit<NoticeData['attachments'][number], 'link'> & { link?: string }>,
  mediaById: ReadonlyMap<MediaData['id'], MediaData>,
  options: { mediaBase?: string; direct?: boolean } | string = {},
): Attachment[] {
  const { mediaBase = `${typeof options === 'string' ? options : cmsBaseUrl()}/api/media/file/`, direct = false } =
    typeof options === 'string' ? {} : options
  return attachments.map(({ title, note, file, link }) => {
    const media = file === undefined ? undefined : mediaById.get(file)
    if (!media?.filename) return { title, note, link }
    const { filename, mimeType, filesize, width, height } = media
    const image =
      mimeType?.startsWith('image/') && width && height
        ? { src: `${mediaBase}${encodeURIComponent(filename)}`, width, height, alt: media.alt ?? title, ...(direct ? { direct } : {}) }
        : undefined
    return { title, note, link, file: { filename, mimeType, filesize, image } }
  })
}
