/**
 * Over a cycle the test is the average (宜人社秘〔2023〕43号 四（三）; 省地矿局通知 五（四）): a surplus
 * in one year offsets a shortfall in another. Cramming (interpretation, RULES.md §4): one year
 * carries at most `cap` hours of a kind toward the cycle; the rest is flagged and not counted.
 */
export function capHours(hours: readonly number[], cap: number): { counted: number[]; notCounted: number[] } {
  return {
    counted: hours.map((h) => Math.min(h, cap)),
    notCounted: hours.map((h) => round(Math.max(0, h - cap))),
  }
}

/**
 * How much of each year's surplus over `required` offsets the shortfalls of the other years,
 * taken from the earliest surplus first; the sum is the smaller of all surplus and all shortfall.
 */
export function offsets(counted: readonly number[], required: number): number[] {
  let shortfall = counted.reduce((s, h) => s + Math.max(0, required - h), 0)
  return counted.map((h) => {
    const used = Math.min(Math.max(0, h - required), shortfall)
    shortfall -= used
    return round(used)
  })
}

export function average(values: readonly number[]): number {
  if (values.length === 0) return 0
  return round(values.reduce((s, v) => s + v, 0) / values.length)
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
