/**
 * mulberry32: a tiny seeded generator, so tests that feed code pseudo-random
 * input are deterministic and a failure can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` strings of pieces drawn from `pieces`, each repeated 1 to 6 times (runs), up to 14 pieces
 * long, after the empty string and each piece alone: input for holding a rewritten pattern to the
 * one it replaces.
 */
export function randomRuns(seed: number, pieces: readonly string[], count: number): string[] {
  const rand = seededRandom(seed);
  const out = ['', ...pieces];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = Math.floor(rand() * 14); n > 0; n--) s += pieces[Math.floor(rand() * pieces.length)]!.repeat(1 + Math.floor(rand() * 6));
    out.push(s);
  }
  return out;
}
