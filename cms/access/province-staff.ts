import type { Access } from 'payload'
import { publishedOrSignedIn } from './published-or-signed-in.ts'
import { isProvinceStaff } from './workspaces.ts'

/**
 * Topics and providers belong to the province's workspace (人社厅 sets them): everyone reads the
 * published ones, the province's staff (and admins) also the drafts.
 */
export const publishedOrProvinceStaff: Access = async (args) => {
  if (!args.req.user) return publishedOrSignedIn(args)
  if (await isProvinceStaff(args.req)) return true
  return { _status: { equals: 'published' } }
}

/** Narrows a write access to the province's staff. */
export const provinceStaffOnly =
  (base: Access): Access =>
  async (args) => {
    const allowed = await base(args)
    if (!allowed || !args.req.user) return allowed
    return (await isProvinceStaff(args.req)) ? allowed : false
  }

/** Version history of topics and providers: the province's staff only. */
export const provinceStaffVersions: Access = async ({ req }) => isProvinceStaff(req)
