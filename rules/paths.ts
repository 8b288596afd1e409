import type { PathPart } from './types.ts'

/** ['activities', 2, 'days'] → activities[2].days; the input itself is (root). */
export function formatPath(at: readonly PathPart[]): string {
  if (at.length === 0) return '(root)'
  return at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** The path of the i-th activity of a yearly input, as result lines and errors name it. */
export function activityPath(i: number): string {
  return formatPath(['activities', i])
}

/** The field a path ends in (its last name): ['activities', 2] → activities. */
export function fieldOf(at: readonly PathPart[]): string | undefined {
  return at.findLast((p): p is string => typeof p === 'string')
}
