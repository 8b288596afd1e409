/**
 * A result line's citation, the same on the yearly and the multi-year page: every place its rule
 * is printed, each its own link where the site has the document, then 规则说明 on /rules/. A rule
 * the site does not show yet (none of its documents published on the build's day) is cited as
 * plain text, without 规则说明.
 */
import type { Line } from '../../rules/index.ts'
import type { CitationLinks } from '../lib/citations.ts'
import { paths } from '../lib/paths.ts'
import { el } from './dom.ts'

export function citationView(l: Line, links: CitationLinks): HTMLElement {
  const cite = el('cite')
  cite.append(document.createTextNode('（'))
  const shown = links[l.ruleId]
  const sources = shown ?? [{ text: l.citation }]
  sources.forEach((s, i) => {
    if (i > 0) cite.append(document.createTextNode('；'))
    cite.append(s.href ? el('a', { href: s.href }, s.text) : document.createTextNode(s.text))
  })
  if (l.interpretation) cite.append(document.createTextNode('，本站理解'))
  if (shown) cite.append(document.createTextNode('；'), el('a', { href: paths.rule(l.ruleId) }, '规则说明'))
  cite.append(document.createTextNode('）'))
  return cite
}
