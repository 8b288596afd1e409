import type { PayloadRequest } from 'payload'

/**
 * The admin's address for links in mail: CMS_PUBLIC_URL (or the configured serverURL), never the
 * request's Host header, which a stranger could set to their own site.
 */
export function adminUrl(req: PayloadRequest, path: string): string {
  const { config } = req.payload
  const base = (process.env.CMS_PUBLIC_URL || config.serverURL || `http://localhost:${process.env.CMS_PORT ?? 3000}`).replace(/\/+$/, '')
  return `${base}${config.routes.admin}${path}`
}

export const documentPath = (collection: string, id: number | string) => `/collections/${collection}/${encodeURIComponent(String(id))}`
