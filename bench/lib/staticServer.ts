/** Serves a built site on 127.0.0.1 with the production static server (same security headers). */
import type http from 'node:http'
import { createStaticServer } from '../../scripts/lib/staticServer.ts'

export interface Served {
  url: string
  close: () => Promise<void>
}

export async function serveStatic(root: string | (() => string)): Promise<Served> {
  const server: http.Server = createStaticServer(typeof root === 'string' ? () => root : root)
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
