/**
 * A join field (the documents pointing here) is shown only once something points here: an
 * empty one would print Payload's 「没有结果……并不存在……」 for a list nobody fills by hand.
 */
type Joined = { docs?: unknown[] } | unknown[] | null | undefined

const count = (value: Joined) => (Array.isArray(value) ? value.length : Array.isArray(value?.docs) ? value.docs.length : 0)

export const whenJoined =
  (...names: string[]) =>
  (data: Record<string, unknown> | undefined) =>
    names.some((name) => count(data?.[name] as Joined) > 0)
