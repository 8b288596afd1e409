import http from 'node:http'
import { Readable } from 'node:stream'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { stampPeer } from './rateLimit.ts'
import { guardRequest } from './requestGuard.ts'

/**
 * Serves Payload's REST API (`/api/...`) with Node's http module, without the Next.js admin.
 * Builds and tests use it to read published content the same way a deployed site would.
 */
export function createApiServer(config: Promise<SanitizedConfig> | SanitizedConfig): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
      if (!url.pathname.startsWith('/api/')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('只提供 /api/ 接口')
        return
      }
      stampPeer(req)
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
      const guarded = await guardRequest(request, req.socket.remoteAddress)
      const response = 'response' in guarded ? guarded.response : await handleEndpoints({ config, request: guarded.request })
      const headers: Record<string, string | string[]> = Object.fromEntries(response.headers)
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      if (response.body) Readable.fromWeb(response.body as never).pipe(res)
      else res.end()
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ errors: [{ message: '服务器内部错误' }] }))
      console.error(error)
    }
  })
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
