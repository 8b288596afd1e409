import { hundredths } from './hundredths.ts'

/**
 * Over a cycle the test is the average (宜人社秘〔2023〕43号 四（三）; 省地矿局通知 五（四）): a surplus
 * in one year offsets a shortfall in another. Cramming (interpretation, RULES.md §4): one year
 * carries at most `cap` hours of a kind toward the cycle; the rest is flagged and not counted.
 * Hours are entered to two decimals; the sums here are taken in whole hundredths, so a comparison
 * never depends on float noise or on rounding an average first.
 */
export function capHours(hours: readonly number[], cap: number): { counted: number[]; notCounted: number[] } {
  return {
    counted: hours.map((h) => Math.min(h, cap)),
    notCounted: hours.map((h) => Math.max(0, hundredths(h) - hundredths(cap)) / 100),
  }
}

/**
 * How much of each year's surplus over `required` offsets the shortfalls of the other years,
 * taken from the earliest surplus first; the sum is the smaller of all surplus and all shortfall.
 */
export function offsets(counted: readonly number[], required: number): number[] {
  const req = hundredths(required)
  let shortfall = counted.reduce((s, h) => s + Math.max(0, req - hundredths(h)), 0)
  return counted.map((h) => {
    const used = Math.min(Math.max(0, hundredths(h) - req), shortfall)
    shortfall -= used
    return used / 100
  })
}

/** Whether the years reach `required` on average: their sum against years × requirement, exactly. */
export function averageMeets(values: readonly number[], required: number): boolean {
  return sum(values) >= values.length * hundredths(required)
}

/** The average as shown: rounded down to hundredths, so it never shows as reaching a requirement it misses. */
export function average(values: readonly number[]): number {
  if (values.length === 0) return 0
  return Math.floor(sum(values) / values.length) / 100
}

/** What the average lacks, rounded up to hundredths, so a shortfall never shows as 0. */
export function averageShortfall(values: readonly number[], required: number): number {
  if (values.length === 0) return 0
  const lacking = values.length * hundredths(required) - sum(values)
  return Math.max(0, Math.ceil(lacking / values.length)) / 100
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + hundredths(v), 0)
}
