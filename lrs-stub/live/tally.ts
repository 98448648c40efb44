/**
 * Counting a decision's votes: how many chose what, and after a peer-instruction re-vote how the
 * room moved between rounds. Everything here is aggregate (no participant ids), so the same
 * results go to the facilitator, the projector and every phone once revealed.
 */
import { z } from 'zod';
import type { Answer, Decision, Round } from './session-schema.ts';

export const TallySchema = z.strictObject({
  round: z.union([z.literal(1), z.literal(2)]),
  /** Participants who voted; with multiple-response the counts add up to more. */
  voters: z.number().int().min(0),
  /** One entry per choice or option in the order the screens list them, zero included. */
  counts: z.array(z.strictObject({ key: z.string(), count: z.number().int().min(0) })),
});
export type Tally = z.infer<typeof TallySchema>;

/**
 * Participants who went from one answer to another between round 1 and round 2, grouped.
 * `[]` is "no vote in that round" (joined late, or sat the re-vote out); a multiple-response
 * answer lists its options.
 */
export const MoveSchema = z.strictObject({
  from: z.array(z.string()),
  to: z.array(z.string()),
  count: z.number().int().min(1),
});
export type Move = z.infer<typeof MoveSchema>;

export const ResultsSchema = z.strictObject({
  /** The last round. */
  tally: TallySchema,
  /** After a re-vote: round 1, for the before-and-after. */
  previous: TallySchema.optional(),
  moves: z.array(MoveSchema).optional(),
  /** A quiz item's right answer, once shown (dialogue choices are never right or wrong). */
  correct: z.array(z.string()).optional(),
  /** With `correct`: voters in the last round whose answer was exactly right. */
  right: z.number().int().min(0).optional(),
});
export type Results = z.infer<typeof ResultsSchema>;

/** The keys an answer counts under (see `answerKeysOf` in plan-steps.ts). */
export function keysOfAnswer(answer: Answer): string[] {
  switch (answer.kind) {
    case 'choice':
      return [answer.choiceId];
    case 'option':
      return [answer.optionId];
    case 'options':
      return answer.optionIds;
    case 'true-false':
      return [String(answer.value)];
  }
}

export function tally(round: Round, keys: readonly string[]): Tally {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const vote of round.votes) {
    for (const key of keysOfAnswer(vote.answer)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { round: round.round, voters: round.votes.length, counts: [...counts].map(([key, count]) => ({ key, count })) };
}

/**
 * The most chosen key. Ties go to the key listed first (for a dialogue, the choice the author
 * wrote first), so the same votes always lead the same way on every server; undefined when
 * nobody voted, because then there is no majority to follow.
 */
export function majority(result: Tally): string | undefined {
  let best: { key: string; count: number } | undefined;
  for (const entry of result.counts) if (entry.count > 0 && (!best || entry.count > best.count)) best = entry;
  return best?.key;
}

/** How each participant's answer changed from round 1 to round 2, grouped, biggest group first. */
export function movement(first: Round, second: Round): Move[] {
  const before = new Map(first.votes.map((vote) => [vote.participantId, keysOfAnswer(vote.answer)]));
  const after = new Map(second.votes.map((vote) => [vote.participantId, keysOfAnswer(vote.answer)]));
  const groups = new Map<string, Move>();
  for (const participantId of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(participantId) ?? [];
    const to = after.get(participantId) ?? [];
    const group = JSON.stringify([from, to]);
    const move = groups.get(group);
    if (move) move.count += 1;
    else groups.set(group, { from, to, count: 1 });
  }
  // Stable whichever order participants voted in, so every screen lists the same.
  const order = (move: Move) => JSON.stringify([move.from, move.to]);
  return [...groups.values()].sort((a, b) => b.count - a.count || (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** A decision's results as revealed: the last round, and round 1 and the movement after a re-vote. */
export function resultsOf(decision: Decision, keys: readonly string[], correct: readonly string[] | undefined): Results {
  const last = decision.rounds.at(-1)!;
  const results: Results = { tally: tally(last, keys) };
  const first = decision.rounds[0]!;
  if (last !== first) {
    results.previous = tally(first, keys);
    results.moves = movement(first, last);
  }
  if (decision.answerShown && correct) {
    results.correct = [...correct];
    results.right = last.votes.filter((vote) => sameKeys(keysOfAnswer(vote.answer), correct)).length;
  }
  return results;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}
