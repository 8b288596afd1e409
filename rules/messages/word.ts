/**
 * Turns result lines and validation errors (data) into text, in the language of the messages
 * passed: `zh` (rules/messages/zh.ts) or `en`. The CLI and the calculator page word with these.
 */
import { fieldLabel } from '../labels.ts'
import { fieldOf } from '../paths.ts'
import type { CycleLine, CycleLineParams, Expectation, ValidationError, ValidationParams, YearLine, YearLineParams } from '../types.ts'

/** How a line names the activity it is about: the CLI shows the path, the page "第3项". */
export interface Place {
  /** the line's own path, named; '' when the line is about no activity */
  path: string
  name: (path: string) => string
}

export interface Messages {
  lang: 'zh' | 'en'
  year: { [C in keyof YearLineParams]: (p: YearLineParams[C], at: Place) => string }
  cycle: { [C in keyof CycleLineParams]: (p: CycleLineParams[C]) => string }
  error: { [C in keyof ValidationParams]: (p: ValidationParams[C]) => string }
  expectations: Record<Expectation, string>
  /** an error as one sentence: the path, the field's label, what is wrong */
  fieldError: (path: string, label: string, detail: string) => string
}

const asIs = (path: string) => path

export function yearLineText(m: Messages, l: YearLine, name: (path: string) => string = asIs): string {
  // the table is indexed by the line's own code, so its params fit
  const word = m.year[l.code] as (p: YearLine['params'], at: Place) => string
  return word(l.params, { path: l.path === undefined ? '' : name(l.path), name })
}

export function cycleLineText(m: Messages, l: CycleLine): string {
  const word = m.cycle[l.code] as (p: CycleLine['params']) => string
  return word(l.params)
}

/** What is wrong with the field, without naming it: "须为数字，收到 \"x\"". */
export function errorDetail(m: Messages, e: ValidationError): string {
  const word = m.error[e.code] as (p: ValidationError['params']) => string
  return word(e.params)
}

/** The whole error, naming the field: "activities[2].days（天数）：须为整数，收到 1.5". */
export function errorText(m: Messages, e: ValidationError, shownPath: string = e.path): string {
  const field = fieldOf(e.at)
  const label = field === undefined ? e.path : (fieldLabel(field)?.[m.lang] ?? field)
  return m.fieldError(shownPath, label, errorDetail(m, e))
}
