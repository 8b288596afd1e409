/**
 * Citations as the pages print them: each place a rule is printed (document and article) as its
 * own part, linked where the site holds the document (site/lib/rule-links.ts makes the links).
 */
import { ruleSources, sourceText, type Rule } from '../../rules/index.ts'

export interface CitationLink {
  text: string
  href?: string
}

/** rule id → the places it is printed, linked where the site has the document */
export type CitationLinks = Readonly<Record<string, readonly CitationLink[]>>

/** The places several rules are printed, each place once, in order; unlinked where the page has no link. */
export function citationsOf(rules: readonly Rule[], links: CitationLinks): CitationLink[] {
  const all = rules.flatMap((r) => links[r.id] ?? ruleSources(r).map((s) => ({ text: sourceText(s) })))
  return all.filter((c, i) => all.findIndex((o) => o.text === c.text) === i)
}
