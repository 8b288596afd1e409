import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guardRequest } from '../../../../server/request-guard.ts'
import { withPublicReadCache } from '../../../../server/public-read-cache.ts'
import { inRequestScope } from '../../../../server/request-scope.ts'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Strangers' writes, bad bodies and malformed addresses get a clear 4xx here before Payload sees them (see
 * server/request-guard.ts); server/api-server.ts applies the same guard.
 */
const guarded =
  (handler: Handler): Handler =>
  async (request, args) => {
    const result = await guardRequest(request, { config })
    return 'response' in result ? result.response : inRequestScope(`${request.method} ${new URL(request.url).pathname}`, () => withPublicReadCache(result.request, () => handler(result.request, args)))
  }

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = guarded(REST_OPTIONS(config))
