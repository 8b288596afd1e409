/** A rule's number by id, for the page's words (the numbers come from the rules table, never the text). */
import { RULES } from '../../rules/index.ts'

export { RULES }

export function ruleValue(id: string, name: string): number {
  const value = RULES.find((r) => r.id === id)?.values[name]
  if (value === undefined) throw new Error(`rules table: ${id} has no value "${name}"`)
  return value
}
