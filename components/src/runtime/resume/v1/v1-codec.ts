/**
 * Format version 1 of the resume state, as players wrote it before format 2 and LMSs hold it:
 * `decodeResumeV1` is how the player still resumes those states; `encodeResumeV1` is kept only
 * so tests can make them (the player writes format 2, see ../resume-codec.ts).
 *
 * Layout (tokens in v1-tokens.ts, grammar in docs/resume-state.md):
 *   version courseTag(2) courseFingerprint(4) flags [location] [certificate] record* "."
 *   record = activityIndex activityFingerprint(3) head body   (head = bodyLength * 4 + status)
 * The final "." (never a token character) tells a complete state from one an LMS cut short.
 * The decoder keeps every record that parses and lists what it dropped in `problems`; records
 * are matched to activities by fingerprint, at their old position first, then anywhere.
 */
import type { ActivityData, CourseData } from '../../../../../course/schema/course-data.ts';
import { ACTIVITY_STATUSES } from '../../progress-values.ts';
import type { ActivityDetail, ActivityProgress, LearnerProgress } from '../../progress.ts';
import { courseLayout, type ActivityLayout, type CourseLayout } from '../course-layout.ts';
import type { DecodedResume } from '../resume-codec.ts';
import { ACTIVITY_FINGERPRINT_WIDTH, COURSE_FINGERPRINT_WIDTH, COURSE_TAG_WIDTH, layoutV1, resolveActivityV1 as resolveActivity } from './v1-layout.ts';
import { decodeDialogue, encodeDialogue } from './v1-dialogue.ts';
import { decodeFeedbackExercise, encodeFeedbackExercise } from './v1-feedback-exercise.ts';
import { decodeQuiz, encodeQuiz } from './v1-quiz.ts';
import { decodeReflection, encodeReflection } from './v1-reflection.ts';
import { clipText, CorruptState, TokenReader, TokenWriter } from './v1-tokens.ts';

const RESUME_FORMAT_VERSION = 1;

/** Marks the end of a complete state; record heads never start with it. */
const END_MARK = '.';

const CERTIFICATE_NAME_MAX = 80;

const STATUSES = ACTIVITY_STATUSES;

/** Writes the body of a record, or returns false when the detail does not belong to the activity. */
function encodeDetail(activity: ActivityData, detail: ActivityDetail, out: TokenWriter): boolean {
  if (detail.type !== activity.type) return false;
  if (activity.type === 'dialogue' && detail.type === 'dialogue') encodeDialogue(activity, detail, out);
  else if (activity.type === 'quiz' && detail.type === 'quiz') encodeQuiz(activity, detail, out);
  else if (activity.type === 'feedback-exercise' && detail.type === 'feedback-exercise') encodeFeedbackExercise(activity, detail, out);
  else if (activity.type === 'reflection' && detail.type === 'reflection') encodeReflection(activity, detail, out);
  // Pages and certificates have no body: the record's presence is the whole detail.
  return true;
}

function decodeDetail(activity: ActivityData, input: TokenReader): ActivityDetail {
  switch (activity.type) {
    case 'dialogue':
      return decodeDialogue(activity, input);
    case 'quiz':
      return decodeQuiz(activity, input);
    case 'feedback-exercise':
      return decodeFeedbackExercise(activity, input);
    case 'reflection':
      return decodeReflection(activity, input);
    case 'page':
    case 'certificate':
      return { type: activity.type };
  }
}

const writeRef = (out: TokenWriter, layout: CourseLayout, a: ActivityLayout): TokenWriter =>
  out.uint(a.index).raw(layoutV1(layout).activityFingerprints[a.index]!);

/** A format-1 state for `progress`, as the old player wrote it (for tests only). */
export function encodeResumeV1(course: CourseData, progress: LearnerProgress): string {
  const layout = courseLayout(course);
  const out = new TokenWriter().uint(RESUME_FORMAT_VERSION).raw(layoutV1(layout).courseTag).raw(layoutV1(layout).fingerprint);
  const location = progress.location === undefined ? undefined : layout.byKey.get(progress.location);
  const certificate = progress.certificate;
  out.flags(location !== undefined, certificate !== undefined, certificate?.name !== undefined);
  if (location) writeRef(out, layout, location);
  if (certificate) {
    out.text(certificate.issuedOn).text(certificate.code);
    if (certificate.name !== undefined) out.text(clipText(certificate.name, CERTIFICATE_NAME_MAX));
  }
  for (const a of layout.activities) {
    const entry = progress.activities[a.key];
    if (!entry) continue;
    const body = new TokenWriter();
    if (!encodeDetail(a.activity, entry.detail, body)) continue;
    const text = body.toString();
    writeRef(out, layout, a).uint(text.length * 4 + Math.max(0, STATUSES.indexOf(entry.status))).raw(text);
  }
  return out.raw(END_MARK).toString();
}

/**
 * The progress stored in `raw`, checked against `course`. Never throws: unusable parts are
 * dropped and described in `problems`; a missing state is a fresh start with no problems.
 */
export function decodeResumeV1(course: CourseData, raw: string | null | undefined): DecodedResume {
  const progress: LearnerProgress = { activities: {} };
  const problems: string[] = [];
  if (raw === null || raw === undefined || raw === '') return { progress, problems };
  if (typeof raw !== 'string') return { progress, problems: ['The stored state is not text.'] };
  try {
    const layout = courseLayout(course);
    const input = new TokenReader(raw);
    if (!readHeader(layout, input, problems)) return { progress, problems };
    if (!readGlobals(layout, input, progress, problems)) return { progress, problems };
    readRecords(layout, input, progress, problems);
  } catch (error) {
    // Defensive: the readers only throw CorruptState, handled above; anything else is a bug.
    problems.push(`Unexpected error while reading the stored state: ${String(error)}`);
  }
  return { progress, problems };
}

/** Checks version and course; false when nothing in the state can be used. */
function readHeader(layout: CourseLayout, input: TokenReader, problems: string[]): boolean {
  try {
    const version = input.uint();
    if (version !== RESUME_FORMAT_VERSION) {
      problems.push(`The stored state has format version ${version}; this player reads versions 1 and 2. Starting afresh.`);
      return false;
    }
    if (input.fixed(COURSE_TAG_WIDTH) !== layoutV1(layout).courseTag) {
      problems.push('The stored state belongs to another course. Starting afresh.');
      return false;
    }
    if (input.fixed(COURSE_FINGERPRINT_WIDTH) !== layoutV1(layout).fingerprint) {
      problems.push('The stored state was saved with another version of this course; progress in activities that changed or moved away is dropped.');
    }
    return true;
  } catch (error) {
    problems.push(`The stored state is not a workmentor resume state (${describe(error)}). Starting afresh.`);
    return false;
  }
}

/** Location and certificate; false when the records after them cannot be found. */
function readGlobals(layout: CourseLayout, input: TokenReader, progress: LearnerProgress, problems: string[]): boolean {
  try {
    const [hasLocation, hasCertificate, hasName] = input.flags(3);
    if (hasLocation) {
      const index = input.uint();
      const target = resolveActivity(layout, index, input.fixed(ACTIVITY_FINGERPRINT_WIDTH));
      if (target) progress.location = target.key;
      else problems.push(`The stored location (activity #${index}) is no longer in the course.`);
    }
    if (hasCertificate) {
      const issuedOn = input.text();
      const code = input.text();
      progress.certificate = { issuedOn, code };
      if (hasName) progress.certificate.name = input.text();
    }
    return true;
  } catch (error) {
    problems.push(`The stored location and certificate could not be read (${describe(error)}).`);
    return false;
  }
}

function readRecords(layout: CourseLayout, input: TokenReader, progress: LearnerProgress, problems: string[]): void {
  for (;;) {
    if (input.done) {
      problems.push('The stored state is cut short (its end mark is missing); progress saved after that point is lost.');
      return;
    }
    if (input.peek() === END_MARK) {
      input.skipTo(input.offset + 1);
      if (!input.done) problems.push(`${input.length - input.offset} characters after the end of the stored state are ignored.`);
      return;
    }
    let index: number;
    let fingerprint: string;
    let status: ActivityProgress['status'] | undefined;
    let bodyStart: number;
    let bodyEnd: number;
    try {
      index = input.uint();
      fingerprint = input.fixed(ACTIVITY_FINGERPRINT_WIDTH);
      const head = input.uint();
      status = STATUSES[head % 4];
      bodyStart = input.offset;
      bodyEnd = bodyStart + Math.floor(head / 4);
    } catch (error) {
      // Without a readable record head there is no way to find the next record.
      problems.push(`The stored state could not be read past character ${input.offset} (${describe(error)}).`);
      return;
    }
    if (bodyEnd > input.length) {
      problems.push(`The stored state ends inside the record of activity #${index} (truncated?); that activity's progress is dropped.`);
      return;
    }
    input.skipTo(bodyEnd);
    const target = resolveActivity(layout, index, fingerprint);
    if (!target) {
      problems.push(`Progress in activity #${index} is dropped: that activity is no longer in the course or has changed.`);
      continue;
    }
    if (progress.activities[target.key]) {
      problems.push(`Progress in ${target.key} is stored twice; the first is kept.`);
      continue;
    }
    if (!status) {
      problems.push(`Progress in ${target.key} has an unknown status and is dropped.`);
      continue;
    }
    try {
      const body = new TokenReader(input.source, bodyStart, bodyEnd);
      const detail = decodeDetail(target.activity, body);
      if (!body.done) throw new CorruptState('it has characters left over');
      progress.activities[target.key] = { status, detail };
    } catch (error) {
      if (!(error instanceof CorruptState)) throw error;
      problems.push(`Progress in ${target.key} is dropped: ${error.message}.`);
    }
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
