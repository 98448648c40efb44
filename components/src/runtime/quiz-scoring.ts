/**
 * Quiz rules without a screen: in what order options appear, whether an answer is right, the
 * attempt score, and the attempt life cycle (start, answer, submit) as pure progress
 * transitions; which items an attempt draws is in quiz-draw.ts. Draws and shuffles are seeded
 * by the learner, the attempt number and the item id, so a resumed attempt looks the same
 * without storing the order.
 * Every item is worth one point, all or nothing; the score is the rounded percentage, and
 * `passed` compares that same rounded number with the pass mark, so what the learner reads
 * ("You scored 67%, the pass mark is 67%") always agrees with the verdict.
 */
import type { Quiz, QuizItem } from '../../../course/schema/activities/quiz.ts';
import type { QuizAttempt, QuizProgress, QuizResponse } from './progress.ts';
import { attemptSeed, drawItems, type DrawRules } from './quiz-draw.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

type QuizRules = DrawRules & Pick<Quiz, 'passMark' | 'attempts'>;

/**
 * The order in which an item's choices are offered, as ids: option ids (single-choice,
 * multiple-response), `true`/`false`, step ids (ordering) or, for matching, the pair ids whose
 * `match` texts fill each drop-down (one per distinct text). Ordering steps and matches are
 * always shuffled, since their authored order is the answer; a shuffle that happens to give
 * the correct order of steps is rotated by one. Options follow `shuffle`.
 */
export function optionOrder(item: QuizItem, seed: string, shuffle = true): string[] {
  const random = seededRandom(`${seed}:${item.id}`);
  switch (item.kind) {
    case 'single-choice':
    case 'multiple-response': {
      const ids = item.options.map((o) => o.id);
      return shuffle ? shuffled(ids, random) : ids;
    }
    case 'true-false':
      return ['true', 'false'];
    case 'matching': {
      const firstWithText = new Map<string, string>();
      for (const p of item.pairs) if (!firstWithText.has(p.match)) firstWithText.set(p.match, p.id);
      return shuffled([...firstWithText.values()], random);
    }
    case 'ordering': {
      const ids = item.steps.map((s) => s.id);
      const order = shuffled(ids, random);
      return order.every((id, i) => id === ids[i]) ? [...order.slice(1), ...order.slice(0, 1)] : order;
    }
    case 'fill-in':
      return [];
  }
}

/** Fill-in comparison form: Unicode NFC, trimmed, runs of white space as one space, lower case unless case matters. */
export function normalizeAnswer(text: string, caseSensitive: boolean): string {
  const collapsed = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase().normalize('NFC');
}

/** Whether `response` answers `item` correctly. A response of another kind is wrong. */
export function isCorrect(item: QuizItem, response: QuizResponse): boolean {
  switch (item.kind) {
    case 'single-choice':
      return response.kind === item.kind && response.option === item.correct;
    case 'multiple-response': {
      if (response.kind !== item.kind) return false;
      const given = new Set(response.options);
      return given.size === item.correct.length && item.correct.every((id) => given.has(id));
    }
    case 'true-false':
      return response.kind === item.kind && response.value === item.correct;
    case 'matching': {
      if (response.kind !== item.kind) return false;
      // Compare match texts, not pair ids: two prompts may share the same match.
      const matchOf = new Map(item.pairs.map((p) => [p.id, p.match]));
      return item.pairs.every((p) => {
        const picked = response.matches[p.id];
        return picked !== undefined && matchOf.get(picked) === p.match;
      });
    }
    case 'ordering':
      return (
        response.kind === item.kind &&
        response.order.length === item.steps.length &&
        item.steps.every((s, i) => response.order[i] === s.id)
      );
    case 'fill-in': {
      if (response.kind !== item.kind) return false;
      const given = normalizeAnswer(response.text, item.caseSensitive);
      return item.accept.some((a) => normalizeAnswer(a, item.caseSensitive) === given);
    }
  }
}

/** Whether `response` is a full answer worth checking (something chosen, every prompt matched, text typed). */
export function isAnswerComplete(item: QuizItem, response: QuizResponse | undefined): response is QuizResponse {
  if (!response || response.kind !== item.kind) return false;
  switch (response.kind) {
    case 'single-choice':
      return response.option !== '';
    case 'multiple-response':
      return response.options.length > 0;
    case 'true-false':
    case 'ordering':
      return true;
    case 'matching':
      return item.kind === 'matching' && item.pairs.every((p) => Boolean(response.matches[p.id]));
    case 'fill-in':
      return response.text.trim() !== '';
  }
}

/** Percentage (0-100, rounded) of the attempt's items answered correctly; unanswered and unknown items count as wrong. */
export function scoreAttempt(quiz: Pick<Quiz, 'items'>, attempt: Pick<QuizAttempt, 'items' | 'answers'>): number {
  if (attempt.items.length === 0) return 0;
  const byId = new Map(quiz.items.map((item) => [item.id, item]));
  const right = attempt.items.filter((id) => {
    const item = byId.get(id);
    const response = attempt.answers[id];
    return item !== undefined && response !== undefined && isCorrect(item, response);
  }).length;
  return Math.round((right / attempt.items.length) * 100);
}

/** Progress before the first attempt. */
export const freshQuizProgress = (): QuizProgress => ({ type: 'quiz', attemptsUsed: 0, passed: false });

/** Attempts still allowed (`attempts: 0` in the quiz means unlimited). Attempts count once submitted. */
export function attemptsLeft(quiz: Pick<Quiz, 'attempts'>, progress: QuizProgress | undefined): number | 'unlimited' {
  if (quiz.attempts === 0) return 'unlimited';
  return Math.max(0, quiz.attempts - (progress?.attemptsUsed ?? 0));
}

/** Number (1-based) of the attempt in `progress.current`, or of the next attempt when there is none. */
export function attemptNumber(progress: QuizProgress | undefined): number {
  const used = progress?.attemptsUsed ?? 0;
  return progress?.current?.submitted ? used : used + 1;
}

/**
 * Starts a new attempt with a fresh draw for `learner` (their id). Throws when no attempts are
 * left or one is still open.
 */
export function startAttempt(quiz: QuizRules, progress: QuizProgress | undefined, learner: string): QuizProgress {
  const base = progress ?? freshQuizProgress();
  if (base.current && !base.current.submitted) throw new Error(`Quiz "${quiz.id}" already has an open attempt.`);
  if (attemptsLeft(quiz, base) === 0) throw new Error(`Quiz "${quiz.id}" has no attempts left.`);
  const items = drawItems(quiz, attemptSeed(learner, base.attemptsUsed + 1));
  return { ...base, current: { items, answers: {}, submitted: false } };
}

/** Records the answer to one item of the open attempt. Throws for an item outside it or answered before. */
export function answerItem(quiz: Pick<Quiz, 'id'>, progress: QuizProgress, itemId: string, response: QuizResponse): QuizProgress {
  const current = progress.current;
  if (!current || current.submitted) throw new Error(`Quiz "${quiz.id}" has no open attempt.`);
  if (!current.items.includes(itemId)) throw new Error(`Item "${itemId}" is not part of this attempt.`);
  if (current.answers[itemId]) throw new Error(`Item "${itemId}" was already answered.`);
  return { ...progress, current: { ...current, answers: { ...current.answers, [itemId]: response } } };
}

/** Scores and closes the open attempt: it counts as used, the best score and `passed` only ever go up. */
export function submitAttempt(quiz: QuizRules, progress: QuizProgress): QuizProgress {
  const current = progress.current;
  if (!current || current.submitted) throw new Error(`Quiz "${quiz.id}" has no open attempt.`);
  const score = scoreAttempt(quiz, current);
  return {
    ...progress,
    attemptsUsed: progress.attemptsUsed + 1,
    best: Math.max(progress.best ?? 0, score),
    passed: progress.passed || score >= quiz.passMark,
    current: { ...current, submitted: true, score },
  };
}
