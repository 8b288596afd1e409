/**
 * Where each place a rule is printed links on the site: the notice page of its document, or, for
 * an answer of 皖人社秘〔2021〕115号 附件2 (有关问题解答), that FAQ's anchor on /faqs/. Documents the
 * site does not hold get no link. The article's anchor is added where the notice's rendered text
 * has it. The one link mechanism for citations: the calculators, /rules/ and /rules.json use it.
 */
import type { Rule, RuleSource } from '../../rules/index.ts'
import { RULES, ruleSources, sourceText } from '../../rules/index.ts'
import { articleAnchor } from '../../components/lib/article-anchor.ts'
import { paths } from '../../components/lib/paths.ts'
import { headingAnchors } from '../../components/lib/richtext.ts'
import type { CitationLink } from '../../components/lib/citations.ts'
import type { FaqData, NoticeData } from './schemas.ts'

export type { CitationLink } from '../../components/lib/citations.ts'

export type AnchorFor = (notice: NoticeData, article: string) => string | undefined

/** The article's anchor (components/lib/article-anchor.ts) when the notice's rendered text has it. */
function renderedAnchor(): AnchorFor {
  const anchors = new Map<NoticeData['id'], Set<string>>()
  return (notice, article) => {
    const anchor = articleAnchor(article)
    if (!anchor) return undefined
    if (!anchors.has(notice.id)) anchors.set(notice.id, headingAnchors(notice.body))
    return anchors.get(notice.id)!.has(anchor) ? anchor : undefined
  }
}

export function ruleLinks(notices: readonly NoticeData[], faqs: readonly FaqData[] = [], anchorFor: AnchorFor = renderedAnchor()) {
  const noticeOf = (s: RuleSource) => notices.find((n) => n.docNumber === s.source) ?? notices.find((n) => !n.docNumber && n.source === s.seed)

  function sourceHref(s: RuleSource): string | undefined {
    const notice = noticeOf(s)
    if (!notice) return undefined
    const faq = /^附件2\s*([一二三四五六七八九十]+)$/.exec(s.article.trim())
    if (faq) {
      const answer = faqs.find((f) => f.sourceNotice === notice.id && f.ordinal === faq[1])
      if (answer) return paths.faqAnchor(answer.slug)
    }
    const anchor = anchorFor(notice, s.article)
    return `${paths.notice(notice.slug)}${anchor ? `#${anchor}` : ''}`
  }

  /**
   * The rules the site shows (on /rules/, in the calculator's table and method): those printed in
   * a document the site holds. On a day before any of its documents is published a rule is not
   * cited yet, though the calculators may still apply it by its dates.
   */
  function knownRules(): Rule[] {
    return RULES.filter((r) => ruleSources(r).some((s) => noticeOf(s) !== undefined))
  }

  /** rule id → its citation as linked parts, one per place the rule is printed; shown rules only */
  function citationLinks(): Record<string, CitationLink[]> {
    return Object.fromEntries(knownRules().map((r) => [r.id, ruleSources(r).map((s) => {
      const href = sourceHref(s)
      return href ? { text: sourceText(s), href } : { text: sourceText(s) }
    })]))
  }

  return { sourceHref, citationLinks, knownRules }
}
