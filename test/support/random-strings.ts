// Reproducible random strings for tests that hold a fast function to the slow one it replaced: a fixed seed gives
// the same strings on every run, so a failure names a string that fails again.

export interface RandomStrings {
  /** The pieces a string is made of (letters, or whole words). */
  pool: readonly string[] | string;
  count: number;
  /** Each string has from `min` up to `min + spread - 1` pieces. */
  min: number;
  spread: number;
  seed: number;
}

export function randomStrings({ pool, count, min, spread, seed }: RandomStrings): string[] {
  let state = seed;
  // A linear congruential generator: enough to spread the pieces, and the same on every machine.
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let k = min + Math.floor(next() * spread); k > 0; k--) s += pool[Math.floor(next() * pool.length)];
    out.push(s);
  }
  return out;
}
