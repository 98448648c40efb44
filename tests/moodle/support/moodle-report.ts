/**
 * Prints what Moodle recorded, one line per reading, so a run's output carries the values the
 * release notes quote (status, score, grade, completion, location, exit, saved state).
 */
import { CMI, statuses, VERSION_LABEL, type ScormVersion } from './cmi-elements.ts';
import { lastAttempt, lastTracks, type MoodleRecord } from './read-tracks.ts';

export function describeRecord(version: ScormVersion, record: MoodleRecord, sco: string): string {
  const cmi = lastTracks(record, sco);
  const names = CMI[version];
  const status = Object.entries(statuses(version, cmi)).map(([element, value]) => `${element}=${value ?? '(none)'}`);
  const grade = record.gradebook ? `${record.gradebook.grade ?? '-'}/${record.gradebook.grademax}` : '(no grade item)';
  return [
    `attempt ${lastAttempt(record)}`,
    ...status,
    `${names.scoreRaw}=${cmi[names.scoreRaw] ?? '(none)'}`,
    `${names.location}=${cmi[names.location] ?? '(none)'}`,
    `${names.exit}=${cmi[names.exit] ?? '(none)'}`,
    `suspend_data ${cmi[names.suspendData]?.length ?? 0} chars`,
    `gradebook ${grade}`,
    `completion ${record.completion.state} (${record.completion.name})`,
  ].join(' | ');
}

export function logRecord(label: string, version: ScormVersion, record: MoodleRecord, sco: string): void {
  console.log(`[moodle] ${VERSION_LABEL[version]} ${label} (${record.user}, cmid ${record.cmid}): ${describeRecord(version, record, sco)}`);
}
