/**
 * Seeded randomness for the quiz: every "random" choice (distractors, shuffles, the daily set)
 * is a pure function of content or date, so builds are reproducible and every visitor sees the
 * same thing. Browser-safe: no Node imports.
 */

/** A 53-bit string hash (cyrb53): fast, well mixed, identical in Node and browsers. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A random source returning floats in [0, 1). */
export type Rng = () => number;

/** A small seeded PRNG (mulberry32) whose seed is the hash of a string. */
export function seededRng(seed: string): Rng {
  let state = hash53(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}

/** A Fisher–Yates shuffle of a copy of `items`, seeded by `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const rng = seededRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

/**
 * A seeded shuffle that never returns the original order (for order and match questions,
 * where the unshuffled order would give the answer away). Rotates by one if the shuffle
 * happened to be the identity.
 */
export function seededDerangedShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = seededShuffle(items, seed);
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}
