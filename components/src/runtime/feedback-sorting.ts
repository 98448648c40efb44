/**
 * Scoring of the sorting task in a feedback exercise: the learner puts each feedback statement
 * into a category. Pure so the element, the completion rules and the tests share one answer.
 * Every statement weighs the same; an unsorted statement counts as wrong, so a learner cannot
 * raise the score by leaving the hard ones out.
 */
import type { FeedbackExerciseData } from '../../../course/schema/course-data.ts';

export type SortTask = NonNullable<FeedbackExerciseData['sort']>;

/** One statement's outcome, in the authored order. */
export interface SortingResult {
  statementId: string;
  /** Category id the learner chose; `undefined` when left unsorted. */
  chosen: string | undefined;
  /** Category id the statement belongs in. */
  expected: string;
  correct: boolean;
}

/** Each statement with the learner's choice and whether it is right. */
export function sortingResults(sort: SortTask, sorted: Readonly<Record<string, string>>): SortingResult[] {
  return sort.statements.map((statement) => {
    const chosen = sorted[statement.id];
    return { statementId: statement.id, chosen, expected: statement.category, correct: chosen === statement.category };
  });
}

/** Number of statements sorted into their right category. */
export function correctCount(sort: SortTask, sorted: Readonly<Record<string, string>>): number {
  return sortingResults(sort, sorted).filter((result) => result.correct).length;
}

/** Share of statements sorted right, as a whole percentage 0-100 (SCORM wants raw 0-100). */
export function sortingScore(sort: SortTask, sorted: Readonly<Record<string, string>>): number {
  if (sort.statements.length === 0) return 0;
  return Math.round((correctCount(sort, sorted) * 100) / sort.statements.length);
}

/** How many statements still have no category (or one that no longer exists). */
export function unsortedCount(sort: SortTask, sorted: Readonly<Record<string, string>>): number {
  const categories = new Set(sort.categories.map((category) => category.id));
  return sort.statements.filter((statement) => !categories.has(sorted[statement.id] ?? '')).length;
}
