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

/** What a version protects: its status elements ranked worst to best, and numeric elements with their companions. */
export interface HeldRules {
  statuses: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Kept at their highest; dropping one drops the elements listed with it (min/max/scaled). */
  numbers: Readonly<Record<string, readonly string[]>>;
}

/** The elements to read at launch for `keepHeld`. */
export const heldElements = (rules: HeldRules): string[] => [...Object.keys(rules.statuses), ...Object.keys(rules.numbers)];

/** Reads the held results with the LMS's `read`, leaving out what it has no value for. */
export function readHeld(read: (element: string) => string, elements: readonly string[]): HeldResults {
  const held: Record<string, string> = {};
  for (const element of elements) {
    const value = read(element).trim();
    if (value !== '') held[element] = value;
  }
  return held;
}

/** `writes` without those that would lower a result in `held`, by the version's `rules`. */
export function keepHeld(writes: readonly CmiWrite[], held: HeldResults, rules: HeldRules): CmiWrite[] {
  const dropped = new Set<string>();
  for (const [element, value] of writes) {
    const before = held[element];
    if (before === undefined) continue;
    const ranks = rules.statuses[element];
    const companions = rules.numbers[element];
    if (ranks) {
      if ((ranks[value] ?? 0) < (ranks[before] ?? 0)) dropped.add(element);
    } else if (companions && Number(value) < Number(before)) {
      dropped.add(element);
      for (const companion of companions) dropped.add(companion);
    }
  }
  return dropped.size === 0 ? [...writes] : writes.filter(([element]) => !dropped.has(element));
}
