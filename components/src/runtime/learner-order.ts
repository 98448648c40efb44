/**
 * The order in which a learner meets the options an author wrote in a fixed order: dialogue
 * choices (per dialogue and decision point) and feedback-sorting statements (per exercise).
 * Authors tend to write the best choice first; shown in that order it gives the answer away.
 * The order is shuffled per learner, seeded from the learner's id and content ids only, never
 * from text: it is the same in every language, after a resume and on any device, and differs
 * between learners, so colleagues cannot pass on "take the first one".
 */
import { seededRandom, shuffled } from './seeded-random.ts';

/** `items` in the order learner `learner` sees them at the place the content `ids` name. */
export function learnerOrder<T>(items: readonly T[], learner: string, ...ids: string[]): T[] {
  // JSON keeps the parts apart: ("a|b", "c") and ("a", "b|c") seed differently.
  return shuffled(items, seededRandom(JSON.stringify([learner, ...ids])));
}
