import type { Hours } from './types.ts'

/**
 * Surplus professional hours count as public hours, never the reverse (芜人社秘〔2025〕85号 五（二）).
 * Only as many as the public requirement still lacks move over, so the total is unchanged.
 * Pass `applies: false` for assessment years before 2025 (interpretation, RULES.md §1).
 */
export function substitute(
  got: { public: number; professional: number },
  required: Hours,
  applies: boolean,
): { public: number; professional: number; moved: number } {
  if (!applies) return { ...got, moved: 0 }
  const surplus = Math.max(0, got.professional - required.professional)
  const lacking = Math.max(0, required.public - got.public)
  const moved = Math.min(surplus, lacking)
  return { public: got.public + moved, professional: got.professional - moved, moved }
}
