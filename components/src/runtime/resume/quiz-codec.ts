/**
 * The fields of a quiz's record, digits of the record's number (record-body.ts):
 *
 *   passed attemptsUsed best current [submitted score drawn answer*] [round]
 *   round = hasRoundStart [usedInRound] hasLastAttempt [lastAttemptAt]     final assessment only
 *
 * `attemptsUsed` has 1024 values (10 bits): limited quizzes allow at most 10, and an unlimited
 * one only needs the count for the next draw's seed and the LMS report. `drawn` is the items
 * of the attempt in the order shown, as an arrangement of the quiz's items (arrangement.ts);
 * then one answer per drawn item, in that order: 0 for none, else 1 + the response's rank
 * (quiz-responses.ts). A fill-in's text follows the structure like every learner text. The
 * options' shuffle is not stored: it comes from a seed (quiz-scoring.ts).
 *
 * Only answers to drawn items are stored: the quiz rules refuse any other (`answerItem`).
 *
 * `round` is the final assessment's attempts policy (final-attempts.ts): the attempts used in
 * the current round (0 to 10, so the start of the round is `attemptsUsed` minus that) and the
 * minute of the last attempt (27 bits: until the year 2225). It is written only for the course's
 * final assessment and only when it holds something, and read whenever a record has digits
 * left (`more`), so states saved before it existed read back unchanged.
 */
import type { QuizData } from '../../../../course/schema/course-data.ts';
import type { QuizAttempt, QuizProgress } from '../progress.ts';
import { arrangementCount, rankArrangement, unrankArrangement } from './arrangement.ts';
import { idIndex } from './course-layout.ts';
import { fillInText, rankResponse, responseCount, unrankResponse } from './quiz-responses.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';

/** Attempts beyond this are stored as this many (see the file comment). */
export const MAX_STORED_ATTEMPTS = 1023;
/** Attempts in one round of the final assessment: the schema allows at most 10. */
const MAX_ROUND_ATTEMPTS = 10;
/** Minutes since 1970 of the last attempt: 27 bits. */
const MINUTE_VALUES = 2 ** 27;

const clamp = (value: number, max: number): number => Math.max(0, Math.min(Math.floor(value), max));

/** Writes `detail`; `final`: the quiz is the course's final assessment, whose round is stored too. */
export function encodeQuiz(activity: QuizData, detail: QuizProgress, out: BodyWriter, final = false): void {
  const attemptsUsed = clamp(detail.attemptsUsed, MAX_STORED_ATTEMPTS);
  out.part('quiz: passed, attempts, scores').flag(detail.passed);
  out.digit(attemptsUsed, MAX_STORED_ATTEMPTS + 1);
  out.optionalScore(detail.best).flag(detail.current !== undefined);
  encodeAttempt(activity, detail, out);
  if (!final || (detail.roundStart === undefined && detail.lastAttemptAt === undefined)) return;
  out.part('quiz: final assessment round').flag(detail.roundStart !== undefined);
  if (detail.roundStart !== undefined) out.digit(clamp(attemptsUsed - detail.roundStart, MAX_ROUND_ATTEMPTS), MAX_ROUND_ATTEMPTS + 1);
  out.flag(detail.lastAttemptAt !== undefined);
  if (detail.lastAttemptAt !== undefined) out.digit(clamp(detail.lastAttemptAt, MINUTE_VALUES - 1), MINUTE_VALUES);
}

function encodeAttempt(activity: QuizData, detail: QuizProgress, out: BodyWriter): void {
  const { current } = detail;
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
  if (input.flag()) detail.current = decodeAttempt(activity, input);
  if (input.more()) {
    if (input.flag()) detail.roundStart = Math.max(0, detail.attemptsUsed - input.index(MAX_ROUND_ATTEMPTS + 1));
    if (input.flag()) detail.lastAttemptAt = input.index(MINUTE_VALUES);
  }
  return detail;
}

function decodeAttempt(activity: QuizData, input: BodyReader): QuizAttempt {
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
  return current;
}
