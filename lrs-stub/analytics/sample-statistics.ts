/**
 * The few sample statistics the item analysis is made of (means, sums of squared deviations,
 * sums of cross products, the median), on plain arrays of numbers. Written once so the item
 * and the test statistics agree on what "constant" and "median" mean.
 */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * True when all values are equal, up to rounding. Marks such as 0.7 or 1/3 do not sum
 * exactly, so a column of identical marks can leave a variance of 1e-32 that would otherwise
 * turn into a correlation of ±100%.
 */
export function isConstant(values: readonly number[]): boolean {
  if (values.length === 0) return true;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min <= 1e-9 * Math.max(1, Math.abs(min), Math.abs(max));
}

/** Σ (x − x̄)(y − ȳ); with `ys` = `xs` it is the sum of squared deviations. */
export function sumOfCrossProducts(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sum = 0;
  xs.forEach((x, i) => {
    sum += (x - mx) * (ys[i]! - my);
  });
  return sum;
}

/**
 * Σ (x − x̄)(y − ȳ) with both columns sorted ascending before pairing: the largest cross
 * product any pairing of these two sets of values can give (rearrangement inequality). It is
 * what Moodle divides by for the discriminative efficiency ("covariancemax").
 */
export function sortedPairingCrossProducts(xs: readonly number[], ys: readonly number[]): number {
  const ascending = (a: number, b: number) => a - b;
  return sumOfCrossProducts([...xs].sort(ascending), [...ys].sort(ascending));
}

/** The middle value, or the mean of the two middle values for an even count (as Moodle). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
