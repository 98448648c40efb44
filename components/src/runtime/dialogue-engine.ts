/**
 * Plays a branching dialogue: the learner's progress is only the list of choice ids taken, and
 * everything on screen (transcript, current node, ending, score) is derived from it by replay.
 * The path comes back from the LMS on resume, so it is untrusted: replay stops at the first
 * step that does not fit the dialogue instead of failing, and the learner continues from there.
 */
import type { Choice, Dialogue, DialogueNode, Ending } from '../../../course/schema/activities/dialogue.ts';
import { dialogueBounds, nodesById } from './dialogue-graph.ts';
import type { DialogueProgress } from './progress.ts';

type PlayableDialogue = Pick<Dialogue, 'start' | 'nodes'>;

/** One visited node; `choice` is what the learner said there (absent for the node they are at). */
export interface DialogueStep {
  node: DialogueNode;
  choice?: Choice;
}

export interface DialogueView {
  /** Every node visited in order, the current node last (without a choice). */
  history: DialogueStep[];
  /** The node the learner is at: choices to make, or an ending. */
  current: DialogueNode;
  /** The choice ids of `history` that fit the dialogue (the replayable part of the stored path). */
  path: string[];
  ended: boolean;
  ending?: Ending;
  /** Points collected on this path. */
  pathScore: number;
  /** Points on the best possible path. */
  maxScore: number;
  /** `pathScore` as a percentage (0-100, rounded) of `maxScore`; 100 when no points can be scored. */
  percent: number;
}

/** Thrown by `choose` for a choice id the current node does not offer. */
export class InvalidChoiceError extends Error {
  constructor(choiceId: string, nodeId: string) {
    super(`Choice "${choiceId}" is not offered at dialogue node "${nodeId}".`);
    this.name = 'InvalidChoiceError';
  }
}

const isEnding = (node: DialogueNode): boolean => !node.choices || node.choices.length === 0;

/** Progress for a new run; the best score and last ending of earlier runs are kept. */
export function startDialogue(previous?: DialogueProgress): DialogueProgress {
  const fresh: DialogueProgress = { type: 'dialogue', path: [] };
  if (previous?.best !== undefined) fresh.best = previous.best;
  if (previous?.ending !== undefined) fresh.ending = previous.ending;
  return fresh;
}

/** Replays `progress.path` (or a fresh run) and describes where it leads. */
export function dialogueView(dialogue: PlayableDialogue, progress?: DialogueProgress): DialogueView {
  const byId = nodesById(dialogue);
  const start = byId.get(dialogue.start);
  if (!start) throw new Error(`Dialogue start node "${dialogue.start}" does not exist.`);
  const history: DialogueStep[] = [];
  const path: string[] = [];
  let current = start;
  let pathScore = 0;
  for (const choiceId of progress?.path ?? []) {
    const choice = current.choices?.find((c) => c.id === choiceId);
    const next = choice ? byId.get(choice.next) : undefined;
    if (!choice || !next) break;
    history.push({ node: current, choice });
    path.push(choiceId);
    pathScore += choice.score;
    current = next;
  }
  history.push({ node: current });
  const { maxScore } = dialogueBounds(dialogue);
  const ended = isEnding(current);
  const percent = maxScore === 0 ? 100 : Math.round((Math.min(pathScore, maxScore) / maxScore) * 100);
  return {
    history,
    current,
    path,
    ended,
    ...(ended && current.ending ? { ending: current.ending } : {}),
    pathScore,
    maxScore,
    percent,
  };
}

/**
 * The progress after saying `choiceId` at the current node. Reaching an ending records it and
 * keeps the best percentage over all runs. Throws `InvalidChoiceError` when the choice is not
 * offered (including after an ending).
 */
export function choose(dialogue: PlayableDialogue, progress: DialogueProgress | undefined, choiceId: string): DialogueProgress {
  const before = dialogueView(dialogue, progress);
  const choice = before.current.choices?.find((c) => c.id === choiceId);
  if (!choice) throw new InvalidChoiceError(choiceId, before.current.id);
  const next: DialogueProgress = { ...startDialogue(progress), path: [...before.path, choiceId] };
  const after = dialogueView(dialogue, next);
  // A choice leading to a missing node cannot be replayed later; the loader rejects such content.
  if (after.path.length !== next.path.length) throw new InvalidChoiceError(choiceId, before.current.id);
  if (after.ended) {
    next.best = Math.max(progress?.best ?? 0, after.percent);
    next.ending = after.current.id;
  }
  return next;
}
