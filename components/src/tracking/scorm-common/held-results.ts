/**
 * Results an LMS already holds are never lowered by a later session. A learner whose status is
 * `passed` must not fall back to `incomplete` because the stored resume state could not be used
 * (damaged, cut short, written by a newer player) and the course restarted, nor lose a score
 * because a retake went worse. The SCORM tracker reads these elements at launch and passes every
 * write through `keepHeld`, which drops a write that would rank below what the LMS held then
 * (and, for a score, the min/max/scaled written with it). Within one session the course's own
 * rules decide; only what the LMS had before the session is protected.
 */
import type { CmiWrite } from './scorm-connection.ts';
import type { HeldResults } from './scorm-mapping.ts';

/** Status vocabularies, worst to best. `passed` outranks `completed`: an activity set to "require passed" must stay ticked. */
const STATUS_RANK: Record<string, Record<string, number>> = {
  'cmi.core.lesson_status': { 'not attempted': 0, browsed: 0, incomplete: 1, failed: 2, completed: 3, passed: 4 },
  'cmi.completion_status': { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 },
  'cmi.success_status': { unknown: 0, failed: 1, passed: 2 },
};

/** Numeric elements kept at their highest, each with the elements written alongside it. */
const NUMERIC: Record<string, readonly string[]> = {
  'cmi.core.score.raw': ['cmi.core.score.min', 'cmi.core.score.max'],
  'cmi.score.raw': ['cmi.score.scaled', 'cmi.score.min', 'cmi.score.max'],
  'cmi.progress_measure': [],
};

/** The elements to read at launch for `keepHeld`. */
export const HELD_ELEMENTS = [...Object.keys(STATUS_RANK), ...Object.keys(NUMERIC)];

/** Reads the held results with the LMS's `read`, leaving out what it has no value for. */
export function readHeld(read: (element: string) => string, elements: readonly string[]): HeldResults {
  const held: Record<string, string> = {};
  for (const element of elements) {
    const value = read(element).trim();
    if (value !== '') held[element] = value;
  }
  return held;
}

/** `writes` without those that would lower a result in `held`. */
export function keepHeld(writes: readonly CmiWrite[], held: HeldResults): CmiWrite[] {
  const dropped = new Set<string>();
  for (const [element, value] of writes) {
    const before = held[element];
    if (before === undefined) continue;
    const ranks = STATUS_RANK[element];
    if (ranks) {
      if ((ranks[value] ?? 0) < (ranks[before] ?? 0)) dropped.add(element);
    } else if (NUMERIC[element] && Number(value) < Number(before)) {
      dropped.add(element);
      for (const companion of NUMERIC[element]!) dropped.add(companion);
    }
  }
  return dropped.size === 0 ? [...writes] : writes.filter(([element]) => !dropped.has(element));
}
