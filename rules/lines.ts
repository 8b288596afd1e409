import { citation } from './period.ts'
import type { Line, Rule } from './types.ts'

/** A result line citing the rule it comes from. */
export function line(rule: Rule, code: string, zh: string, en: string, path?: string): Line {
  const out: Line = { code, zh, en, ruleId: rule.id, citation: citation(rule), interpretation: rule.interpretation }
  if (path !== undefined) out.path = path
  return out
}

/** Hours for display: at most two decimals, no trailing zeros. */
export function fmt(hours: number): string {
  return String(Math.round(hours * 100) / 100)
}
