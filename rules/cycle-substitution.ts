import type { Hours } from './types.ts'

/** One year's hours in whole hundredths, and whether 芜人社秘〔2025〕85号 五（二） applies to it. */
export interface SplitYear {
  public: number
  professional: number
  applies: boolean
}

/** How many hundredths of a year's professional hours count as public, and why. */
export interface SplitMove {
  /** professional hours above the cap that move to public up to its cap: the cycle loses nothing */
  free: number
  /** further surplus moved while the cycle lacks public hours and has professional to spare */
  traded: number
}

/**
 * The split of each year's hours most favourable to the person, over the whole cycle (the person
 * asks for recognition as public or professional, 芜人社秘〔2025〕85号 五（二）; the split is the
 * site's reading). All amounts are whole hundredths of an hour so sums are exact. First, professional
 * hours the cap would not count move to public up to the public cap; then, while the cycle's public
 * sum is short and its professional sum is above the requirement, more surplus moves, never leaving
 * a year below the professional requirement or above the public cap. Public never moves to professional.
 */
export function splitCycle(years: readonly SplitYear[], required: Hours, cap: { public: number; professional: number }): SplitMove[] {
  const moves = years.map((y) => {
    if (!y.applies) return { free: 0, traded: 0 }
    const free = Math.max(0, Math.min(y.professional - cap.professional, cap.public - y.public))
    return { free, traded: 0 }
  })
  const counted = (i: number) => {
    const y = years[i]!
    const moved = moves[i]!.free + moves[i]!.traded
    return { public: Math.min(y.public + moved, cap.public), professional: Math.min(y.professional - moved, cap.professional) }
  }
  const n = years.length
  const sum = (pick: 'public' | 'professional') => years.reduce((s, _, i) => s + counted(i)[pick], 0)
  let publicShort = n * required.public - sum('public')
  let professionalSpare = sum('professional') - n * required.professional
  years.forEach((y, i) => {
    if (!y.applies || publicShort <= 0 || professionalSpare <= 0) return
    const now = counted(i)
    const trade = Math.max(0, Math.min(publicShort, professionalSpare, now.professional - required.professional, cap.public - now.public))
    moves[i]!.traded = trade
    publicShort -= trade
    professionalSpare -= trade
  })
  return moves
}
