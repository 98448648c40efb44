/**
 * The fields of a dialogue's record: `best ending pathLength choice*`, digits of the record's
 * number (record-body.ts). `best` is an optional whole percentage; `ending` is none or a node
 * (radix nodes + 1); the path is its length (at most the node count: the loader refuses loops)
 * and then each choice as a position among the dialogue's distinct choice ids, so any path
 * survives a round trip, not only a walk the engine would take.
 */
import type { DialogueData } from '../../../../course/schema/course-data.ts';
import type { DialogueProgress } from '../progress.ts';
import { dialogueChoiceIds, idIndex } from './course-layout.ts';
import { CorruptState } from './corrupt-state.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';

export function encodeDialogue(activity: DialogueData, detail: DialogueProgress, out: BodyWriter): void {
  const choices = idIndex(dialogueChoiceIds(activity));
  const nodes = idIndex(activity.nodes.map((n) => n.id));
  // Only what still refers to this dialogue is stored (see docs/resume-state.md).
  const path = detail.path.flatMap((id) => choices.get(id) ?? []).slice(0, activity.nodes.length);
  const ending = detail.ending === undefined ? undefined : nodes.get(detail.ending);
  out.part('dialogue: best score, ending').optionalScore(detail.best).digit(ending === undefined ? 0 : ending + 1, activity.nodes.length + 1);
  out.part('dialogue: path').digit(path.length, activity.nodes.length + 1);
  for (const choice of path) out.digit(choice, choices.size);
}

export function decodeDialogue(activity: DialogueData, input: BodyReader): DialogueProgress {
  const choices = dialogueChoiceIds(activity);
  const detail: DialogueProgress = { type: 'dialogue', path: [] };
  const best = input.optionalScore();
  if (best !== undefined) detail.best = best;
  const ending = input.index(activity.nodes.length + 1);
  if (ending > 0) detail.ending = activity.nodes[ending - 1]!.id;
  const length = input.index(activity.nodes.length + 1);
  if (length > 0 && choices.length === 0) throw new CorruptState(`a path in ${activity.id}, which has no choices`);
  for (let i = 0; i < length; i += 1) detail.path.push(choices[input.index(choices.length)]!);
  return detail;
}
