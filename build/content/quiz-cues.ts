/**
 * Cue statistics of each quiz in one language: single-choice items whose correct option is
 * strictly the longest, the numbers of correct options among multiple-response items, absolute
 * words in true and in false statements, and what the test-wise guesser (test-wise-guesser.ts)
 * makes of every item. The final assessment the subject expert measured had the correct option
 * longest in 24 of 28 items, three of four correct in every multiple-response item, and absolute
 * words only in false statements.
 */
import type { ModuleData, QuizData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { absoluteWordsIn } from './absolute-words.ts';
import type { Place } from './content-place.ts';
import { absoluteRuleAnswer, guesserChance } from './test-wise-guesser.ts';
import { textLength } from './text-length.ts';

export interface ItemCue {
  item: string;
  at: Place;
}

export interface QuizCues {
  quiz: string;
  /** The quiz in module.yaml. */
  at: Place;
  items: number;
  singleChoice: number;
  /** Single-choice items whose correct option is strictly the longest (at: that option's text). */
  correctLongest: ItemCue[];
  multipleResponse: number;
  /** The number of correct options of each multiple-response item (at: its `correct`). */
  correctCounts: (ItemCue & { count: number })[];
  trueFalse: number;
  /** True/false statements holding an absolute word, by the statement's truth. */
  absoluteInTrue: number;
  absoluteInFalse: number;
  /** True/false items the absolute-word rule answers right (at: the statement). */
  absoluteRuleRight: ItemCue[];
  /** The guesser's chance on every item, in authored order. */
  guesser: { item: string; module?: string; chance: number }[];
  /** The guesser's expected number of right answers over the whole pool. */
  guesserScore: number;
}

export function quizCues(module: ModuleData, locale: Locale): QuizCues[] {
  return module.activities.flatMap((activity, a) => (activity.type === 'quiz' ? [cuesOf(activity, a, locale)] : []));
}

function cuesOf(quiz: QuizData, a: number, locale: Locale): QuizCues {
  const itemPath = (i: number): PropertyKey[] => ['activities', a, 'items', i];
  const itemKey = (id: string): string => `activities.${quiz.id}.items.${id}`;
  const cues: QuizCues = {
    quiz: quiz.id,
    at: { path: ['activities', a, 'id'] },
    items: quiz.items.length,
    singleChoice: 0,
    correctLongest: [],
    multipleResponse: 0,
    correctCounts: [],
    trueFalse: 0,
    absoluteInTrue: 0,
    absoluteInFalse: 0,
    absoluteRuleRight: [],
    guesser: [],
    guesserScore: 0,
  };
  quiz.items.forEach((item, i) => {
    const chance = guesserChance(item, locale);
    cues.guesser.push({ item: item.id, ...(item.module ? { module: item.module } : {}), chance });
    cues.guesserScore += chance;
    switch (item.kind) {
      case 'single-choice': {
        cues.singleChoice++;
        const lengths = item.options.map((o) => textLength(o.text));
        const c = item.options.findIndex((o) => o.id === item.correct);
        if (c >= 0 && lengths.every((l, j) => j === c || l < lengths[c]!)) {
          cues.correctLongest.push({ item: item.id, at: { path: [...itemPath(i), 'options', c, 'text'], key: `${itemKey(item.id)}.options.${item.correct}.text` } });
        }
        break;
      }
      case 'multiple-response':
        cues.multipleResponse++;
        cues.correctCounts.push({ item: item.id, count: new Set(item.correct).size, at: { path: [...itemPath(i), 'correct'] } });
        break;
      case 'true-false': {
        cues.trueFalse++;
        if (absoluteWordsIn(item.prompt, locale).length > 0) {
          if (item.correct) cues.absoluteInTrue++;
          else cues.absoluteInFalse++;
        }
        if (absoluteRuleAnswer(item.prompt, locale) === item.correct) {
          cues.absoluteRuleRight.push({ item: item.id, at: { path: [...itemPath(i), 'prompt'], key: `${itemKey(item.id)}.prompt` } });
        }
        break;
      }
      default:
        break;
    }
  });
  return cues;
}

/** The different numbers of correct options among a quiz's multiple-response items, ascending. */
export const distinctCorrectCounts = (cues: QuizCues): number[] => [...new Set(cues.correctCounts.map((c) => c.count))].sort((x, y) => x - y);
