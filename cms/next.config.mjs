import { withPayload } from '@payloadcms/next/withPayload'

/** The Next.js app only hosts Payload's admin and API; the public site is the Astro build. */
const nextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
