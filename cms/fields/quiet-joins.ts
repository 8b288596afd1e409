/**
 * A `condition` for what only an existing document can show (its reverse relations, the join
 * fields): a new notice shows none of Payload's 「没有结果。没有找到…」 for them.
 */
// Fails open: only a form that says it creates a document hides them. The admin's later form-state
// requests do not always carry the operation or the id, and a saved notice must keep showing them.
export const onceSaved = (data: { id?: unknown } | undefined, _sibling: unknown, context?: { operation?: string }) =>
  context?.operation !== 'create' || Boolean(data?.id)
