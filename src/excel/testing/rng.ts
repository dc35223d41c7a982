/**
 * Deterministic pseudo-random numbers (mulberry32) for generated test and benchmark data, so every run
 * uses the same workbook. Test tooling only: the engine never uses randomness.
 *
 * @example const random = rng(42); random() // 0.6011037519201636
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
