/**
 * A small, safe renderer from Payload's Lexical JSON to HTML. It knows a fixed set of node
 * types, escapes every piece of text and attribute, keeps only http(s), mailto, tel and
 * relative links (content/safeUrl.ts), and never passes raw HTML through: whatever a document contains, the output
 * holds no markup the renderer did not write itself.
 */

import { safeUrl } from '../../content/safeUrl.ts'
import { headingAnchor } from './article-anchor.ts'

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

export interface RenderOptions {
  /** Lowest heading level to emit (a page's own title is the h1): h1 in the body becomes this. */
  minHeading?: number
}

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

function renderText(node: LexicalNode): string {
  if (typeof node.text !== 'string') return ''
  let html = escapeHtml(node.text).replace(/\n/g, '<br>')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & textFormat.code) html = `<code>${html}</code>`
  if (format & textFormat.bold) html = `<strong>${html}</strong>`
  if (format & textFormat.italic) html = `<em>${html}</em>`
  if (format & textFormat.underline) html = `<u>${html}</u>`
  if (format & textFormat.strikethrough) html = `<s>${html}</s>`
  if (format & textFormat.subscript) html = `<sub>${html}</sub>`
  if (format & textFormat.superscript) html = `<sup>${html}</sup>`
  return html
}

function linkUrl(node: LexicalNode): { href?: string; newTab: boolean } {
  const fields = isNode(node.fields) ? node.fields : {}
  const raw = fields.url ?? node.url
  return { href: safeUrl(raw), newTab: fields.newTab === true }
}

function cellSpan(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value < 100 ? String(value) : ''
}

/** What the renderer remembers while walking a document: the part a heading is in, the anchors used. */
interface RenderState {
  part?: string
  anchors: Set<string>
}

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

function renderNode(node: LexicalNode, options: Required<RenderOptions>, state: RenderState = { anchors: new Set() }): string {
  const inner = () => childrenOf(node).map((child) => renderNode(child, options, state)).join('')
  switch (node.type) {
    case 'root':
      return inner()
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const content = inner()
      return content ? `<p>${content}</p>` : ''
    }
    case 'heading': {
      const requested = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? Number(node.tag[1]) : 2
      const level = Math.min(6, Math.max(options.minHeading, requested))
      const anchor = anchorFor(node, requested, state)
      return `<h${level}${anchor ? ` id="${escapeHtml(anchor)}"` : ''}>${inner()}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink': {
      const { href, newTab } = linkUrl(node)
      if (!href) return inner()
      const target = newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${target}>${inner()}</a>`
    }
    case 'horizontalrule':
      return '<hr>'
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
      // Unknown or unsafe nodes (html embeds, blocks, uploads): keep their text children only.
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
  return renderNode(root, { minHeading: options.minHeading ?? 2 }, { anchors: new Set() })
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
  const state: RenderState = { anchors: new Set() }
  const walk = (node: LexicalNode): void => {
    if (node.type === 'heading') {
      const requested = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? Number(node.tag[1]) : 2
      anchorFor(node, requested, state)
    }
    childrenOf(node).forEach(walk)
  }
  if (root) walk(root)
  return state.anchors
}
