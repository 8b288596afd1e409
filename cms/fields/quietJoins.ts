/**
 * A `condition` for what only an existing document can show (its reverse relations, the join
 * fields): a new notice shows none of Payload's 「没有结果。没有找到…」 for them.
 */
export const onceSaved = (data: { id?: unknown } | undefined, _sibling: unknown, context?: { operation?: string }) =>
  context?.operation === 'update' || Boolean(data?.id)
