/**
 * What a built page makes the browser download before any interaction, read from the page's tags:
 * the HTML itself (inline styles and scripts included), stylesheets (`<link rel=stylesheet>`),
 * scripts (`<script src>`, `<link rel=modulepreload>`, Astro islands hydrated on load, idle or
 * visible) and the static imports of those scripts, followed transitively. Dynamic `import()`
 * (e.g. Pagefind loaded on the first search) is not counted: it waits for an interaction.
 * Sizes are gzipped the way our static server sends them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileSizes } from './gzip.ts'

export interface Asset {
  /** path in the site, e.g. /_astro/x.js */
  url: string
  kind: 'html' | 'css' | 'js'
  raw: number
  gzip: number
}

export interface PageWeight {
  page: string
  html: number
  css: number
  js: number
  /** gzipped HTML + CSS + JS */
  total: number
  rawTotal: number
  requests: number
  assets: Asset[]
  /** bytes of inline <script> and <style> inside the HTML (already counted in html) */
  inlineScriptBytes: number
  inlineStyleBytes: number
  /** local URLs the page names that are not in the build */
  missing: string[]
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined)

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of a module. */
export function staticImports(source: string): string[] {
  const found: string[] = []
  const pattern = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) found.push(m[1]!)
  return found
}

function localFile(siteDir: string, url: string, from: string): { url: string; file: string } | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined
  const resolved = new URL(url, `http://site${from}`).pathname
  return { url: resolved, file: path.join(siteDir, decodeURIComponent(resolved)) }
}

/** The weight of one built page. `pagePath` is the URL path, e.g. /notices/x/. */
export function pageWeight(siteDir: string, pagePath: string, htmlFile: string): PageWeight {
  const html = fs.readFileSync(htmlFile, 'utf8')
  const assets: Asset[] = []
  const missing: string[] = []
  const seen = new Set<string>()
  const htmlSizes = fileSizes(htmlFile)
  assets.push({ url: pagePath, kind: 'html', ...htmlSizes })

  const add = (url: string, kind: 'css' | 'js', from: string) => {
    const local = localFile(siteDir, url, from)
    if (!local || seen.has(local.url)) return
    seen.add(local.url)
    if (!fs.existsSync(local.file)) {
      missing.push(local.url)
      return
    }
    assets.push({ url: local.url, kind, ...fileSizes(local.file) })
    if (kind === 'js') {
      for (const spec of staticImports(fs.readFileSync(local.file, 'utf8'))) {
        if (spec.startsWith('.') || spec.startsWith('/')) add(spec, 'js', local.url)
      }
    }
  }

  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attr(tag, 'href')
    if (!href) continue
    if (rel.includes('stylesheet')) add(href, 'css', pagePath)
    else if (rel.includes('modulepreload')) add(href, 'js', pagePath)
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src')
    const type = (attr(tag, 'type') ?? '').toLowerCase()
    if (src && (type === '' || type === 'module' || type.includes('javascript'))) add(src, 'js', pagePath)
  }
  for (const tag of html.match(/<astro-island\b[^>]*>/gi) ?? []) {
    const client = attr(tag, 'client')
    if (client && !['load', 'idle', 'visible', 'media'].includes(client)) continue
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name)
      if (url) add(url, 'js', pagePath)
    }
  }
  // inline module scripts' static imports
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/type\s*=\s*["']?module/i.test(m[1]!) && !/\ssrc\s*=/.test(m[1]!)) {
      for (const spec of staticImports(m[2]!)) if (spec.startsWith('.') || spec.startsWith('/')) add(spec, 'js', pagePath)
    }
  }

  const inlineScriptBytes = [...html.matchAll(/<script\b(?![^>]*\ssrc\s*=)(?![^>]*type\s*=\s*["']?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/gi)]
    .reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0)
  const inlineStyleBytes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0)
  const sum = (kind: Asset['kind'], key: 'gzip' | 'raw' = 'gzip') => assets.filter((a) => a.kind === kind).reduce((s, a) => s + a[key], 0)
  return {
    page: pagePath,
    html: sum('html'),
    css: sum('css'),
    js: sum('js'),
    total: sum('html') + sum('css') + sum('js'),
    rawTotal: sum('html', 'raw') + sum('css', 'raw') + sum('js', 'raw'),
    requests: assets.length,
    assets,
    inlineScriptBytes,
    inlineStyleBytes,
    missing,
  }
}

/** The built file for a URL path (`/x/` → x/index.html, `/404.html` → 404.html), if it exists. */
export function htmlFileFor(siteDir: string, pagePath: string): string | undefined {
  const file = pagePath.endsWith('/') ? path.join(siteDir, pagePath, 'index.html') : path.join(siteDir, pagePath)
  return fs.existsSync(file) ? file : undefined
}
