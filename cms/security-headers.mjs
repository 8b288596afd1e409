/**
 * Response headers for the CMS (admin, draft preview, API, media files), set in next.config.mjs.
 * The admin is a Next.js app: its pages carry inline bootstrap scripts and inline styles, so its
 * policy allows 'unsafe-inline' for those but nothing from other origins, no plugins, no <base>
 * and no framing by other sites (the admin's own live preview frames the CMS itself).
 */
const dev = globalThis.process?.env.NODE_ENV !== 'production'

export const adminContentSecurityPolicy = [
  "default-src 'self'",
  // Next's development server evaluates modules; the production build does not.
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/**
 * Uploaded files are shown as themselves and can run nothing: no script, no plugin, no framing
 * by other sites, and the browser must not guess a type other than the one sent.
 */
// No `sandbox`: Chromium will not show a PDF in a sandboxed document.
export const mediaContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'"

/**
 * The draft preview (`/preview/…`, the site's pages rendered on request): the public site's own
 * policy (no inline script), framed only by the admin's live preview on this origin, and never
 * stored by a browser or a proxy, since it shows drafts to one signed-in viewer.
 */
export const previewContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

export const previewHeaders = [
  { key: 'Content-Security-Policy', value: previewContentSecurityPolicy },
  { key: 'Cache-Control', value: 'private, no-store' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Vary', value: 'Cookie, Authorization' },
]

/**
 * What every response of the product carries, the CMS's and the public site's
 * (the public static server adds the site's own policy and framing to these).
 */
export const sharedSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const common = [
  ...Object.entries(sharedSecurityHeaders).map(([key, value]) => ({ key, value })),
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

/** For Next's `headers()`: later entries win for the same header, so media's policy overrides. */
export const cmsHeaders = [
  { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: adminContentSecurityPolicy }] },
  { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: mediaContentSecurityPolicy }] },
  { source: '/preview/:path*', headers: previewHeaders },
]
