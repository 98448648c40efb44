/**
 * The conversation as the learner reads it, one entry per bubble, derived from the dialogue
 * view: the other characters' lines, the learner's reply, and after the reaction to it the
 * coaching note on that reply. The note comes after the reaction on purpose: the learner first
 * sees what their words did in the scene, then why; the scene is never broken off by a verdict.
 */
import type { Choice } from '../../../../course/schema/activities/dialogue.ts';
import type { DialogueView } from '../../runtime/dialogue-engine.ts';

export type TranscriptEntry =
  | { kind: 'line'; speaker: string; text: string }
  | { kind: 'reply'; choice: Choice }
  | { kind: 'note'; choice: Choice };

/** A short line still shows the typing cue long enough to be seen; a long one does not keep the learner waiting. */
export const TYPING_MIN = 700;
export const TYPING_MAX = 1800;
/** The coach's note follows the reaction after a breath. */
export const NOTE_PAUSE = 700;
/** Time to take in the last entry before the choices appear and take the focus. */
export const SETTLE_PAUSE = 700;

export function transcript(view: Pick<DialogueView, 'history'>): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  let reply: Choice | undefined;
  for (const step of view.history) {
    for (const line of step.node.lines) entries.push({ kind: 'line', speaker: line.speaker, text: line.text });
    if (reply) entries.push({ kind: 'note', choice: reply });
    reply = step.choice;
    if (reply) entries.push({ kind: 'reply', choice: reply });
  }
  return entries;
}

/** Milliseconds before `entry` appears when revealed in sequence: "typing" time for a line, a short pause before a note. */
export function revealDelay(entry: TranscriptEntry): number {
  if (entry.kind === 'line') return Math.min(TYPING_MAX, Math.max(TYPING_MIN, 300 + entry.text.length * 12));
  return entry.kind === 'note' ? NOTE_PAUSE : 0;
}
