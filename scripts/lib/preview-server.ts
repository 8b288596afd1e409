/**
 * Serves the draft preview's build (site/preview/, Node adapter in middleware mode) on its own
 * port, for the CMS to forward `/preview/…` to (cms/server/preview-proxy.ts). GET and HEAD only;
 * every answer carries the preview's headers: the site's policy, framed only by the admin, never
 * cached. The handler asks the CMS at `cmsUrl` with the viewer's own credentials.
 */
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import sirv from 'sirv'
import { previewHeaders } from '../../cms/security-headers.mjs'
import { previewBuildDir, previewEntry } from '../../site/preview/build.ts'
import { securityHeaders } from './security-headers.ts'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next?: (error?: unknown) => void) => void

export interface PreviewServerOptions {
  /** the preview build (default .data/preview/) */
  outDir?: string
  /** where the preview reads drafts: the CMS's REST API */
  cmsUrl: string
}

export async function createPreviewServer(options: PreviewServerOptions): Promise<http.Server> {
  // The built pages read CMS_URL on each request (site/lib/cms-loader.ts).
  process.env.CMS_URL = options.cmsUrl
  const { handler } = (await import(pathToFileURL(previewEntry(options.outDir)).href)) as { handler: Handler }
  // The adapter's middleware mode renders pages only; the page's script file is served from the build.
  const assets = sirv(path.join(options.outDir ?? previewBuildDir(), 'client'), { dev: false, etag: true, gzip: false, brotli: false })
  return http.createServer((req, res) => {
    for (const [key, value] of Object.entries(securityHeaders)) res.setHeader(key, value)
    res.setHeader('X-Frame-Options', 'SAMEORIGIN')
    for (const { key, value } of previewHeaders) res.setHeader(key, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('草稿预览只能查看')
      return
    }
    // The pages' addresses end in a slash (trailingSlash: 'always'); a link typed without one still opens.
    const [pathname = '/', search] = (req.url ?? '/').split('?')
    if (pathname.startsWith('/preview/_astro/')) {
      req.url = pathname.slice('/preview'.length)
      assets(req, res, () => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('没有这个文件'))
      return
    }
    if (/^\/preview\/[\w-]+\/[\w-]+$/.test(pathname)) {
      res.writeHead(308, { location: `${pathname}/${search ? `?${search}` : ''}` }).end()
      return
    }
    handler(req, res, (error) => {
      if (error) console.error(error)
      if (res.headersSent) return void res.end()
      res.writeHead(error ? 500 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(error ? '预览出错' : '没有这个预览页面')
    })
  })
}
