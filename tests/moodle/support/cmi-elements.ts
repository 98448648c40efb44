/**
 * The CMI elements a spec reads back, per SCORM version: Moodle stores them under the names the
 * package wrote (`cmi.core.lesson_status` in 1.2; `cmi.completion_status` and
 * `cmi.success_status` in 2004), so one spec body serves both versions.
 */
import type { CmiTracks } from './read-tracks.ts';

export type ScormVersion = 'scorm12' | 'scorm2004';
export const SCORM_VERSIONS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

export const VERSION_LABEL: Record<ScormVersion, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };
/** What Moodle's `scorm.version` says for each. */
export const MOODLE_VERSION: Record<ScormVersion, 'SCORM_1.2' | 'SCORM_1.3'> = { scorm12: 'SCORM_1.2', scorm2004: 'SCORM_1.3' };

interface Elements {
  location: string;
  exit: string;
  scoreRaw: string;
  suspendData: string;
  /** The learner's answer inside `cmi.interactions.N.`. */
  response: string;
}

export const CMI: Record<ScormVersion, Elements> = {
  scorm12: { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', scoreRaw: 'cmi.core.score.raw', suspendData: 'cmi.suspend_data', response: 'student_response' },
  scorm2004: { location: 'cmi.location', exit: 'cmi.exit', scoreRaw: 'cmi.score.raw', suspendData: 'cmi.suspend_data', response: 'learner_response' },
};

/** The status elements of the version with their stored values: 1.2 has one, 2004 two. */
export function statuses(version: ScormVersion, cmi: CmiTracks): Record<string, string | undefined> {
  return version === 'scorm12'
    ? { 'cmi.core.lesson_status': cmi['cmi.core.lesson_status'] }
    : { 'cmi.completion_status': cmi['cmi.completion_status'], 'cmi.success_status': cmi['cmi.success_status'] };
}

/** The status that says whether the SCO is under way or done: 1.2's lesson status, 2004's completion status. */
export const progressStatus = (version: ScormVersion, cmi: CmiTracks): string | undefined =>
  cmi[version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status'];

/** The status a passed course must leave, per element. */
export const PASSED: Record<ScormVersion, Record<string, string>> = {
  scorm12: { 'cmi.core.lesson_status': 'passed' },
  scorm2004: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' },
};

export interface StoredInteraction {
  index: number;
  id: string | undefined;
  response: string | undefined;
}

/**
 * Every interaction Moodle stored, by index, with its id and learner response. Moodle 4.3 keeps
 * 1.2 interactions as `cmi.interactions_N.id` (its 1.2 API names them so, mod/scorm/datamodels/scorm_12.js:331)
 * and 2004 ones as `cmi.interactions.N.id`: both are read here.
 */
export function storedInteractions(version: ScormVersion, cmi: CmiTracks): StoredInteraction[] {
  const found = new Map<number, string>();
  for (const element of Object.keys(cmi)) {
    const match = /^cmi\.interactions([._])(\d+)\./.exec(element);
    if (match) found.set(Number(match[2]), `cmi.interactions${match[1]}${match[2]}.`);
  }
  return [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, prefix]) => ({ index, id: cmi[`${prefix}id`], response: cmi[`${prefix}${CMI[version].response}`] }));
}
