/**
 * `/preview/…` on the CMS: forwarded to the draft preview server (the site's pages rendered on
 * request, site/preview/), so the preview lives on the CMS's own address. The admin's sign-in
 * cookie therefore reaches it, files under /api/media/ load from the same origin, and the
 * admin's live preview may frame it. The CMS does not render anything here itself and imports
 * no site code: it only passes the request on (GET and HEAD) and the answer back.
 */
import { previewHeaders } from '../security-headers.mjs'

const forwardedRequestHeaders = ['cookie', 'authorization', 'accept', 'accept-language', 'if-none-match']
const returnedHeaders = ['content-type', 'content-length', 'location', 'etag', 'last-modified']

/** Where the preview server listens (`npm start` sets it); unset, the preview says it is off. */
export function previewServerUrl(): string | undefined {
  return process.env.PREVIEW_INTERNAL_URL?.trim().replace(/\/+$/, '') || undefined
}

function page(status: number, title: string, text: string, extra: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', ...extra })
  for (const { key, value } of previewHeaders) headers.set(key, value)
  return new Response(html, { status, headers })
}

export async function forwardPreview(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return page(405, '不支持的请求', '草稿预览只能查看。', { allow: 'GET, HEAD' })
  }
  const target = previewServerUrl()
  if (!target) return page(503, '草稿预览未启动', '预览服务没有运行（由 npm start 启动）。请联系管理员。')
  const url = new URL(request.url)
  const headers = new Headers()
  for (const name of forwardedRequestHeaders) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  let upstream: Response
  try {
    upstream = await fetch(`${target}${pagePath(url.pathname)}${url.search}`, { method: request.method, headers, redirect: 'manual' })
  } catch {
    return page(502, '草稿预览暂时无法打开', '预览服务没有响应，请稍后再试。')
  }
  const out = new Headers()
  for (const name of returnedHeaders) {
    const value = upstream.headers.get(name)
    if (value) out.set(name, value)
  }
  for (const { key, value } of previewHeaders) out.set(key, value)
  return new Response(request.method === 'HEAD' ? null : upstream.body, { status: upstream.status, headers: out })
}

/**
 * Next strips a page address's trailing slash (308) and the preview's pages end with one, so an
 * address is passed on as the page it names (`/preview/topics/16` → `/preview/topics/16/`);
 * otherwise the two redirects would send the browser back and forth. Files keep their names.
 */
export function pagePath(pathname: string): string {
  const last = pathname.split('/').pop() ?? ''
  return pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`
}
