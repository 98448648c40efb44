/**
 * The fields of a quiz's record, digits of the record's number (record-body.ts):
 *
 *   passed attemptsUsed best current [submitted score drawn answer*]
 *
 * `attemptsUsed` has 1024 values (10 bits): limited quizzes allow at most 10, and an unlimited
 * one only needs the count for the next draw's seed and the LMS report. `drawn` is the items
 * of the attempt in the order shown, as an arrangement of the quiz's items (arrangement.ts);
 * then one answer per drawn item, in that order: 0 for none, else 1 + the response's rank
 * (quiz-responses.ts). A fill-in's text follows the structure like every learner text. The
 * options' shuffle is not stored: it comes from a seed (quiz-scoring.ts).
 *
 * Only answers to drawn items are stored: the quiz rules refuse any other (`answerItem`).
 */
import type { QuizData } from '../../../../course/schema/course-data.ts';
import type { QuizAttempt, QuizProgress } from '../progress.ts';
import { arrangementCount, rankArrangement, unrankArrangement } from './arrangement.ts';
import { idIndex } from './course-layout.ts';
import { fillInText, rankResponse, responseCount, unrankResponse } from './quiz-responses.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';

/** Attempts beyond this are stored as this many (see the file comment). */
export const MAX_STORED_ATTEMPTS = 1023;

export function encodeQuiz(activity: QuizData, detail: QuizProgress, out: BodyWriter): void {
  const { current } = detail;
  out.part('quiz: passed, attempts, scores').flag(detail.passed);
  out.digit(Math.max(0, Math.min(Math.floor(detail.attemptsUsed), MAX_STORED_ATTEMPTS)), MAX_STORED_ATTEMPTS + 1);
  out.optionalScore(detail.best).flag(current !== undefined);
  if (!current) return;
  out.flag(current.submitted).optionalScore(current.score);
  const items = idIndex(activity.items.map((i) => i.id));
  const drawn = [...new Set(current.items.flatMap((id) => items.get(id) ?? []))];
  out.part('quiz: drawn items').digit(rankArrangement(drawn, activity.items.length), arrangementCount(activity.items.length));
  out.part('quiz: answers');
  for (const index of drawn) {
    const item = activity.items[index]!;
    const response = current.answers[item.id];
    const rank = response === undefined ? undefined : rankResponse(item, response);
    out.digit(rank === undefined ? 0n : rank + 1n, responseCount(item) + 1n);
    if (rank !== undefined && item.kind === 'fill-in') out.text(fillInText(item, response!));
  }
}

export function decodeQuiz(activity: QuizData, input: BodyReader): QuizProgress {
  const passed = input.flag();
  const detail: QuizProgress = { type: 'quiz', attemptsUsed: input.index(MAX_STORED_ATTEMPTS + 1), passed };
  const best = input.optionalScore();
  if (best !== undefined) detail.best = best;
  if (!input.flag()) return detail;
  const submitted = input.flag();
  const score = input.optionalScore();
  const { items } = activity;
  const drawn = unrankArrangement(input.digit(arrangementCount(items.length)), items.length).map((i) => items[i]!);
  const current: QuizAttempt = { items: drawn.map((i) => i.id), answers: {}, submitted };
  if (score !== undefined) current.score = score;
  for (const item of drawn) {
    const code = input.digit(responseCount(item) + 1n);
    if (code === 0n) continue;
    current.answers[item.id] = unrankResponse(item, code - 1n, () => input.text());
  }
  detail.current = current;
  return detail;
}
