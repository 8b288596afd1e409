import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRequest } from '../../../../server/request-guard.ts'
import { withPublicReadCache } from '../../../../server/public-read-cache.ts'
import { inRequestScope } from '../../../../server/request-scope.ts'

const graphql = GRAPHQL_POST(config)

/** The same guard as REST (server/request-guard.ts): JSON only, size and depth limited, read as a stream. */
export const POST = async (request: Request): Promise<Response> => {
  const result = await guardRequest(request, { config })
  return 'response' in result ? result.response : inRequestScope('POST /api/graphql', () => withPublicReadCache(result.request, () => graphql(result.request)))
}
export const OPTIONS = REST_OPTIONS(config)
