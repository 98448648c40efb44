/**
 * A quiz answer as one number: its rank among every response the item can get, so an answer
 * costs log2 of that count and nothing more (one digit of the quiz record, quiz-codec.ts).
 *
 * | kind | responses | e.g. |
 * | --- | --- | --- |
 * | single choice, n options | n | 4 options: 2 bits |
 * | multiple response, n options | 2^n (the set chosen) | 4 options: 4 bits |
 * | true / false | 2 | 1 bit |
 * | matching, n pairs | (n + 1)^n (each prompt: nothing, or one of n matches) | 4 pairs: 9.3 bits |
 * | ordering, n steps | A(n) (arrangement.ts) | 4 steps: 6 bits |
 * | fill-in | 1 (the text is stored as text) | 0 bits |
 *
 * A multiple response is a set: the options come back in the item's order, whatever order the
 * learner ticked them in (scoring, the checkboxes and the LMS report read it as a set), which
 * halves its cost for eight options. Everything else round-trips exactly.
 */
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { QuizResponse } from '../progress.ts';
import { arrangementCount, rankArrangement, unrankArrangement } from './arrangement.ts';
import { clipText } from './clip-text.ts';
import { idIndex } from './course-layout.ts';

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

/** How many different responses the item can get. */
export function responseCount(item: QuizItem): bigint {
  const n = choiceIds(item).length;
  switch (item.kind) {
    case 'single-choice':
      return BigInt(n);
    case 'multiple-response':
      return 2n ** BigInt(n);
    case 'true-false':
      return 2n;
    case 'matching':
      return BigInt(n + 1) ** BigInt(n);
    case 'ordering':
      return arrangementCount(n);
    case 'fill-in':
      return 1n;
  }
}

/** The rank of `response`, or undefined when it does not fit the item (another kind, an unknown option). */
export function rankResponse(item: QuizItem, response: QuizResponse): bigint | undefined {
  if (response.kind !== item.kind) return undefined;
  const ids = idIndex(choiceIds(item));
  const known = (list: readonly string[]): number[] => [...new Set(list.flatMap((id) => ids.get(id) ?? []))];
  switch (response.kind) {
    case 'single-choice': {
      const option = ids.get(response.option);
      return option === undefined ? undefined : BigInt(option);
    }
    case 'multiple-response':
      return known(response.options).reduce((mask, i) => mask | (1n << BigInt(i)), 0n);
    case 'true-false':
      return response.value ? 1n : 0n;
    case 'matching': {
      const n = BigInt(ids.size + 1);
      let rank = 0n;
      for (const [i, id] of choiceIds(item).entries()) {
        const target = ids.get(response.matches[id] ?? '');
        if (target !== undefined) rank += BigInt(target + 1) * n ** BigInt(i);
      }
      return rank;
    }
    case 'ordering':
      return rankArrangement(known(response.order), ids.size);
    case 'fill-in':
      return 0n;
  }
}

/** The response with rank `rank` (below `responseCount(item)`); a fill-in's text comes from `text`. */
export function unrankResponse(item: QuizItem, rank: bigint, text: () => string): QuizResponse {
  const ids = choiceIds(item);
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: ids[Number(rank)]! };
    case 'multiple-response':
      return { kind: item.kind, options: ids.filter((_, i) => (rank >> BigInt(i)) & 1n) };
    case 'true-false':
      return { kind: item.kind, value: rank === 1n };
    case 'matching': {
      const matches: Record<string, string> = {};
      const n = BigInt(ids.length + 1);
      let rest = rank;
      for (const id of ids) {
        const target = Number(rest % n);
        rest /= n;
        if (target > 0) matches[id] = ids[target - 1]!;
      }
      return { kind: item.kind, matches };
    }
    case 'ordering':
      return { kind: item.kind, order: unrankArrangement(rank, ids.length).map((i) => ids[i]!) };
    case 'fill-in':
      return { kind: item.kind, text: text() };
  }
}

/** A fill-in answer's text as stored: cut to the item's limit. */
export const fillInText = (item: QuizItem, response: QuizResponse): string =>
  response.kind === 'fill-in' && item.kind === 'fill-in' ? clipText(response.text, item.maxLength) : '';
