import { withPayload } from '@payloadcms/next/withPayload'
import { cmsHeaders } from './security-headers.mjs'

/** The Next.js app only hosts Payload's admin and API; the public site is the Astro build. */
const nextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  // CSP, framing and nosniff on the admin, the draft preview, the API and media files.
  headers: async () => cmsHeaders,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
