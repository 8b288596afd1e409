/**
 * Markdown → Lexical JSON in the shape Payload's rich-text field stores, checked against what the
 * CMS seed (convertMarkdownToLexical) writes for content/: root, paragraph, heading, list/listitem,
 * quote, text and linebreak nodes with their version/format/indent keys and `direction: null`
 * (Chinese text). As in Payload's default editor, pipe tables and `<http://…>` autolinks stay
 * text (a table is one paragraph, its rows separated by linebreaks), a soft line break is a space;
 * `[label](url)` becomes a link node and `**x**` bold text.
 */

type Node = Record<string, unknown>

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})

const text = (value: string, format = 0): Node => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})

const link = (url: string, label: string): Node => ({
  children: [text(label)],
  direction: null,
  fields: { linkType: 'custom', newTab: false, url },
  format: '',
  indent: 0,
  type: 'link',
  version: 3,
})

/** Inline Markdown: **bold**, [label](url), line breaks. */
export function inline(source: string): Node[] {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|\n/g
  let last = 0
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m.index > last) nodes.push(text(source.slice(last, m.index)))
    if (m[1] !== undefined) nodes.push(text(m[1], 1))
    else if (m[2] !== undefined) nodes.push(link(m[3]!, m[2]))
    else nodes.push({ type: 'linebreak', version: 1 })
    last = m.index + m[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

const paragraph = (source: string): Node => block('paragraph', inline(source), { textFormat: 0, textStyle: '' })

export interface LexicalDocument {
  root: Node
}

export function markdownToLexical(markdown: string): LexicalDocument {
  const children: Node[] = []
  const blocks = markdown.replace(/\r\n/g, '\n').trim().split(/\n{2,}/)
  for (const raw of blocks) {
    const lines = raw.split('\n')
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw)
    if (heading && lines.length === 1) {
      children.push(block('heading', inline(heading[2]!), { tag: `h${heading[1]!.length}` }))
    } else if (lines.every((l) => l.startsWith('>'))) {
      const quoted = lines.map((l) => l.replace(/^>\s?/, '').trim()).filter(Boolean)
      children.push(block('quote', inline(quoted.join(' '))))
    } else if (lines.every((l) => /^\s*(?:[-*]|\d+\.)\s+/.test(l))) {
      const ordered = /^\s*\d+\./.test(lines[0]!)
      const items = lines.map((l, i) =>
        block('listitem', inline(l.replace(/^\s*(?:[-*]|\d+\.)\s+/, '')), { value: i + 1 }),
      )
      children.push(
        block('list', items, { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' }),
      )
    } else if (lines.every((l) => l.trim().startsWith('|'))) {
      children.push(paragraph(lines.map((l) => l.trim()).join('\n')))
    } else {
      // a soft line break is a space, as in CommonMark
      children.push(paragraph(lines.map((l) => l.trim()).join(' ')))
    }
  }
  return { root: block('root', children) }
}

/** The plain text of a Lexical document (for sizes and sanity checks). */
export function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as Node
  if (typeof n.text === 'string') return n.text
  const kids = Array.isArray(n.children) ? n.children : n.root ? [n.root] : []
  return kids.map(lexicalText).join('')
}
