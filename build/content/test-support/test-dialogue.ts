/**
 * Dialogues for the content figures' tests, written as a map from node id to its choices
 * (`[id, quality, score, next, text?]`), so the graph a test is about reads at a glance.
 */
import type { Choice, ChoiceQuality } from '../../../course/schema/activities/dialogue.ts';
import type { DialogueData } from '../../../course/schema/course-data.ts';

/** A choice: `[id, quality, score, next, text?]`. */
export type ChoiceSpec = [id: string, quality: ChoiceQuality, score: number, next: string, text?: string];

export const choice = ([id, quality, score, next, text]: ChoiceSpec): Choice => ({ id, quality, score, next, text: text ?? `Say ${id}.`, feedback: 'Why.' });

/** A dialogue starting at the first node; nodes without choices are endings. */
export function testDialogue(nodes: Record<string, ChoiceSpec[]>, id = 'talk'): DialogueData {
  return {
    id,
    type: 'dialogue',
    title: 'Talk',
    optional: false,
    weight: 0,
    scene: 'A talk.',
    cast: [
      { id: 'me', name: 'Me', role: 'mentor' },
      { id: 'ann', name: 'Ann', role: 'apprentice' },
    ],
    player: 'me',
    start: Object.keys(nodes)[0]!,
    nodes: Object.entries(nodes).map(([nodeId, choices]) =>
      choices.length > 0
        ? { id: nodeId, lines: [], choices: choices.map(choice) }
        : { id: nodeId, lines: [], ending: { outcome: 'mixed', title: nodeId, debrief: 'What happened.' } },
    ),
  } as DialogueData;
}
