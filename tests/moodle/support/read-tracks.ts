/**
 * What Moodle stored for one activity and one user, read with the kit's read-tracks.php: CMI
 * tracks per attempt and SCO, the gradebook grade and the activity completion row. Typed here
 * so specs read `record.completion.state`, not JSON paths.
 */
import { runKitPhp } from './moodle-site.ts';

/** CMI element → value, as the SCORM player stored it for one SCO in one attempt. */
export type CmiTracks = Record<string, string>;

export interface MoodleRecord {
  cmid: number;
  scormid: number;
  name: string;
  version: 'SCORM_1.2' | 'SCORM_1.3';
  user: string;
  /** Attempt number → SCO identifier → CMI element → value. */
  tracks: Record<string, Record<string, CmiTracks>>;
  gradebook: { grade: number | null; str_grade: string; grademax: number } | null;
  /** `course_modules_completion.completionstate`: 0 incomplete (or no row), 1 complete, 2 complete-pass, 3 complete-fail. */
  completion: { state: 0 | 1 | 2 | 3; name: string; timemodified?: number };
}

export async function readTracks(cmid: number, user: string): Promise<MoodleRecord> {
  return JSON.parse(await runKitPhp('read-tracks.php', [`--cmid=${cmid}`, `--user=${user}`])) as MoodleRecord;
}

/** The highest attempt number Moodle holds for the user (0 when none). */
export const lastAttempt = (record: MoodleRecord): number => Math.max(0, ...Object.keys(record.tracks).map(Number));

/** The CMI values of `sco` in the last attempt (empty when nothing was stored). */
export const lastTracks = (record: MoodleRecord, sco: string): CmiTracks => record.tracks[String(lastAttempt(record))]?.[sco] ?? {};

/** The SCO the last attempt has tracks for, when the package has one SCO and its identifier is not at hand ('' before any). */
export const trackedSco = (record: MoodleRecord): string => Object.keys(record.tracks[String(lastAttempt(record))] ?? {})[0] ?? '';

/**
 * Reads until `done` holds or `timeoutMs` passes, and returns the last read either way: the
 * player's last commit (a beacon sent as the page goes) may land a moment after the browser
 * moved on, and a spec prints what Moodle holds before it asserts, pass or fail.
 */
export async function readTracksWhen(cmid: number, user: string, done: (record: MoodleRecord) => boolean, timeoutMs = 30_000): Promise<MoodleRecord> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const record = await readTracks(cmid, user);
    if (done(record) || Date.now() > until) return record;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
