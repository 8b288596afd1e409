import type { APIRoute } from 'astro'

/** Everything public may be indexed; the sitemap (by @astrojs/sitemap) says where the pages are. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site ?? 'http://localhost:4321/').href
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
