/**
 * A small, safe renderer from Payload's Lexical JSON to HTML. It knows a fixed set of node
 * types, escapes every piece of text and attribute, keeps only http(s), mailto, tel and
 * relative links (content/safe-url.ts), and never passes raw HTML through: whatever a document contains, the output
 * holds no markup the renderer did not write itself.
 */

import { safeUrl } from '../../content/safe-url.ts'
import { scanGapMarker } from '../../content/vocabulary.ts'
import { headingAnchor, passageAnchors, type Passage } from './article-anchor.ts'
import { addressLinkClass, contactParts, showsAddress } from './contact-links.ts'

export interface LexicalNode {
  type?: unknown
  children?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  url?: unknown
  fields?: unknown
  headerState?: unknown
  colSpan?: unknown
  rowSpan?: unknown
  [key: string]: unknown
}

/** An uploaded image as the page will show it: its address (resized by the build) and size. */
export interface RichTextImage {
  src: string
  width: number
  height: number
  alt: string
  srcset?: string
  sizes?: string
}

/**
 * What a document refers to, resolved by the page: an internal link's target page and an
 * upload's image. Anything a resolver does not know (a draft, a private file) renders as text
 * only, or not at all for an image, so the site and the preview show the same thing.
 */
export interface RichTextRefs {
  /** the site's URL of a linked document (`relationTo` is its collection) */
  page?: (relationTo: string, id: string | number) => string | undefined
  /** an uploaded image by its media id */
  image?: (id: string | number) => RichTextImage | undefined
}

export interface RenderOptions extends RichTextRefs {
  /** Lowest heading level to emit (a page's own title is the h1): h1 in the body becomes this. */
  minHeading?: number
}

type Resolved = Required<Pick<RenderOptions, 'minHeading'>> & RichTextRefs

const textFormat = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// The link rule is shared with the CMS's draft preview: one function, in content/.
export { safeUrl }


function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** Text as HTML; outside a link, the phone numbers and e-mail addresses it prints become links. */
function textHtml(text: string, linkContacts: boolean): string {
  const parts = linkContacts ? contactParts(text) : [{ text }]
  return parts.map((p) => {
    const html = escapeHtml(p.text).replace(/\n/g, '<br>')
    return p.href ? `<a href="${escapeHtml(p.href)}">${html}</a>` : html
  }).join('')
}

function renderText(node: LexicalNode, inLink: boolean): string {
  if (typeof node.text !== 'string') return ''
  const format = typeof node.format === 'number' ? node.format : 0
  let html = textHtml(node.text, !inLink && !(format & textFormat.code))
  if (format & textFormat.code) html = `<code>${html}</code>`
  if (format & textFormat.bold) html = `<strong>${html}</strong>`
  if (format & textFormat.italic) html = `<em>${html}</em>`
  if (format & textFormat.underline) html = `<u>${html}</u>`
  if (format & textFormat.strikethrough) html = `<s>${html}</s>`
  if (format & textFormat.subscript) html = `<sub>${html}</sub>`
  if (format & textFormat.superscript) html = `<sup>${html}</sup>`
  return html
}

/** A relationship value: an id (depth 0) or a populated document. */
function idOf(value: unknown): string | number | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value)) return value
  if (isNode(value)) return idOf(value.id)
  return undefined
}

function linkUrl(node: LexicalNode, options: Resolved): { href?: string; newTab: boolean } {
  const fields = isNode(node.fields) ? node.fields : {}
  const newTab = fields.newTab === true
  if (fields.linkType === 'internal') {
    const doc = isNode(fields.doc) ? fields.doc : {}
    const id = idOf(doc.value)
    const target = typeof doc.relationTo === 'string' && id !== undefined ? options.page?.(doc.relationTo, id) : undefined
    // Only the site's own paths: a resolver cannot smuggle another scheme or host in.
    return { href: target && /^\/(?!\/)/.test(target) ? target : undefined, newTab }
  }
  const raw = fields.url ?? node.url
  return { href: safeUrl(raw), newTab }
}

function renderUpload(node: LexicalNode, options: Resolved): string {
  if (node.relationTo !== 'media') return ''
  const id = idOf(node.value)
  const image = id === undefined ? undefined : options.image?.(id)
  if (!image || !(image.width > 0 && image.height > 0)) return ''
  const attrs = [
    `src="${escapeHtml(image.src)}"`,
    image.srcset ? `srcset="${escapeHtml(image.srcset)}"` : '',
    image.sizes ? `sizes="${escapeHtml(image.sizes)}"` : '',
    `width="${Math.round(image.width)}"`,
    `height="${Math.round(image.height)}"`,
    `alt="${escapeHtml(image.alt)}"`,
    'loading="lazy"',
    'decoding="async"',
  ].filter(Boolean)
  return `<figure class="rich-image"><img ${attrs.join(' ')}></figure>`
}

function cellSpan(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value < 100 ? String(value) : ''
}

/** What the renderer remembers while walking a document: the part a heading is in, the anchors used. */
interface RenderState {
  part?: string
  anchors: Set<string>
  inLink?: boolean
  /** anchors of the top-level passages the scan left unnumbered (article-anchor.ts) */
  passages?: Map<LexicalNode, string>
}

/** Anchors for the root's passages without a number of their own, by node. */
function unnumberedPassages(root: LexicalNode): Map<LexicalNode, string> {
  const blocks = childrenOf(root).filter((n) => n.type === 'heading' || n.type === 'quote' || n.type === 'paragraph')
  const passages: Passage[] = blocks.map((n) => {
    const text = plainText(n)
    return { kind: n.type === 'heading' ? 'heading' : n.type === 'quote' && text.startsWith(scanGapMarker) ? 'gap' : 'paragraph', text }
  })
  const anchors = passageAnchors(passages)
  return new Map(blocks.flatMap((n, i) => (anchors[i] ? [[n, anchors[i]] as const] : [])))
}

/** A passage's own anchor, once per document. */
function passageAnchor(node: LexicalNode, state: RenderState): string | undefined {
  const anchor = state.passages?.get(node)
  if (!anchor || state.anchors.has(anchor)) return undefined
  state.anchors.add(anchor)
  return anchor
}

const idAttr = (anchor: string | undefined) => (anchor ? ` id="${escapeHtml(anchor)}"` : '')

/** The plain text of a node and its children. */
export function plainText(node: LexicalNode): string {
  return typeof node.text === 'string' ? node.text : childrenOf(node).map(plainText).join('')
}

/** The anchor a heading gets, or none (unnumbered, or a number already used). */
function anchorFor(node: LexicalNode, level: number, state: RenderState): string | undefined {
  const anchor = headingAnchor(plainText(node), state.part)
  if (level <= 2) state.part = anchor
  if (!anchor || state.anchors.has(anchor)) return undefined
  state.anchors.add(anchor)
  return anchor
}

function renderNode(node: LexicalNode, options: Resolved, state: RenderState = { anchors: new Set() }): string {
  const inner = () => childrenOf(node).map((child) => renderNode(child, options, state)).join('')
  switch (node.type) {
    case 'root':
      return inner()
    case 'text':
      return renderText(node, state.inLink === true)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const content = inner()
      return content ? `<p${idAttr(passageAnchor(node, state))}>${content}</p>` : ''
    }
    case 'heading': {
      const requested = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? Number(node.tag[1]) : 2
      const level = Math.min(6, Math.max(options.minHeading, requested))
      const anchor = anchorFor(node, requested, state) ?? passageAnchor(node, state)
      return `<h${level}${idAttr(anchor)}>${inner()}</h${level}>`
    }
    case 'quote': {
      const html = inner()
      if (!plainText(node).startsWith(scanGapMarker)) return `<blockquote>${html}</blockquote>`
      // A lost span of a scan (content/README.md): one marked note, never a quotation.
      const rest = html.replace(scanGapMarker, '')
      return `<aside class="scan-gap" role="note"${idAttr(passageAnchor(node, state))}><p><strong class="scan-gap-label">扫描件缺失</strong>${rest}</p></aside>`
    }
    case 'list': {
      const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink': {
      const { href, newTab } = linkUrl(node, options)
      if (!href) return inner()
      const target = newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      const cls = showsAddress(plainText(node), href) ? ` class="${addressLinkClass}"` : ''
      state.inLink = true
      const html = inner()
      state.inLink = false
      return `<a href="${escapeHtml(href)}"${cls}${target}>${html}</a>`
    }
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
      return renderUpload(node, options)
    case 'table':
      return `<div class="table-scroll"><table>${inner()}</table></div>`
    case 'tablerow':
      return `<tr>${inner()}</tr>`
    case 'tablecell': {
      const header = typeof node.headerState === 'number' && node.headerState > 0
      const tag = header ? 'th' : 'td'
      const colspan = cellSpan(node.colSpan)
      const rowspan = cellSpan(node.rowSpan)
      const attrs = `${colspan ? ` colspan="${colspan}"` : ''}${rowspan ? ` rowspan="${rowspan}"` : ''}`
      return `<${tag}${attrs}>${inner()}</${tag}>`
    }
    default:
      // Unknown or unsafe nodes (html embeds, blocks): keep their text children only.
      return inner()
  }
}

function rootOf(document: unknown): LexicalNode | undefined {
  if (!isNode(document)) return undefined
  return isNode(document.root) ? document.root : undefined
}

/** HTML for a Lexical document; an empty string for anything that is not one. */
export function renderRichText(document: unknown, options: RenderOptions = {}): string {
  const root = rootOf(document)
  if (!root) return ''
  return renderNode(root, { ...options, minHeading: options.minHeading ?? 2 }, { anchors: new Set(), passages: unnumberedPassages(root) })
}

/** The media ids of the images a document shows, for the page to resolve before rendering. */
export function richTextUploads(document: unknown): Array<string | number> {
  const root = rootOf(document)
  const ids: Array<string | number> = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = idOf(node.value)
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
    childrenOf(node).forEach(walk)
  }
  if (root) walk(root)
  return ids
}

/** The document's plain text, blocks separated by newlines: for summaries and feeds. */
export function richTextToPlain(document: unknown): string {
  const root = rootOf(document)
  if (!root) return ''
  const blocks: string[] = []
  const walk = (node: LexicalNode): string => {
    if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
    if (node.type === 'linebreak') return '\n'
    return childrenOf(node).map(walk).join('')
  }
  for (const block of childrenOf(root)) {
    const text = walk(block).trim()
    if (text) blocks.push(text)
  }
  return blocks.join('\n')
}

/** The first `length` characters of the plain text, cut at a whole character, with an ellipsis. */
export function excerpt(document: unknown, length = 120): string {
  const text = richTextToPlain(document).replace(/\s+/g, ' ').trim()
  const chars = Array.from(text)
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text
}

/** The part anchors a document's headings get when rendered (for linking citations to them). */
export function headingAnchors(document: unknown): Set<string> {
  const root = rootOf(document)
  if (!root) return new Set()
  // The anchors are the renderer's own, so render and keep them.
  const state: RenderState = { anchors: new Set(), passages: unnumberedPassages(root) }
  renderNode(root, { minHeading: 2 }, state)
  return state.anchors
}
