/**
 * What a learner learns after a `feedback: summary` quiz (the final assessment): per competence,
 * how many of its items they got right. Enough to know what to study before the next attempt,
 * without saying which options were right, so the next attempt still measures something.
 */
import type { Quiz } from '../../../course/schema/activities/quiz.ts';
import type { QuizAttempt } from './progress.ts';
import { isCorrect } from './quiz-scoring.ts';

export interface CompetenceResult {
  /** Competence id (course.yaml). */
  competence: string;
  right: number;
  total: number;
}

/**
 * One result per competence of the attempt's items, in `order` (the course's competence order),
 * then any competence `order` does not list. Items without a competence are not summarised
 * (the loader gives every item of a summary quiz one).
 */
export function competenceSummary(quiz: Pick<Quiz, 'items'>, attempt: Pick<QuizAttempt, 'items' | 'answers'>, order: readonly string[]): CompetenceResult[] {
  const byId = new Map(quiz.items.map((item) => [item.id, item]));
  const results = new Map<string, CompetenceResult>();
  for (const id of attempt.items) {
    const item = byId.get(id);
    if (!item?.competence) continue;
    const result = results.get(item.competence) ?? { competence: item.competence, right: 0, total: 0 };
    const response = attempt.answers[id];
    result.total += 1;
    if (response !== undefined && isCorrect(item, response)) result.right += 1;
    results.set(item.competence, result);
  }
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...results.values()].sort((a, b) => rank(a.competence) - rank(b.competence));
}
