import type { ActivityType, Subject } from './types.ts'

/** A conversion activity with the hours its own rule gives it. */
export interface ConversionEntry {
  path: string
  type: ActivityType
  date: string
  hours: number
  subject: Subject
}

/** One option a person may declare under 就高原则. */
export interface ConversionOption {
  type: ActivityType
  paths: string[]
  hours: number
  public: number
  professional: number
  /** stable tie-break, independent of the order activities were entered */
  key: string
}

/**
 * Groups conversion entries into options. Interpretation: days of training and lectures within
 * one item add up (the item says "per day", "per occasion"); every exam, degree and other
 * conversion is an option of its own.
 */
export function conversionOptions(entries: readonly ConversionEntry[]): ConversionOption[] {
  const options: ConversionOption[] = []
  const grouped = new Map<ActivityType, ConversionOption>()
  for (const e of entries) {
    const share = { public: e.subject === 'public' ? e.hours : 0, professional: e.subject === 'professional' ? e.hours : 0 }
    if (e.type === 'training' || e.type === 'lecture') {
      const g = grouped.get(e.type)
      if (g) {
        g.paths.push(e.path)
        g.hours += e.hours
        g.public += share.public
        g.professional += share.professional
        continue
      }
      const option = { type: e.type, paths: [e.path], hours: e.hours, ...share, key: e.type }
      grouped.set(e.type, option)
      options.push(option)
    } else {
      options.push({ type: e.type, paths: [e.path], hours: e.hours, ...share, key: `${e.type}|${e.date}|${e.subject}|${e.hours}` })
    }
  }
  return options
}

/**
 * 就高原则 (109号 第二十一条第4项): only the option with the most hours is recognised. On a tie the
 * option with more professional hours wins, since those may also count as public, never the reverse.
 */
export function pickHighest(options: readonly ConversionOption[]): { chosen?: ConversionOption; dropped: ConversionOption[] } {
  const sorted = [...options].sort(
    (a, b) => b.hours - a.hours || b.professional - a.professional || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
  const [chosen, ...dropped] = sorted
  return chosen ? { chosen, dropped } : { dropped: [] }
}
