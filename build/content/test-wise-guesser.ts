/**
 * The test-wise guesser: a learner who never read the course and answers by the habits of item
 * writers alone. Its score says how much of a quiz the wording gives away.
 *
 * - single-choice: the longest option;
 * - multiple-response: every option but the shortest;
 * - true/false: "false" when the statement holds an absolute word (absolute-words.ts), else "true";
 * - matching, ordering, fill-in: no cue to read, counted wrong.
 *
 * Lengths per textLength() in the learner's language. When options tie for longest (or
 * shortest) the guesser has no cue between them and picks one at random, so an item's result is
 * the probability of being right (1, 0, or a fraction such as 1/2): deterministic, and exact.
 */
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { absoluteWordsIn } from './absolute-words.ts';
import { textLength } from './text-length.ts';

/** The probability (0 to 1) that the guesser answers `item` right. */
export function guesserChance(item: QuizItem, locale: Locale): number {
  switch (item.kind) {
    case 'single-choice': {
      const longest = extremes(item.options, 'longest');
      return longest.includes(item.correct) ? 1 / longest.length : 0;
    }
    case 'multiple-response': {
      // Ticks all options but one of the shortest: right only when that one is the only wrong option.
      const shortest = extremes(item.options, 'shortest');
      const correct = new Set(item.correct);
      const right = shortest.filter((left) => item.options.every((o) => (o.id === left) !== correct.has(o.id))).length;
      return right / shortest.length;
    }
    case 'true-false':
      return absoluteRuleAnswer(item.prompt, locale) === item.correct ? 1 : 0;
    case 'matching':
    case 'ordering':
    case 'fill-in':
      return 0;
  }
}

/** The absolute-word rule: false when the statement says "always", "never", "only", …, else true. */
export const absoluteRuleAnswer = (statement: string, locale: Locale): boolean => absoluteWordsIn(statement, locale).length === 0;

/** Ids of the options of extreme length (all of them when they tie). */
function extremes(options: ReadonlyArray<{ id: string; text: string }>, which: 'longest' | 'shortest'): string[] {
  const lengths = options.map((o) => textLength(o.text));
  const target = which === 'longest' ? Math.max(...lengths) : Math.min(...lengths);
  return options.filter((_, i) => lengths[i] === target).map((o) => o.id);
}
