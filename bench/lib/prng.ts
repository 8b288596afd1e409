/**
 * A small seeded generator (mulberry32): the benchmark's corpora are the same for a size, and a
 * failing random test case can be replayed from its seed. Here rather than in test/lib because
 * test/ imports bench/ and bench/ never imports test/ (test/foundation/floors.test.ts).
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
