/**
 * Make-up and cramming over consecutive years, for one kind of hours (interpretation of
 * 皖人社秘〔2021〕115号 五（四）, RULES.md §4): a year's hours count for that year, and any surplus
 * may make up the year before; more than that counts for no other year.
 */
export function spreadHours(hours: readonly number[], required: number): { effective: number[]; madeUp: number[]; leftover: number[] } {
  const effective = hours.map((h) => Math.min(h, required))
  const surplus = hours.map((h) => Math.max(0, h - required))
  const madeUp = hours.map(() => 0)
  for (let i = 1; i < hours.length; i++) {
    const lacking = required - (effective[i - 1] ?? 0)
    const move = Math.min(lacking, surplus[i] ?? 0)
    if (move > 0) {
      effective[i - 1] = (effective[i - 1] ?? 0) + move
      surplus[i] = (surplus[i] ?? 0) - move
      madeUp[i] = move
    }
  }
  return { effective, madeUp, leftover: surplus }
}

export function average(values: readonly number[]): number {
  if (values.length === 0) return 0
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100
}
