/**
 * The one static server for the built public site: `npm start`, the tests and the benchmarks all
 * serve through it. Files are served by sirv (ETag and 304, the gzip/brotli files the build wrote
 * next to each original, ranges); around it this module adds what a static host must do for us:
 * the security headers on every response, caching by kind of file, `/dir` → `/dir/` redirects,
 * the site's 404 page and 405 for methods other than GET and HEAD.
 *
 * A request is answered from an in-memory list of the build's files, never by handing its path to
 * the file system, so no URL can reach outside the build or make a file-system call throw. The
 * pages, feeds and search files people ask for most are answered from memory (`held-files.ts`)
 * with the validators sirv would send; sirv streams ranges, large files and other kinds.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { HeldFiles, type HeldFile } from './held-files.ts'
import { securityHeaders } from './security-headers.ts'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** Cache-Control by kind of file: content-hashed names never change, everything else is revalidated. */
export const cachePolicy = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
} as const

/**
 * Astro's bundles under /_astro/ and Pagefind's index chunks (`…_<hash>.pf_meta|pf_index|
 * pf_fragment|pf_filter`) carry a content hash in their names. Pagefind's entry points
 * (`pagefind.js`, `pagefind-entry.json`, `wasm.*.pagefind`, its UI files) do not.
 */
export function isHashedAsset(key: string): boolean {
  return key.startsWith('/_astro/') || /^\/pagefind\/.*_[0-9a-f]{7,}\.pf_(meta|index|fragment|filter)$/.test(key)
}

export const allowedMethods = 'GET, HEAD'
const precompressed = ['.br', '.gz']

interface Build {
  dir: string
  /** what the cached build was made from: path, inode and modification time of its folder */
  identity: string
  /** URL paths of the servable files (`/notices/index.html`), compressed variants left out */
  files: Set<string>
  /** every file's URL path, compressed variants included */
  all: Set<string>
  held: HeldFiles
  serve: ReturnType<typeof sirv>
}

function loadBuild(dir: string, identity: string): Build {
  const all = new Set(
    (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`.normalize())
      // Dot files stay private; names sirv would decode differently are not served.
      .filter((key) => !/\/\./.test(key) && !/[%?#\\]/.test(key)),
  )
  const files = new Set([...all].filter((key) => !precompressed.some((ext) => key.endsWith(ext) && all.has(key.slice(0, -ext.length)))))
  return {
    dir,
    identity,
    files,
    all,
    held: new HeldFiles(),
    serve: sirv(dir, { etag: true, gzip: true, brotli: true, extensions: [], dotfiles: false }),
  }
}

/** Decodes a request path; undefined when it is malformed or could mean anything but one file. */
export function cleanPath(rawPath: string): string | undefined {
  if (!rawPath.startsWith('/')) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return undefined
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined
  if (/\/\/|(^|\/)\.\.?(\/|$)/.test(decoded)) return undefined
  return decoded.normalize()
}

/** A redirect target built from a path that exists in the build, each segment percent-encoded. */
function redirectTarget(pathname: string, rawSearch: string): string | undefined {
  const location = `${pathname.split('/').map(encodeURIComponent).join('/')}/`
  if (!/^\/[^/\\]/.test(location)) return undefined
  // A query string is kept only when it is plain visible ASCII, safe to repeat in a header.
  return /^\?[\x21-\x7e]*$/.test(rawSearch) ? location + rawSearch : location
}

/** `token` listed in Accept-Encoding, and not with q=0. */
const encodingPatterns = {
  br: /(^|[\s,])br(?![^,]*;\s*q=0(\.0*)?\s*(,|$))/i,
  gzip: /(^|[\s,])gzip(?![^,]*;\s*q=0(\.0*)?\s*(,|$))/i,
}

function acceptsEncoding(req: http.IncomingMessage, token: keyof typeof encodingPatterns): boolean {
  return encodingPatterns[token].test(req.headers['accept-encoding'] ?? '')
}

/** The file to send for `key`: its brotli or gzip copy when the client takes it and the build wrote one. */
function variantFor(req: http.IncomingMessage, build: Build, key: string): { key: string; encoding?: 'br' | 'gzip' } {
  if (build.all.has(`${key}.br`) && acceptsEncoding(req, 'br')) return { key: `${key}.br`, encoding: 'br' }
  if (build.all.has(`${key}.gz`) && acceptsEncoding(req, 'gzip')) return { key: `${key}.gz`, encoding: 'gzip' }
  return { key }
}

const weak = (tag: string) => tag.trim().replace(/^W\//, '')

function sendHeld(req: http.IncomingMessage, res: http.ServerResponse, file: HeldFile, encoding: string | undefined) {
  res.setHeader('ETag', file.etag)
  res.setHeader('Last-Modified', file.lastModified)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  // If-None-Match compares weakly (RFC 9110 13.1.2) and may list several tags.
  const tags = req.headers['if-none-match']?.split(',') ?? []
  if (tags.some((tag) => tag.trim() === '*' || weak(tag) === weak(file.etag))) {
    res.writeHead(304).end()
    return
  }
  res.writeHead(200, { 'Content-Length': file.body.length })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}

function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse, build: Build | undefined) {
  res.setHeader('Cache-Control', cachePolicy.revalidate)
  const variant = build?.files.has('/404.html') ? variantFor(req, build, '/404.html') : undefined
  const page = variant && build!.held.get(path.join(build!.dir, variant.key))
  if (!page) {
    res.writeHead(404, { 'Content-Type': contentTypes['.txt'] }).end('页面不存在')
    return
  }
  if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding)
  res.setHeader('Vary', 'Accept-Encoding')
  res.writeHead(404, { 'Content-Type': contentTypes['.html'], 'Content-Length': page.body.length }).end(page.body)
}

/**
 * Only a single well-formed `bytes=N-` or `bytes=N-M` range is passed on to sirv, which does not
 * check them itself (a reversed range would make it throw); anything else gets the whole file.
 */
function keepValidRange(req: http.IncomingMessage) {
  const range = req.headers.range
  if (range === undefined) return
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range.trim())
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete req.headers.range
}

/**
 * Serves a built static site. `root` is asked on every request so the publish pipeline can switch
 * to a new build without restarting the server; a build's file list is read once, when it is
 * first served.
 */
export function createStaticServer(root: () => string): http.Server {
  let build: Build | undefined

  const current = (): Build | undefined => {
    const dir = path.resolve(root())
    const stat = fs.statSync(dir, { throwIfNoEntry: false })
    if (!stat?.isDirectory()) return undefined
    const identity = `${dir}\0${stat.ino}\0${stat.mtimeMs}`
    if (build?.identity !== identity) build = loadBuild(dir, identity)
    return build
  }

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: allowedMethods, 'Content-Type': contentTypes['.txt'] }).end('不支持的请求方法')
      return
    }
    const site = current()
    if (!site) {
      res.writeHead(503, { 'Content-Type': contentTypes['.txt'], 'Retry-After': '10' }).end('网站尚未构建')
      return
    }
    const url = req.url ?? '/'
    const queryAt = url.indexOf('?')
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt)
    const pathname = cleanPath(rawPath)
    if (pathname === undefined) return sendNotFound(req, res, site)

    const key = pathname.endsWith('/') ? `${pathname}index.html` : pathname
    if (!site.files.has(key)) {
      const target = !pathname.endsWith('/') && site.files.has(`${pathname}/index.html`) && redirectTarget(pathname, queryAt === -1 ? '' : url.slice(queryAt))
      if (!target) return sendNotFound(req, res, site)
      res.writeHead(301, { Location: target, 'Cache-Control': cachePolicy.revalidate }).end()
      return
    }

    res.setHeader('Cache-Control', isHashedAsset(key) ? cachePolicy.immutable : cachePolicy.revalidate)
    res.setHeader('Vary', 'Accept-Encoding')
    const type = contentTypes[path.posix.extname(key).toLowerCase()]
    if (type) res.setHeader('Content-Type', type)
    keepValidRange(req)
    if (type && req.headers.range === undefined) {
      const variant = variantFor(req, site, key)
      const held = site.held.get(path.join(site.dir, variant.key))
      if (held) return sendHeld(req, res, held, variant.encoding)
    }
    // sirv pipes the file into the response without listening for read errors (a file removed
    // under a running server): without this, such an error would end the process.
    res.once('pipe', (source: NodeJS.ReadableStream) => source.once('error', () => res.destroy()))
    req.url = key
    site.serve(req, res, () => sendNotFound(req, res, site))
  }

  return http.createServer((req, res) => {
    try {
      handle(req, res)
    } catch (error) {
      console.error(`公众网站请求 ${JSON.stringify(req.url)} 出错：${(error as Error).message}`)
      if (res.headersSent) res.destroy()
      else res.writeHead(500, { 'Content-Type': contentTypes['.txt'] }).end('服务器内部错误')
    }
  })
}

export interface Served {
  url: string
  server: http.Server
  close: () => Promise<void>
}

/** The static server listening on 127.0.0.1 (port 0: a free one), for tests and benchmarks. */
export async function serveStatic(root: string | (() => string), port = 0): Promise<Served> {
  const server = createStaticServer(typeof root === 'string' ? () => root : root)
  const bound = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
  return {
    url: `http://127.0.0.1:${bound}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
