import type { CycleResult, Line, ValidationError, YearResult } from '../types.ts'

export type Lang = 'zh' | 'en'

function renderLine(l: Line, lang: Lang) {
  return {
    code: l.code,
    text: lang === 'zh' ? l.zh : l.en,
    ruleId: l.ruleId,
    citation: l.citation,
    ...(l.interpretation ? { interpretation: true } : {}),
    ...(l.path ? { path: l.path } : {}),
  }
}

/** The JSON the `check` command prints (RULES.md §5). */
export function renderYear(r: YearResult, lang: Lang) {
  return {
    year: r.year,
    total: r.total,
    public: r.public,
    professional: r.professional,
    required: r.required,
    shortfall: r.shortfall,
    met: r.met,
    outcome: r.outcome,
    substituted: r.substituted,
    asOf: r.asOf,
    openUntil: r.openUntil,
    rules: r.rules,
    explanations: r.explanations.map((l) => renderLine(l, lang)),
    warnings: r.warnings.map((l) => renderLine(l, lang)),
    activities: r.activities,
  }
}

export function renderCycle(r: CycleResult, lang: Lang) {
  return { ...r, explanations: r.explanations.map((l) => renderLine(l, lang)), warnings: r.warnings.map((l) => renderLine(l, lang)) }
}

export function renderErrors(errors: readonly ValidationError[], lang: Lang): string {
  return errors.map((e) => (lang === 'zh' ? e.zh : e.en)).join('\n')
}
