/**
 * Hours as whole hundredths of an hour. Hours are entered to two decimals; sums and comparisons
 * on whole hundredths are exact, where on floats 60 − 59.7 is 0.29999999999999716.
 */
export function hundredths(hours: number): number {
  return Math.round(hours * 100)
}

/** `a − b` in hours, exact to the hundredth. */
export function minus(a: number, b: number): number {
  return (hundredths(a) - hundredths(b)) / 100
}
