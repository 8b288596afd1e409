import type { Field, JoinField } from 'payload'

/**
 * `condition`s for what only points at a document from elsewhere (its reverse relations, the join
 * fields): a notice shows none of Payload's 「没有结果。没有找到…」 for them — not while it is new,
 * and not once saved while nothing points at it.
 */
type Data = Record<string, unknown> | undefined
type Context = { operation?: string }

// Fails open: only a form that says it creates a document hides them. The admin's later form-state
// requests do not always carry the operation or the id, and a saved notice must keep showing them.
export const onceSaved = (data: { id?: unknown } | undefined, _sibling: unknown, context?: Context) =>
  context?.operation !== 'create' || Boolean(data?.id)

/** False only for a join value known to be empty; a value the form does not carry shows. */
function mayHaveDocs(value: unknown): boolean {
  if (value === undefined || value === null || typeof value !== 'object') return value === undefined
  const docs = (value as { docs?: unknown }).docs
  return !Array.isArray(docs) || docs.length > 0
}

/** One join field: shown when something points here. */
export const whenJoined = (name: string) => (data: Data) => mayHaveDocs(data?.[name])

/** The section holding the join fields: shown once saved and when any of them has something. */
export const whenAnyJoined =
  (names: readonly string[]) =>
  (data: Data, sibling: unknown, context?: Context) =>
    onceSaved(data, sibling, context) && names.some((name) => mayHaveDocs(data?.[name]))

/**
 * The collapsible section of a document's reverse relations: each join shown only when something
 * points here through it, and the section only when one of them does.
 */
export function reverseRelations(label: string, joins: JoinField[]): Field {
  return {
    type: 'collapsible',
    label,
    admin: { initCollapsed: false, condition: whenAnyJoined(joins.map((join) => join.name)) },
    fields: joins.map((join) => ({ ...join, admin: { ...join.admin, condition: whenJoined(join.name) } })),
  }
}
