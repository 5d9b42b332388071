/**
 * A seeded random source for adversarial tests: the seed is printed, so a failing run can be replayed with
 * LIVECUE_CHAOS_SEED=<seed>. mulberry32: tiny and good enough for picking kill moments and chaos.
 */
export interface SeededRandom {
  readonly seed: number;
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
  };
}

/** The seed from LIVECUE_CHAOS_SEED, or a fresh one; printed with the test's label either way. */
export function chaosSeed(label: string): SeededRandom {
  const fromEnv = process.env.LIVECUE_CHAOS_SEED;
  const seed = fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(seed)) throw new Error(`LIVECUE_CHAOS_SEED must be an integer, not "${fromEnv}"`);
  console.log(`[chaos] ${label}: seed ${seed} (replay with LIVECUE_CHAOS_SEED=${seed})`);
  return seededRandom(seed);
}
