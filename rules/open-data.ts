/**
 * The rulebook as open data: every rule of table.ts as the site publishes it at /rules.json,
 * with the rulebook's version and the build date. Links to pages are the site's to add.
 */
import { citation, ruleSources } from './period.ts'
import { RULES, RULES_VERSION } from './table.ts'
import type { Rule, RuleSource, Text } from './types.ts'

export interface OpenRule {
  id: string
  /** rules with the same key cover different periods of one concept */
  key: string
  title: Text
  summary: Text
  values: Readonly<Record<string, number>>
  /** first and last day the rule applies to (inclusive); null: open */
  validFrom: string | null
  validTo: string | null
  /** 文号 (or the notice's description where the scan lost its number) */
  source: string
  article: string
  /** every place the rule is printed, the first being source and article */
  sources: RuleSource[]
  /** as the site shows it: 皖人社秘〔2025〕109号（十） */
  citation: string
  /** the notice's own words where the scan has them, else null */
  quote: string | null
  /** true: the site's reading of the notices, not policy */
  interpretation: boolean
}

export interface RulesDocument {
  version: string
  /** the day the site was built (YYYY-MM-DD, Beijing) */
  buildDate: string
  rules: OpenRule[]
}

export function openRule(r: Rule): OpenRule {
  return {
    id: r.id, key: r.key, title: r.title, summary: r.summary, values: r.values,
    validFrom: r.validFrom, validTo: r.validTo, source: r.source, article: r.article,
    sources: ruleSources(r), citation: citation(r), quote: r.quote ?? null, interpretation: r.interpretation,
  }
}

export function rulesDocument(buildDate: string, rules: readonly Rule[] = RULES): RulesDocument {
  return { version: RULES_VERSION, buildDate, rules: rules.map(openRule) }
}
