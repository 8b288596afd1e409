import { en } from '../messages/en.ts'
import { cycleLineText, errorText, yearLineText, type Messages } from '../messages/word.ts'
import { zh } from '../messages/zh.ts'
import type { CycleLine, CycleResult, Line, ValidationError, YearLine, YearResult } from '../types.ts'

export type Lang = 'zh' | 'en'

export function messagesFor(lang: Lang): Messages {
  return lang === 'zh' ? zh : en
}

function renderLine(l: Line, text: string) {
  return {
    code: l.code,
    text,
    ruleId: l.ruleId,
    citation: l.citation,
    ...(l.interpretation ? { interpretation: true } : {}),
    ...(l.path ? { path: l.path } : {}),
  }
}

/** The JSON the `check` command prints (RULES.md §5). */
export function renderYear(r: YearResult, m: Messages) {
  const line = (l: YearLine) => renderLine(l, yearLineText(m, l))
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
    explanations: r.explanations.map(line),
    warnings: r.warnings.map(line),
    activities: r.activities,
  }
}

export function renderCycle(r: CycleResult, m: Messages) {
  const line = (l: CycleLine) => renderLine(l, cycleLineText(m, l))
  const years = r.years.map(({ detail, ...y }) => (detail ? { ...y, detail: renderYear(detail, m) } : y))
  return { ...r, years, explanations: r.explanations.map(line), warnings: r.warnings.map(line) }
}

export function renderErrors(errors: readonly ValidationError[], m: Messages): string {
  return errors.map((e) => errorText(m, e)).join('\n')
}
