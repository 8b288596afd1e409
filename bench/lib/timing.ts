/** Clocks, percentiles and human-readable durations and sizes for the benchmark. */

export const now = (): number => performance.now()

/** Runs `fn` and returns its result with the wall time in milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = now()
  const value = await fn()
  return { value, ms: now() - start }
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1]!
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** 1234 → "1.2 s", 95000 → "1 min 35 s", 12.3 → "12 ms". */
export function formatMs(ms: number | undefined | null): string {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return '—'
  if (ms < 1) return `${round(ms * 1000, 0)} µs`
  if (ms < 1000) return `${round(ms, ms < 10 ? 2 : 0)} ms`
  const s = ms / 1000
  if (s < 60) return `${round(s, 1)} s`
  const m = Math.floor(s / 60)
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`
}

/** Bytes as KB (1 KB = 1024 B) or MB, the unit the targets use. */
export function formatBytes(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${round(bytes / 1024, 1)} KB`
  if (bytes < 1024 ** 3) return `${round(bytes / 1024 ** 2, 1)} MB`
  return `${round(bytes / 1024 ** 3, 2)} GB`
}

/** a / b as "0.42×", or "—" when either side is missing. */
export function formatRatio(a: number | undefined | null, b: number | undefined | null): string {
  if (!a || !b || !Number.isFinite(a) || !Number.isFinite(b)) return '—'
  return `${round(a / b, 2)}×`
}

export function ratio(a: number | undefined | null, b: number | undefined | null): number | null {
  if (!a || !b || !Number.isFinite(a) || !Number.isFinite(b)) return null
  return round(a / b, 3)
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
