import type { APIRoute } from 'astro'
import { cmsBaseUrl } from '../../lib/cms-loader.ts'
import type { MediaData } from '../../lib/schemas.ts'
import { siteData } from '../../lib/site-data.ts'

/** Attachments held in the CMS, copied into the site at build time so downloads are static. */
export async function getStaticPaths() {
  const { mediaById } = await siteData()
  return [...mediaById.values()]
    .filter((m) => m.filename)
    .map((media) => ({ params: { filename: media.filename }, props: { media } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { media } = props as { media: MediaData }
  const url = `${cmsBaseUrl()}/api/media/file/${encodeURIComponent(media.filename ?? '')}`
  const response = await fetch(url)
  if (!response.ok) throw new Error(`无法下载附件 ${media.filename}：HTTP ${response.status}（${url}）`)
  return new Response(await response.arrayBuffer(), {
    headers: { 'content-type': media.mimeType ?? 'application/octet-stream' },
  })
}
