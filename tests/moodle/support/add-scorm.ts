/**
 * Adds a SCORM zip to the course `wmpilot` with the kit's add-scorm.php (Moodle's own API, as the
 * "Add an activity" form does), or puts a new zip into an existing activity (`replace`). The
 * activity is graded "highest grade" out of 100, with automatic completion "require status".
 */
import { runKitPhp } from './moodle-site.ts';

export interface ScormActivity {
  cmid: number;
  scormid: number;
  /** Moodle calls SCORM 2004 `SCORM_1.3`. */
  version: 'SCORM_1.2' | 'SCORM_1.3';
  replaced: boolean;
  name: string;
  /** Raised by Moodle each time the package file changes. */
  revision: number;
  completion: 'passed' | 'completed' | 'either';
  viewurl: string;
  scoes: Array<{ id: string; identifier: string; scormtype: string; launch: string; title: string }>;
}

export interface AddScormOptions {
  name?: string;
  /** What "require status" accepts for activity completion; the kit's default is `passed`. */
  completion?: 'passed' | 'completed' | 'either';
  /** The cmid of an existing activity that gets the new package (its tracks stay). */
  replace?: number;
}

/** Adds (or replaces) the package; rejects with Moodle's own message when Moodle refuses it. */
export async function addScorm(zip: string, options: AddScormOptions = {}): Promise<ScormActivity> {
  const args = [`--zip=${zip}`];
  if (options.name) args.push(`--name=${options.name}`);
  if (options.completion) args.push(`--completion=${options.completion}`);
  if (options.replace) args.push(`--replace=${options.replace}`);
  const out = await runKitPhp('add-scorm.php', args);
  return JSON.parse(out.trim().split('\n').at(-1)!) as ScormActivity;
}

/** The identifier (from the manifest) of the activity's only SCO, the key of its tracks. */
export function scoIdentifier(activity: ScormActivity): string {
  const scos = activity.scoes.filter((s) => s.scormtype === 'sco');
  if (scos.length !== 1) throw new Error(`Expected one SCO in ${activity.name}, found ${scos.map((s) => s.identifier).join(', ') || 'none'}`);
  return scos[0]!.identifier;
}
