/**
 * Which items an attempt draws, per learner and attempt. With `stratify: module` the draw is
 * balanced over the modules the items test: every module group gives the same share of the
 * `draw` (16 over 8 modules: 2 each), and what does not divide evenly goes one item at a time to
 * groups in an order shuffled per attempt, so no module is always the one that gets more. A group
 * with fewer items than its share gives what it has and the others make up the rest, in the same
 * fair order. Reproducible: the same quiz, learner and attempt always draw the same items, and
 * the resume state stores the drawn items anyway (resume/quiz-codec.ts).
 */
import type { Quiz, QuizItem } from '../../../course/schema/activities/quiz.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

export type DrawRules = Pick<Quiz, 'id' | 'draw' | 'shuffle' | 'items' | 'stratify'>;

/**
 * The seed of attempt `attempt` (1-based) of learner `learner`: different learners draw
 * different items on the same attempt, and a learner's next attempt draws anew.
 */
export const attemptSeed = (learner: string, attempt: number): string => JSON.stringify([learner, attempt]);

/** How many items of each group to take: `count` shared as evenly as the group sizes allow. */
export function groupShares(sizes: readonly number[], count: number, random: () => number): number[] {
  const shares = sizes.map(() => 0);
  const order = shuffled(sizes.map((_, i) => i), random);
  let left = Math.min(count, sizes.reduce((a, b) => a + b, 0));
  while (left > 0) {
    for (const g of order) {
      if (left === 0) break;
      if (shares[g]! < sizes[g]!) {
        shares[g]! += 1;
        left -= 1;
      }
    }
  }
  return shares;
}

/** The items of each `module`, groups in order of first appearance (items without one form a group of their own). */
function moduleGroups(items: readonly QuizItem[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = item.module ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item.id]);
  }
  return [...groups.values()];
}

/** Item ids for one attempt: `draw` of them (default all), balanced over modules with `stratify`, shuffled when the quiz asks for it. */
export function drawItems(quiz: DrawRules, seed: string): string[] {
  const ids = quiz.items.map((item) => item.id);
  const count = Math.min(quiz.draw ?? ids.length, ids.length);
  const random = seededRandom(`${seed}:${quiz.id}`);
  let picked: string[];
  if (quiz.stratify === 'module') {
    const groups = moduleGroups(quiz.items).map((group) => shuffled(group, random));
    const shares = groupShares(groups.map((g) => g.length), count, random);
    picked = shuffled(groups.flatMap((group, g) => group.slice(0, shares[g])), random);
  } else {
    picked = shuffled(ids, random).slice(0, count);
  }
  if (quiz.shuffle) return picked;
  const chosen = new Set(picked);
  return ids.filter((id) => chosen.has(id));
}
