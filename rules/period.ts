import { within } from './dates.ts'
import type { AppliedRule, Rule, RuleSource } from './types.ts'

/**
 * The rule with `key` whose period contains `date`, or undefined when none does.
 * Two periods of one key that both contain the date are a data error, so it throws.
 */
export function pickPeriod(rules: readonly Rule[], key: string, date: string): Rule | undefined {
  const found = rules.filter((r) => r.key === key && within(date, r.validFrom, r.validTo))
  if (found.length > 1) throw new Error(`rules table: ${found.map((r) => r.id).join(', ')} overlap on ${date}`)
  return found[0]
}

/** Like pickPeriod, for rules the calculator cannot work without. */
export function requirePeriod(rules: readonly Rule[], key: string, date: string): Rule {
  const found = pickPeriod(rules, key, date)
  if (!found) throw new Error(`rules table: no period of "${key}" contains ${date}`)
  return found
}

/** A number the rule carries; a missing one is a data error, never a silent zero. */
export function ruleValue(rule: Rule, name: string): number {
  const value = rule.values[name]
  if (value === undefined) throw new Error(`rules table: ${rule.id} has no value "${name}"`)
  return value
}

/** The rules in force on a date, for the rules table a page shows. */
export function rulesInForce(rules: readonly Rule[], date: string): Rule[] {
  return rules.filter((r) => within(date, r.validFrom, r.validTo))
}

/**
 * Every place the rule is printed, one document and article each: the rule's own source first,
 * then `also`; an article naming several parts (`三；附件2 十八`) gives one source per part, each
 * with its document's name, and a place named twice is given once.
 */
export function ruleSources(rule: Rule): RuleSource[] {
  const listed = [{ source: rule.source, article: rule.article, seed: rule.seed }, ...(rule.also ?? [])]
  const parts = listed.flatMap((s) => s.article.split('；').map((article) => ({ ...s, article: article.trim() })))
  return parts.filter((s, i) => parts.findIndex((o) => sourceText(o) === sourceText(s)) === i)
}

/** The sources of several rules, each place once, in order (for a text citing them together). */
export function sourcesOf(rules: readonly Rule[]): RuleSource[] {
  const all = rules.flatMap(ruleSources)
  return all.filter((s, i) => all.findIndex((o) => sourceText(o) === sourceText(s)) === i)
}

/** One source as text: 皖人社秘〔2025〕109号（十）, 宜人社秘〔2023〕43号 四（三）. */
export function sourceText(s: { source: string; article: string }): string {
  return `${s.source}${s.article.startsWith('（') ? '' : ' '}${s.article}`
}

export function citation(rule: Rule): string {
  return ruleSources(rule).map(sourceText).join('；')
}

export function applied(rule: Rule): AppliedRule {
  return { id: rule.id, source: rule.source, article: rule.article, interpretation: rule.interpretation }
}
