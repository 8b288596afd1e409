import { applied, citation } from './period.ts'
import type { AppliedRule, LineBase, LinesOf, Rule } from './types.ts'

/**
 * The explanations and warnings of one check, as data (code and params, worded by
 * rules/messages/), each citing its rule; remembers which rules were used.
 */
export class LineLog<P> {
  readonly explanations: LinesOf<P>[] = []
  readonly warnings: LinesOf<P>[] = []
  private readonly used = new Set<string>()

  explain<C extends keyof P>(rule: Rule, code: C, params: P[C], path?: string): void {
    this.explanations.push(this.line(rule, code, params, path))
  }

  warn<C extends keyof P>(rule: Rule, code: C, params: P[C], path?: string): void {
    this.warnings.push(this.line(rule, code, params, path))
  }

  /** A rule applied without a line of its own (an activity's rate, a year worked out inside a cycle). */
  use(ruleId: string): void {
    this.used.add(ruleId)
  }

  /** The rules used, in table order. */
  applied(rules: readonly Rule[]): AppliedRule[] {
    return rules.filter((r) => this.used.has(r.id)).map(applied)
  }

  private line<C extends keyof P>(rule: Rule, code: C, params: P[C], path?: string): LinesOf<P> {
    this.used.add(rule.id)
    const out: LineBase & { code: C; params: P[C] } = { code, params, ruleId: rule.id, citation: citation(rule), interpretation: rule.interpretation }
    if (path !== undefined) out.path = path
    // one member of the union: TypeScript cannot relate a generic code to its params
    return out as unknown as LinesOf<P>
  }
}

