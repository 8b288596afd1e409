// @ts-check
import process from 'node:process'
import { URL } from 'node:url'
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import pagefind from './site/integrations/pagefind.ts'
import precompress from './site/integrations/precompress.ts'
import sitemapLastmod, { lastmodOf } from './site/integrations/sitemap-lastmod.ts'

const cmsUrl = new URL(process.env.CMS_URL || 'http://localhost:3001')

// The public site: static, zh-CN, content from the CMS REST API (see site/content.config.ts).
export default defineConfig({
  // Locally the site is served on SITE_PORT (npm start), so its own links follow that port.
  site: process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts are always files, never inlined, so the Content-Security-Policy can forbid inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" marker the bundler warns about on every
        // guide; the warning is about Astro's own code and says nothing an editor can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return
          warn(warning)
        },
      },
    },
  },
  // Order matters: the sitemap's lastmod data is read before the sitemap is written, and
  // precompress runs last, after Pagefind and the sitemap have written their files.
  integrations: [
    mdx(),
    pagefind(),
    sitemapLastmod(),
    sitemap({
      filter: (page) => !/\/404(\.html|\/)?$/.test(new URL(page).pathname),
      serialize(item) {
        const lastmod = lastmodOf(item.url)
        return lastmod ? { ...item, lastmod } : item
      },
    }),
    precompress(),
  ],
  image: {
    // Images uploaded to the CMS are fetched at build time and resized by sharp.
    remotePatterns: [{ protocol: cmsUrl.protocol.replace(':', ''), hostname: cmsUrl.hostname, port: cmsUrl.port }],
  },
})
