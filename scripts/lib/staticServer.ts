import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { securityHeaders } from './securityHeaders.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/

/**
 * Serves a built static site. `root` is asked on every request so the publish pipeline can switch
 * to a new build without restarting the server. Paths cannot escape the root.
 */
export function createStaticServer(root: () => string): http.Server {
  return http.createServer((req, res) => {
    const base = root()
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return send(res, 400, base, 'text/plain; charset=utf-8', Buffer.from('请求地址无效'))
    }
    const file = resolveFile(base, pathname)
    if (!file) {
      const notFound = path.join(base, '404.html')
      const body = fs.existsSync(notFound) ? fs.readFileSync(notFound) : Buffer.from('页面不存在')
      return send(res, 404, base, types['.html']!, body, req.headers['accept-encoding'])
    }
    if (file.redirect) {
      res.writeHead(301, { ...securityHeaders, Location: file.redirect + url.search }).end()
      return
    }
    const type = types[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream'
    send(res, 200, base, type, fs.readFileSync(file.path), req.headers['accept-encoding'], req.method === 'HEAD')
  })
}

function resolveFile(base: string, pathname: string): { path: string; redirect?: string } | undefined {
  const target = path.normalize(path.join(base, pathname))
  if (target !== base && !target.startsWith(base + path.sep)) return undefined
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (stat?.isFile()) return { path: target }
  if (stat?.isDirectory()) {
    if (!pathname.endsWith('/')) return { path: target, redirect: `${pathname}/` }
    const index = path.join(target, 'index.html')
    if (fs.existsSync(index)) return { path: index }
  }
  return undefined
}

function send(
  res: http.ServerResponse,
  status: number,
  _base: string,
  type: string,
  body: Buffer,
  acceptEncoding?: string,
  headOnly = false,
) {
  const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-cache' }
  let payload = body
  if (compressible.test(type) && /\bgzip\b/.test(acceptEncoding ?? '') && body.length > 512) {
    payload = zlib.gzipSync(body)
    headers['Content-Encoding'] = 'gzip'
    headers.Vary = 'Accept-Encoding'
  }
  headers['Content-Length'] = String(payload.length)
  res.writeHead(status, headers)
  res.end(headOnly ? undefined : payload)
}
