import http from 'node:http'
import { Readable } from 'node:stream'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { cmsHeaders } from '../security-headers.mjs'
import { forwardPreview } from './preview-proxy.ts'
import { stampPeer } from './rate-limit.ts'
import { guardRequest } from './request-guard.ts'
import { withPublicReadCache } from './public-read-cache.ts'
import { inRequestScope } from './request-scope.ts'

/**
 * Serves Payload's REST API (`/api/...`) and GraphQL (`/api/graphql`) with Node's http module,
 * without the Next.js admin. Builds and tests use it to read published content the same way a
 * deployed site would; requests pass the same guard as under `npm start` (server/request-guard.ts).
 */
const apiMethods = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])

export function createApiServer(config: Promise<SanitizedConfig> | SanitizedConfig): http.Server {
  // Loaded on first use: builds and scripts that only read REST need not load Next's handlers.
  let graphql: Promise<(request: Request) => Promise<Response>> | undefined
  const graphqlHandler = () => (graphql ??= import('@payloadcms/next/routes').then(({ GRAPHQL_POST }) => GRAPHQL_POST(config)))
  return http.createServer(async (req, res) => {
    try {
      const url = requestUrl(req)
      if (url.pathname === '/preview' || url.pathname.startsWith('/preview/')) {
        // Only GET and HEAD pass; any other method (even TRACE, which Request cannot hold) is refused as POST would be.
        const method = req.method === 'GET' || req.method === 'HEAD' ? req.method : 'POST'
        const response = await forwardPreview(new Request(url, { method, headers: headersOf(req) }))
        const headers = Object.fromEntries(Object.entries(securityHeadersFor(url.pathname)).map(([k, v]) => [k.toLowerCase(), v]))
        res.writeHead(response.status, { ...headers, ...Object.fromEntries(response.headers) })
        if (response.body) Readable.fromWeb(response.body as never).pipe(res)
        else res.end()
        return
      }
      if (!url.pathname.startsWith('/api/')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('只提供 /api/ 接口')
        return
      }
      if (!apiMethods.has(req.method ?? '')) {
        // The Fetch API cannot even represent TRACE or CONNECT (new Request throws: it was a 500).
        res.writeHead(405, { 'content-type': 'application/json; charset=utf-8', allow: [...apiMethods].join(', '), ...securityHeadersFor(url.pathname) })
        res.end(JSON.stringify({ errors: [{ message: `不支持的请求方法 ${req.method}` }] }))
        return
      }
      stampPeer(req)
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const request = new Request(url, {
        method: req.method,
        headers: headersOf(req),
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
      const guarded = await guardRequest(request, { peer: req.socket.remoteAddress, config })
      const response =
        'response' in guarded
          ? guarded.response
          : await inRequestScope(`${req.method} ${url.pathname}`, () =>
              withPublicReadCache(guarded.request, async () =>
                /^\/api\/graphql\/?$/.test(url.pathname) && req.method === 'POST'
                  ? (await graphqlHandler())(guarded.request)
                  : handleEndpoints({ config, request: guarded.request }),
              ),
            )
      const headers: Record<string, string | string[]> = { ...securityHeadersFor(url.pathname), ...Object.fromEntries(response.headers) }
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      if (response.body) Readable.fromWeb(response.body as never).pipe(res)
      else res.end()
    } catch (error) {
      console.error(error)
      if (res.headersSent) return void res.destroy()
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ errors: [{ message: '服务器内部错误' }] }))
    }
  })
}

/** The same headers as next.config.mjs sets under `npm start`, so both ways of serving agree. */
function securityHeadersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of cmsHeaders) {
    if (rule.source === '/:path*' || pathname.startsWith(rule.source.replace('/:path*', '/'))) {
      for (const { key, value } of rule.headers) headers[key] = value
    }
  }
  return headers
}

/** The request's URL on its Host; a Host that is not a valid host name is replaced, not trusted. */
function requestUrl(req: http.IncomingMessage): URL {
  const path = req.url?.startsWith('/') ? req.url : '/'
  try {
    return new URL(path, `http://${req.headers.host ?? 'localhost'}`)
  } catch {
    return new URL(path, 'http://localhost')
  }
}

/** Node's request headers as the Fetch API takes them (repeated headers joined, as HTTP allows). */
function headersOf(req: http.IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
