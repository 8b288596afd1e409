/**
 * The hour rules of Anhui's continuing education for professional staff: the public API used by
 * the site, the CMS, the command line and the tests. No dependencies; runs on Node 24 natively.
 */
import { evaluateCycle } from './check-cycle.ts'
import { evaluateYear } from './check-year.ts'
import { todayInChina } from './dates.ts'
import { rulesInForce } from './period.ts'
import { RULES } from './table.ts'
import type { CheckOptions, CycleResult, Rule, YearResult } from './types.ts'
import { validateCycleInput } from './validate-cycle.ts'
import { RulesInputError } from './input-error.ts'
import { validateYearInput } from './validate.ts'

export type * from './types.ts'
export { activityTypes, subjects, titleLevels } from './types.ts'
export { RULES, REGIME_SPLIT, RULES_VERSION } from './table.ts'
export { pickPeriod, rulesInForce, citation, ruleSources, sourcesOf, sourceText } from './period.ts'
export { isRealDate, todayInChina } from './dates.ts'
export { validateYearInput, MIN_YEAR, MAX_YEAR } from './validate.ts'
export { RulesInputError } from './input-error.ts'
export { validateCycleInput } from './validate-cycle.ts'
export { evaluateYear } from './check-year.ts'
export { evaluateCycle } from './check-cycle.ts'
export { topicDateProblems, topicWindowStatus, topicWindowLabels, lastStudyDay, daysUntil, type TopicWindow, type TopicWindowStatus } from './topic-date.ts'
export { studyDeadline } from './study-window.ts'
export { activityNames, subjectNames, fieldLabels, fieldLabel, type FieldLabel } from './labels.ts'
export { activityPath, formatPath } from './paths.ts'
export { activityFieldsOf } from './input-fields.ts'
export { yearLineText, cycleLineText, errorText, errorDetail, type Messages, type Place } from './messages/word.ts'
export { zh } from './messages/zh.ts'
export { inputSchemas, yearInputSchema, cycleInputSchema } from './schemas.ts'
export { rulesDocument, openRule, type OpenRule, type RulesDocument } from './open-data.ts'
export { en } from './messages/en.ts'

function resolve(options: CheckOptions): { asOf: string; rules: readonly Rule[] } {
  return { asOf: options.asOf ?? todayInChina(new Date()), rules: options.rules ?? RULES }
}

/**
 * Checks one assessment year. Bad input throws RulesInputError, whose `errors` name each field;
 * call validateYearInput first to get the list without throwing.
 * @example checkYear({ year: 2026, activities: [{ type: 'training', days: 3, date: '2026-06-20' }] }, { asOf: '2026-12-01' })
 */
export function checkYear(input: unknown, options: CheckOptions = {}): YearResult {
  const v = validateYearInput(input)
  if (!v.ok) throw new RulesInputError(v.errors)
  const { asOf, rules } = resolve(options)
  return evaluateYear(v.value, asOf, rules, options.topics ?? [])
}

/** Multi-year check (title application or internal promotion); see rules/README.md for the input. */
export function checkCycle(input: unknown, options: CheckOptions = {}): CycleResult {
  const v = validateCycleInput(input)
  if (!v.ok) throw new RulesInputError(v.errors)
  const { asOf, rules } = resolve(options)
  return evaluateCycle(v.value, asOf, rules)
}

/** The rules to show in a table on a date (default today): those in force then. */
export function rulesTable(asOf?: string, rules: readonly Rule[] = RULES): Rule[] {
  return rulesInForce(rules, asOf ?? todayInChina(new Date()))
}
