/**
 * The exact probability that a learner who answers each pool item right with a known chance
 * passes one attempt of a quiz that draws some of its items. Computed, not sampled: a draw of n
 * items from a pool is uniform over the pool's n-subsets, so the number of right answers follows
 * a hypergeometric law (a "Poisson-binomial" one when chances are fractions), obtained here by
 * dynamic programming item by item; a stratified draw (`stratify: module`) draws each module's
 * share independently, so its law is the convolution of the groups' laws. Within several attempts
 * with fresh draws: 1 − (1 − p)^attempts.
 *
 * Pass rule as the player applies it (components/src/runtime/quiz-scoring.ts): the rounded
 * percentage of right items reaches the pass mark.
 */

/** P(k right answers), k = 0..n, when `n` of the items are drawn at random and item i is right with chance `chances[i]`. */
export function drawnRightDistribution(chances: readonly number[], n: number): number[] {
  const total = chances.length;
  const draw = Math.max(0, Math.min(n, total));
  // state[j][k]: probability that, of the items seen so far, j were drawn and k of those were right.
  let state = Array.from({ length: draw + 1 }, () => new Array<number>(draw + 1).fill(0));
  state[0]![0] = 1;
  chances.forEach((chance, i) => {
    const next = Array.from({ length: draw + 1 }, () => new Array<number>(draw + 1).fill(0));
    for (let j = 0; j <= draw; j++) {
      // Drawing sequentially without replacement: item i is in the draw with chance (still to draw) / (still in the pool).
      const taken = j < draw ? (draw - j) / (total - i) : 0;
      for (let k = 0; k <= j; k++) {
        const p = state[j]![k]!;
        if (p === 0) continue;
        next[j]![k]! += p * (1 - taken);
        if (taken > 0) {
          next[j + 1]![k + 1]! += p * taken * chance;
          next[j + 1]![k]! += p * taken * (1 - chance);
        }
      }
    }
    state = next;
  });
  return state[draw]!;
}

/** The law of a sum of independent counts: the convolution of their distributions. */
export function convolve(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j]! += x * y)));
  return out;
}

/**
 * How many items each group gives to one draw of `draw` items, as the player shares them
 * (`groupShares` in components/src/runtime/quiz-draw.ts): one item per group in turn, in a
 * group order shuffled per attempt, skipping groups that have run out. So every group gives the
 * same number L, or all it has when that is fewer, and the few items left over go one each to
 * groups that still have items, the first ones in the shuffled order: any set of them equally
 * likely. The result is a mixture of plans with their weights (one plan when the draw divides).
 */
export function stratifiedPlans(groupSizes: readonly number[], draw: number): { counts: number[]; weight: number }[] {
  if (groupSizes.length === 0) return [];
  const count = Math.min(draw, groupSizes.reduce((a, b) => a + b, 0));
  const taken = (level: number): number => groupSizes.reduce((sum, size) => sum + Math.min(size, level), 0);
  let level = 0;
  while (taken(level + 1) <= count && level < Math.max(...groupSizes)) level++;
  const base = groupSizes.map((size) => Math.min(size, level));
  const eligible = groupSizes.flatMap((size, i) => (size > level ? [i] : []));
  const subsets = combinations(eligible, count - taken(level));
  return subsets.map((chosen) => ({ counts: base.map((b, i) => b + (chosen.has(i) ? 1 : 0)), weight: 1 / subsets.length }));
}

/** Every `r`-subset of `of`. */
function combinations(of: readonly number[], r: number): Set<number>[] {
  const out: Set<number>[] = [];
  const pick = (start: number, chosen: number[]): void => {
    if (chosen.length === r) {
      out.push(new Set(chosen));
      return;
    }
    for (let i = start; i < of.length; i++) pick(i + 1, [...chosen, of[i]!]);
  };
  pick(0, []);
  return out;
}

/** Whether `right` of `count` items passes: the rounded percentage, as the player scores an attempt, reaches the pass mark. */
export const passes = (right: number, count: number, passMark: number): boolean =>
  (count === 0 ? 0 : Math.round((right / count) * 100)) >= passMark;

export interface DrawRules {
  /** Items per attempt (default: the whole pool). */
  draw?: number | undefined;
  passMark: number;
  /** The right-answer chance of every pool item, with its group when the draw is stratified. */
  items: ReadonlyArray<{ chance: number; group?: string | undefined }>;
  stratified: boolean;
}

/** The probability of passing one attempt. */
export function passProbability(rules: DrawRules): number {
  const draw = Math.min(rules.draw ?? rules.items.length, rules.items.length);
  if (!rules.stratified) {
    return passShare(drawnRightDistribution(rules.items.map((i) => i.chance), draw), draw, rules.passMark);
  }
  const groups = new Map<string, number[]>();
  for (const item of rules.items) {
    const key = item.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item.chance]);
  }
  const chances = [...groups.values()];
  let p = 0;
  for (const plan of stratifiedPlans(chances.map((c) => c.length), draw)) {
    const law = chances.map((c, i) => drawnRightDistribution(c, plan.counts[i]!)).reduce(convolve, [1]);
    p += plan.weight * passShare(law, plan.counts.reduce((a, b) => a + b, 0), rules.passMark);
  }
  return p;
}

function passShare(law: readonly number[], count: number, passMark: number): number {
  return law.reduce((sum, p, right) => (passes(right, count, passMark) ? sum + p : sum), 0);
}

/** The probability of passing at least once in `attempts` attempts with fresh draws (0 = unlimited). */
export function passWithin(perAttempt: number, attempts: number): number {
  if (attempts === 0) return perAttempt > 0 ? 1 : 0;
  return 1 - (1 - perAttempt) ** attempts;
}
