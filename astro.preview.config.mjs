// @ts-check
import process from 'node:process'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { dataPaths } from './paths.ts'

// The draft preview: the site's own pages and components rendered on request (Node adapter),
// under /preview/ on the CMS's address. A separate build from the public site: the public
// build (astro.config.mjs) stays fully static and has no preview route in it at all.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  srcDir: './site/preview',
  publicDir: './site/preview/public',
  outDir: process.env.PREVIEW_BUILD_DIR || dataPaths.previewBuild,
  // Its own cache, so a preview build never shares one with a site build running at the same time.
  cacheDir: './node_modules/.astro-preview',
  base: '/preview',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'always',
  // The same as the public build, so the page carries the same stylesheet.
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  // No "origin check" of Astro's own: the preview answers GET only (scripts/lib/preview-server.ts).
  security: { checkOrigin: false },
  vite: { build: { assetsInlineLimit: 0 } },
})
