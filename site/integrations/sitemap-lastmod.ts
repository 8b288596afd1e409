/**
 * `@astrojs/sitemap` lists every page Astro built; this gives it each page's `lastmod`. The page
 * `/sitemap-lastmod.json` (site/pages/sitemap-lastmod.json.ts) is rendered with the rest of the
 * site from the documents' dates; at the end of the build this integration reads it into memory
 * for the sitemap's `serialize` and deletes it, so it is never published. Put it before sitemap().
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

export const LASTMOD_FILE = 'sitemap-lastmod.json'

const lastmods = new Map<string, string>()

/** The last change of the page at this absolute URL, if known (YYYY-MM-DD). */
export function lastmodOf(url: string): string | undefined {
  return lastmods.get(decodeURI(new URL(url).pathname))
}

export default function sitemapLastmod(): AstroIntegration {
  return {
    name: 'jxjy-sitemap-lastmod',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = path.join(fileURLToPath(dir), LASTMOD_FILE)
        lastmods.clear()
        if (!fs.existsSync(file)) return
        const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>
        for (const [pathname, day] of Object.entries(data)) lastmods.set(pathname, day)
        fs.rmSync(file)
      },
    },
  }
}
