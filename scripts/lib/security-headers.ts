import { sharedSecurityHeaders } from '../../cms/security-headers.mjs'

/**
 * Response headers for the public static site. `npm start` serves them, and the README shows the
 * same set as configuration for a static host, so what is tested is what is deployed.
 * Pagefind runs WebAssembly, hence 'wasm-unsafe-eval'; no inline script is allowed.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The product's shared headers, with the site's policy and no framing at all. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  ...sharedSecurityHeaders,
  'X-Frame-Options': 'DENY',
}
