/**
 * Reads a format-2 resume state (grammar in resume-codec.ts) against the course, trusting
 * nothing. It never throws: what cannot be used is dropped and described in `problems`.
 *
 * - A state cut short by an LMS is told by its length: the structure says how long every text
 *   is, so a complete state is exactly structure + texts + the check character. Records whose
 *   texts are all there are kept; a record whose text was cut is dropped.
 * - A damaged state: a record that does not read back exactly (a field out of range, leftover
 *   bits, texts that do not add up) is dropped alone; the record heads' body lengths let the
 *   reader step to the next record. When the check character does not match, the problem is
 *   reported; the texts are kept only if the lengths still add up to the state's length.
 * - Another version of the course: each record is matched to an activity by fingerprint, at
 *   its old position shifted as much as the record before it moved, then at its old position,
 *   then anywhere, nearest first; it is used only if its body reads back exactly with that
 *   activity's structure. (docs/resume-state.md measures how rarely this goes wrong.)
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { activityStatus } from '../completion.ts';
import type { ActivityDetail, LearnerProgress } from '../progress.ts';
import { codeFromPayload } from '../verification-code.ts';
import { decodeDetail, hasBody } from './activity-codecs.ts';
import { BitReader } from './bit-stream.ts';
import { CorruptState } from './corrupt-state.ts';
import { courseLayout, COURSE_TAG_BITS, FINGERPRINT_BITS, type ActivityLayout, type CourseLayout } from './course-layout.ts';
import { BodyReader, readBodyFrame, type BodyFrame } from './record-body.ts';
import type { DecodedResume } from './resume-codec.ts';
import { stateValueAt } from './state-alphabet.ts';
import {
  ACTIVITY_COUNT_BITS,
  BODY_LENGTH_ORDER,
  checkValue,
  CODE_VALUE_BITS,
  CODE_VALUES,
  DATE_BITS,
  FORMAT_VERSION,
  isoDate,
  NAME_LENGTH_BITS,
  VERSION_BITS,
} from './state-format.ts';

interface Header {
  count: number;
  location?: { index: number; fingerprint: number };
  certificate?: { issuedOn: string; code: string; nameLength?: number };
  touched: number[];
}

interface StoredRecord {
  /** Position in the course that saved the state. */
  index: number;
  fingerprint: number;
  bodyBits: number;
  body?: BodyFrame;
  /** Why the body's frame could not be read (its texts are then unknown). */
  damage?: string;
  texts?: string[];
  /** Why `texts` is missing although the record has some. */
  textsLost?: string;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function decodeResumeV2(course: CourseData, raw: string): DecodedResume {
  const layout = courseLayout(course);
  const progress: LearnerProgress = { activities: {} };
  const problems: string[] = [];
  const input = new BitReader(raw);
  try {
    const version = input.uint(VERSION_BITS);
    if (version !== FORMAT_VERSION) {
      problems.push(`The stored state has format version ${version}; this player reads versions 1 and 2. Starting afresh.`);
      return { progress, problems };
    }
    if (input.uint(COURSE_TAG_BITS) !== layout.courseTag) {
      problems.push('The stored state belongs to another course. Starting afresh.');
      return { progress, problems };
    }
  } catch (error) {
    problems.push(`The stored state is not a workmentor resume state (${describe(error)}). Starting afresh.`);
    return { progress, problems };
  }
  let header: Header;
  try {
    header = readHeader(input);
  } catch (error) {
    problems.push(`The stored state could not be read before its first record (${describe(error)}). Starting afresh.`);
    return { progress, problems };
  }

  const { records, broken } = readRecords(input, header.touched);
  const name = locateTexts(raw, input, header, records, broken, problems);

  if (header.location) {
    const target = resolveReference(layout, header.location.index, header.location.fingerprint);
    if (target) progress.location = target.key;
    else problems.push(`The stored location (activity #${header.location.index}) is no longer in the course.`);
  }
  if (header.certificate) {
    const { issuedOn, code } = header.certificate;
    progress.certificate = { issuedOn, code };
    if (name !== undefined) progress.certificate.name = name;
  }

  const changed = header.count !== layout.activities.length || records.some((r) => layout.activities[r.index]?.fingerprint !== r.fingerprint);
  if (changed) problems.push('The stored state was saved with another version of this course; progress in activities that changed or moved away is dropped.');
  matchRecords(layout, records, progress, problems);
  if (broken) problems.push(broken);
  return { progress, problems };
}

function readHeader(input: BitReader): Header {
  const count = input.uint(ACTIVITY_COUNT_BITS);
  const hasLocation = input.flag();
  const hasCertificate = input.flag();
  const header: Header = { count, touched: [] };
  if (hasLocation) header.location = { index: input.index(count, 'stored location'), fingerprint: input.uint(FINGERPRINT_BITS) };
  if (hasCertificate) {
    const issuedOn = isoDate(input.uint(DATE_BITS));
    const code = codeFromPayload(Array.from({ length: CODE_VALUES }, () => input.uint(CODE_VALUE_BITS)));
    header.certificate = { issuedOn, code };
    if (input.flag()) header.certificate.nameLength = input.uint(NAME_LENGTH_BITS);
  }
  for (let i = 0; i < count; i += 1) if (input.flag()) header.touched.push(i);
  return header;
}

/** The record heads and body frames; `broken` says why the structure could not be read to its end. */
function readRecords(input: BitReader, touched: readonly number[]): { records: StoredRecord[]; broken?: string } {
  const records: StoredRecord[] = [];
  for (const index of touched) {
    try {
      const fingerprint = input.uint(FINGERPRINT_BITS);
      const bodyBits = input.flag() ? input.expGolomb(BODY_LENGTH_ORDER) + 1 : 0;
      const record: StoredRecord = { index, fingerprint, bodyBits };
      const start = input.position;
      if (bodyBits > 0) {
        try {
          record.body = readBodyFrame(input, bodyBits);
        } catch (error) {
          record.damage = describe(error);
        }
      }
      input.seek(start + bodyBits);
      records.push(record);
    } catch (error) {
      // Without a readable record head there is no way to find the next record, nor the texts.
      const kept = records.length;
      return { records, broken: `The stored state could not be read past its first ${kept} record(s) (${describe(error)}); the progress after that is lost.` };
    }
  }
  return { records };
}

/**
 * Hands every record its texts from the text area after the structure, checks the state's
 * length and check character, and returns the name on the certificate if it is intact.
 */
function locateTexts(raw: string, input: BitReader, header: Header, records: StoredRecord[], broken: string | undefined, problems: string[]): string | undefined {
  const nameLength = header.certificate?.nameLength;
  const structureEnd = input.charsUsed;
  if (broken || structureEnd > raw.length) {
    for (const r of records) r.textsLost = 'the stored state is cut short or damaged before its texts';
    if (nameLength !== undefined) problems.push('The name on the certificate could not be read; it will be asked for again.');
    return undefined;
  }
  // A record whose body frame is damaged has texts of unknown length: nothing after them can be found.
  const damaged = records.findIndex((r) => r.damage !== undefined);
  const located = damaged < 0 ? records : records.slice(0, damaged);
  for (const r of records.slice(located.length)) r.textsLost = 'texts after a damaged record cannot be found';
  const textLength = (r: StoredRecord): number => (r.body?.textLengths ?? []).reduce((a, b) => a + b, 0);
  const expected = structureEnd + (nameLength ?? 0) + records.reduce((sum, r) => sum + textLength(r), 0) + 1;
  let end = raw.length;
  let trusted = true;
  if (damaged < 0) {
    end = Math.min(raw.length, expected - 1);
    if (raw.length < expected) {
      problems.push(`The stored state is cut short (${raw.length} of ${expected} characters); progress whose text was cut off is lost.`);
    } else if (!checkMatches(raw, expected - 1)) {
      // Lengths that still add up to the state's length mean the texts are where they belong.
      trusted = raw.length === expected;
      problems.push(`The stored state does not match its check character: it was changed after it was saved${trusted ? '; what it holds may be wrong' : ', so its texts are not used'}.`);
    } else if (raw.length > expected) {
      problems.push(`${raw.length - expected} characters after the end of the stored state are ignored.`);
    }
  }
  let cursor = structureEnd;
  const take = (length: number): string | undefined => {
    const start = cursor;
    cursor += length;
    return trusted && cursor <= end ? raw.slice(start, cursor) : undefined;
  };
  const name = nameLength === undefined ? undefined : take(nameLength);
  if (nameLength !== undefined && name === undefined) problems.push('The name on the certificate was cut off; it will be asked for again.');
  for (const record of located) {
    const texts = (record.body?.textLengths ?? []).map(take);
    if (texts.every((t) => t !== undefined)) record.texts = texts as string[];
    else record.textsLost = trusted ? 'its text was cut off' : 'the stored state was changed after it was saved';
  }
  return name;
}

function checkMatches(raw: string, at: number): boolean {
  try {
    return stateValueAt(raw, at) === checkValue(raw.slice(0, at));
  } catch {
    return false;
  }
}

/** A stored (position, fingerprint): the activity there if it still matches, else the only one with that fingerprint. */
function resolveReference(layout: CourseLayout, index: number, fingerprint: number): ActivityLayout | undefined {
  const at = layout.activities[index];
  if (at?.fingerprint === fingerprint) return at;
  const matches = layout.byFingerprint.get(fingerprint) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}

function readDetail(activity: ActivityLayout, record: StoredRecord): ActivityDetail {
  if (hasBody(activity.activity) !== record.bodyBits > 0) throw new CorruptState('it was saved for another kind of activity');
  if (!record.body) {
    if (record.damage) throw new CorruptState(record.damage);
    return decodeDetail(activity.activity, new BodyReader([], { number: 0n, numberBits: 0 }));
  }
  const texts = record.body.textLengths.length === 0 ? [] : record.texts;
  if (!texts) throw new CorruptState(record.textsLost ?? 'its texts are missing');
  const body = new BodyReader(texts, record.body);
  const detail = decodeDetail(activity.activity, body);
  body.finish();
  return detail;
}

function matchRecords(layout: CourseLayout, records: readonly StoredRecord[], progress: LearnerProgress, problems: string[]): void {
  // Activities move together (a page inserted shifts everything after it), so the shift of the
  // record before is the best first guess for this one.
  let shift = 0;
  const taken = new Set<number>();
  for (const record of records) {
    // Elsewhere, nearest first: two activities may share a fingerprint, and the one that moved is near.
    const expected = record.index + shift;
    const elsewhere = [...(layout.byFingerprint.get(record.fingerprint) ?? [])].sort((a, b) => Math.abs(a.index - expected) - Math.abs(b.index - expected));
    const candidates = [layout.activities[expected], layout.activities[record.index], ...elsewhere].filter(
      (a, i, all): a is ActivityLayout => a !== undefined && a.fingerprint === record.fingerprint && !taken.has(a.index) && all.indexOf(a) === i,
    );
    let why: string | undefined;
    let found: { activity: ActivityLayout; detail: ActivityDetail } | undefined;
    for (const activity of candidates) {
      try {
        found = { activity, detail: readDetail(activity, record) };
        break;
      } catch (error) {
        if (!(error instanceof CorruptState)) throw error;
        why ??= `Progress in ${activity.key} is dropped: ${error.message}.`;
      }
    }
    if (!found) {
      problems.push(why ?? `Progress in activity #${record.index} is dropped: that activity is no longer in the course or has changed.`);
      continue;
    }
    const { activity, detail } = found;
    shift = activity.index - record.index;
    taken.add(activity.index);
    progress.activities[activity.key] = { status: activityStatus(activity.activity, detail), detail };
  }
}
