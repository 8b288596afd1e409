import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRequest } from '../../../../server/requestGuard.ts'
import { withPublicReadCache } from '../../../../server/publicReadCache.ts'
import { inRequestScope } from '../../../../server/requestScope.ts'

const graphql = GRAPHQL_POST(config)

/** The same guard as REST (server/requestGuard.ts): JSON only, size and depth limited, read as a stream. */
export const POST = async (request: Request): Promise<Response> => {
  const result = await guardRequest(request, { config })
  return 'response' in result ? result.response : inRequestScope('POST /api/graphql', () => withPublicReadCache(result.request, () => graphql(result.request)))
}
export const OPTIONS = REST_OPTIONS(config)
