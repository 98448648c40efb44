/**
 * A small seeded pseudo-random generator for quiz draws and shuffles. The same seed always
 * gives the same sequence, so a resumed attempt shows its items and options in the order the
 * learner first saw, without storing that order in the (size-limited) resume state.
 * Not for anything secret: mulberry32 is fast and evenly spread, not unpredictable.
 */

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units), used to turn a seed text into a number. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: returns a function giving numbers in [0, 1), fully determined by `seed`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a text, such as `attempt-2:item-id`. */
export const seededRandom = (seed: string): (() => number) => mulberry32(hashString(seed));

/** A shuffled copy of `items` (Fisher-Yates); the input is left untouched. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
