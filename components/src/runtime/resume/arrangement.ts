/**
 * Arrangements as numbers: an ordered selection without repeats, of any length, from `n`
 * things (the items an attempt drew in the order shown, the steps of an ordering answer) is
 * one of A(n) = sum over k of n!/(n-k)! possibilities, so it is stored as its rank in
 * ceil(log2 A(n)) bits: 17 bits for any order of eight steps, where a count and eight 3-bit
 * positions take 28. The rank counts the shorter arrangements first, then the Lehmer code of
 * this one (each element's position among the elements not used yet).
 */
import { CorruptState } from './corrupt-state.ts';

/** n!/(n-k)!: arrangements of exactly `k` of `n` things. */
function partial(n: number, k: number): bigint {
  let count = 1n;
  for (let i = 0; i < k; i += 1) count *= BigInt(n - i);
  return count;
}

/** A(n): arrangements of any length (0 to n) of `n` things. */
export function arrangementCount(n: number): bigint {
  let total = 0n;
  for (let k = 0; k <= n; k += 1) total += partial(n, k);
  return total;
}

/** The rank of `picked` (distinct positions in [0, n)) among all arrangements of `n` things. */
export function rankArrangement(picked: readonly number[], n: number): bigint {
  const k = picked.length;
  let offset = 0n;
  for (let j = 0; j < k; j += 1) offset += partial(n, j);
  const unused = Array.from({ length: n }, (_, i) => i);
  let lehmer = 0n;
  picked.forEach((p, i) => {
    const at = unused.indexOf(p);
    if (at < 0) throw new RangeError(`position ${p} is repeated or outside 0..${n - 1}`);
    unused.splice(at, 1);
    lehmer = lehmer * BigInt(n - i) + BigInt(at);
  });
  return offset + lehmer;
}

/** The arrangement with rank `rank`; corrupt when the rank is not below `arrangementCount(n)`. */
export function unrankArrangement(rank: bigint, n: number): number[] {
  let rest = rank;
  let k = 0;
  for (; k <= n; k += 1) {
    const count = partial(n, k);
    if (rest < count) break;
    rest -= count;
  }
  if (k > n) throw new CorruptState(`arrangement ${rank} of ${n} does not exist`);
  const digits: number[] = [];
  for (let i = k - 1; i >= 0; i -= 1) {
    const radix = BigInt(n - i);
    digits[i] = Number(rest % radix);
    rest /= radix;
  }
  const unused = Array.from({ length: n }, (_, i) => i);
  return digits.map((d) => unused.splice(d, 1)[0]!);
}
