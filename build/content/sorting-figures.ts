/**
 * Figures about a module's sorting tasks in one language: the mean length of the statements in
 * each category and the ratio between the longest and the shortest category mean. When the
 * helpful statements are three times longer than the vague ones, a learner sorts by length and
 * learns nothing about feedback.
 */
import type { ModuleData } from '../../course/schema/course-data.ts';
import type { Place } from './content-place.ts';
import { mean, textLength } from './text-length.ts';

export interface CategoryLength {
  category: string;
  statements: number;
  meanLength: number;
}

export interface SortingFigures {
  exercise: string;
  /** Categories that hold at least one statement, in authored order. */
  categories: CategoryLength[];
  /** Longest category mean / shortest category mean (1 with fewer than two categories). */
  ratio: number;
  longest: string;
  shortest: string;
  /** The first statement of the longest category: where the cue is pointed out. */
  at: Place;
  /** Every statement of the longest category, the ones to shorten first. */
  longestStatements: { statement: string; at: Place }[];
}

export function sortingFigures(module: ModuleData): SortingFigures[] {
  const figures: SortingFigures[] = [];
  module.activities.forEach((activity, a) => {
    if (activity.type !== 'feedback-exercise' || !activity.sort) return;
    const { statements } = activity.sort;
    const categories = activity.sort.categories
      .map((c) => {
        const lengths = statements.filter((s) => s.category === c.id).map((s) => textLength(s.text));
        return { category: c.id, statements: lengths.length, meanLength: mean(lengths) };
      })
      .filter((c) => c.statements > 0);
    if (categories.length === 0) return;
    const longest = categories.reduce((x, y) => (y.meanLength > x.meanLength ? y : x));
    const shortest = categories.reduce((x, y) => (y.meanLength < x.meanLength ? y : x));
    const placeOf = (i: number): Place => ({
      path: ['activities', a, 'sort', 'statements', i, 'text'],
      key: `activities.${activity.id}.sort.statements.${statements[i]!.id}.text`,
    });
    const longestStatements = statements.flatMap((s, i) => (s.category === longest.category ? [{ statement: s.id, at: placeOf(i) }] : []));
    figures.push({
      exercise: activity.id,
      categories,
      ratio: shortest.meanLength > 0 ? longest.meanLength / shortest.meanLength : 1,
      longest: longest.category,
      shortest: shortest.category,
      at: longestStatements[0]!.at,
      longestStatements,
    });
  });
  return figures;
}
