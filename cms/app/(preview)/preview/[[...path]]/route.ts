import { forwardPreview } from '../../../../server/previewProxy.ts'

// The draft preview is the site's own pages, rendered by the preview server (see previewProxy.ts).
export const dynamic = 'force-dynamic'
export const GET = (request: Request) => forwardPreview(request)
export const HEAD = (request: Request) => forwardPreview(request)
