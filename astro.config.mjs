// @ts-check
import process from 'node:process'
import { URL } from 'node:url'
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import pagefind from './site/integrations/pagefind.ts'
import precompress from './site/integrations/precompress.ts'

const cmsUrl = new URL(process.env.CMS_URL || 'http://localhost:3001')

// The public site: static, zh-CN, content from the CMS REST API (see site/content.config.ts).
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
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
  // Order matters: precompress runs after Pagefind has written its files.
  integrations: [mdx(), pagefind(), precompress()],
  image: {
    // Images uploaded to the CMS are fetched at build time and resized by sharp.
    remotePatterns: [{ protocol: cmsUrl.protocol.replace(':', ''), hostname: cmsUrl.hostname, port: cmsUrl.port }],
  },
})
