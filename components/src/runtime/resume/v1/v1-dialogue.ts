/**
 * Format version 1 (read; written only by tests): a dialogue's body, `flags [best] [ending]
 * count choice*`. Choices are stored as their position among the dialogue's distinct choice
 * ids, nodes as their position in `nodes`, so a path of any shape survives a round trip.
 */
import type { DialogueData } from '../../../../../course/schema/course-data.ts';
import type { DialogueProgress } from '../../progress.ts';
import { dialogueChoiceIds, idIndex } from '../course-layout.ts';
import { CorruptState, type TokenReader, type TokenWriter } from './v1-tokens.ts';

export function encodeDialogue(activity: DialogueData, detail: DialogueProgress, out: TokenWriter): void {
  const choices = idIndex(dialogueChoiceIds(activity));
  const nodes = idIndex(activity.nodes.map((n) => n.id));
  // Only what still refers to this dialogue is stored (see docs/resume-state.md).
  const path = detail.path.flatMap((id) => choices.get(id) ?? []);
  const ending = detail.ending === undefined ? undefined : nodes.get(detail.ending);
  out.flags(detail.best !== undefined, ending !== undefined);
  if (detail.best !== undefined) out.score(detail.best);
  if (ending !== undefined) out.uint(ending);
  out.uint(path.length);
  for (const choice of path) out.uint(choice);
}

export function decodeDialogue(activity: DialogueData, input: TokenReader): DialogueProgress {
  const choices = dialogueChoiceIds(activity);
  const [hasBest, hasEnding] = input.flags(2);
  const detail: DialogueProgress = { type: 'dialogue', path: [] };
  if (hasBest) detail.best = input.score();
  if (hasEnding) detail.ending = activity.nodes[input.index(activity.nodes.length, 'dialogue node')]!.id;
  const length = input.uint();
  // An acyclic dialogue never has a path longer than its node count.
  if (length > activity.nodes.length) throw new CorruptState(`a path of ${length} choices cannot exist in ${activity.id}`);
  for (let i = 0; i < length; i += 1) detail.path.push(choices[input.index(choices.length, 'dialogue choice')]!);
  return detail;
}
