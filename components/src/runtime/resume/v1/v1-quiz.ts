/**
 * Format version 1 (read; written only by tests): a quiz's body, `flags attemptsUsed [best]
 * [items [score] answers]`, with items, options, pairs and steps as positions in the quiz and
 * fill-in answers as raw text. The drawn items' order is stored; the options' shuffle is not.
 */
import type { QuizData } from '../../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../../course/schema/activities/quiz.ts';
import type { QuizAttempt, QuizProgress, QuizResponse } from '../../progress.ts';
import { idIndex } from '../course-layout.ts';
import { clipText, CorruptState, TokenWriter, type TokenReader } from './v1-tokens.ts';

/**
 * Attempts beyond this are stored as this many (two characters). Only unlimited quizzes can
 * get there, and the count only decides whether attempts are used up, which they never are.
 */
export const MAX_STORED_ATTEMPTS = 1023;

/** The ids a response of this item refers to, in the order the codec numbers them. */
function choiceIds(item: QuizItem): string[] {
  switch (item.kind) {
    case 'single-choice':
    case 'multiple-response':
      return item.options.map((o) => o.id);
    case 'matching':
      return item.pairs.map((p) => p.id);
    case 'ordering':
      return item.steps.map((s) => s.id);
    case 'true-false':
    case 'fill-in':
      return [];
  }
}

/** Writes a response, or returns false (writing nothing) when it does not fit the item. */
function encodeResponse(item: QuizItem, response: QuizResponse, out: TokenWriter): boolean {
  if (response.kind !== item.kind) return false;
  const ids = idIndex(choiceIds(item));
  const known = (list: readonly string[]): number[] => list.flatMap((id) => ids.get(id) ?? []);
  switch (response.kind) {
    case 'single-choice': {
      const option = ids.get(response.option);
      if (option === undefined) return false;
      out.uint(option);
      return true;
    }
    case 'multiple-response':
    case 'ordering': {
      const list = known(response.kind === 'ordering' ? response.order : response.options);
      out.uint(list.length);
      for (const i of list) out.uint(i);
      return true;
    }
    case 'true-false':
      out.flags(response.value);
      return true;
    case 'matching': {
      const pairs = Object.entries(response.matches).flatMap(([from, to]) => {
        const a = ids.get(from);
        const b = ids.get(to);
        return a === undefined || b === undefined ? [] : [[a, b] as const];
      });
      out.uint(pairs.length);
      for (const [a, b] of pairs) out.uint(a).uint(b);
      return true;
    }
    case 'fill-in':
      out.text(clipText(response.text, item.kind === 'fill-in' ? item.maxLength : 0));
      return true;
  }
}

function decodeResponse(item: QuizItem, input: TokenReader): QuizResponse {
  const ids = choiceIds(item);
  const pick = (): string => ids[input.index(ids.length, `choice of ${item.id}`)]!;
  const list = (): string[] => {
    const count = input.uint();
    if (count > ids.length) throw new CorruptState(`${count} choices for ${item.id}, which has ${ids.length}`);
    return Array.from({ length: count }, pick);
  };
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: pick() };
    case 'multiple-response':
      return { kind: item.kind, options: list() };
    case 'ordering':
      return { kind: item.kind, order: list() };
    case 'true-false':
      return { kind: item.kind, value: input.flags(1)[0]! };
    case 'matching': {
      const count = input.uint();
      if (count > ids.length) throw new CorruptState(`${count} matches for ${item.id}, which has ${ids.length} pairs`);
      const matches: Record<string, string> = {};
      for (let i = 0; i < count; i += 1) matches[pick()] = pick();
      return { kind: item.kind, matches };
    }
    case 'fill-in':
      return { kind: item.kind, text: input.text() };
  }
}

export function encodeQuiz(activity: QuizData, detail: QuizProgress, out: TokenWriter): void {
  const { current } = detail;
  out.flags(detail.best !== undefined, detail.passed, current !== undefined, current?.submitted ?? false, current?.score !== undefined);
  out.uint(Math.min(detail.attemptsUsed, MAX_STORED_ATTEMPTS));
  if (detail.best !== undefined) out.score(detail.best);
  if (!current) return;
  const items = idIndex(activity.items.map((i) => i.id));
  const drawn = current.items.flatMap((id) => items.get(id) ?? []);
  out.uint(drawn.length);
  for (const i of drawn) out.uint(i);
  if (current.score !== undefined) out.score(current.score);
  const answers: string[] = [];
  for (const [id, response] of Object.entries(current.answers)) {
    const index = items.get(id);
    if (index === undefined) continue;
    const body = new TokenWriter();
    if (encodeResponse(activity.items[index]!, response, body.uint(index))) answers.push(body.toString());
  }
  out.uint(answers.length);
  for (const answer of answers) out.raw(answer);
}

export function decodeQuiz(activity: QuizData, input: TokenReader): QuizProgress {
  const [hasBest, passed, hasCurrent, submitted, hasScore] = input.flags(5) as [boolean, boolean, boolean, boolean, boolean];
  const detail: QuizProgress = { type: 'quiz', attemptsUsed: input.uint(), passed };
  if (hasBest) detail.best = input.score();
  if (!hasCurrent) return detail;
  const { items } = activity;
  const itemAt = (): QuizItem => items[input.index(items.length, 'quiz item')]!;
  const count = input.uint();
  if (count > items.length) throw new CorruptState(`${count} drawn items in ${activity.id}, which has ${items.length}`);
  const current: QuizAttempt = { items: Array.from({ length: count }, () => itemAt().id), answers: {}, submitted };
  if (hasScore) current.score = input.score();
  const answered = input.uint();
  if (answered > items.length) throw new CorruptState(`${answered} answers in ${activity.id}, which has ${items.length} items`);
  for (let i = 0; i < answered; i += 1) {
    const item = itemAt();
    current.answers[item.id] = decodeResponse(item, input);
  }
  detail.current = current;
  return detail;
}
