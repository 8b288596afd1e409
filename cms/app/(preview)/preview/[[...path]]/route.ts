import { forwardPreview } from '../../../../server/preview-proxy.ts'

// The draft preview is the site's own pages, rendered by the preview server (see preview-proxy.ts).
export const dynamic = 'force-dynamic'
export const GET = (request: Request) => forwardPreview(request)
export const HEAD = (request: Request) => forwardPreview(request)
