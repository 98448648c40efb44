/**
 * The resume state: `LearnerProgress` as one compact, versioned string that fits SCORM 1.2's
 * `cmi.suspend_data` (4096 characters) and that the decoder never trusts. The player writes
 * format 2 (here); `decodeResume` (decode-resume.ts) reads format 2 and format 1 (what LMSs hold
 * from earlier players), and the player reads through decode-stored.ts, which fetches format 1's
 * reader only when it is needed.
 *
 * Format 2 (full grammar and measurements in docs/resume-state.md):
 *
 *   state     = structure texts check
 *   structure = bits, 14 per character of the state alphabet (state-alphabet.ts), zero-padded:
 *     version(4) courseTag(12) activityCount(16) hasLocation hasCertificate
 *     [location: index fingerprint(18)] [certificate: day(16) code(40) hasName [nameLength(7)]]
 *     touched: one bit per activity, in course order
 *     record*: fingerprint(18) hasBody [bodyBits(Exp-Golomb 6) body]   one per touched activity
 *   texts     = every learner text, raw, in the order the structure lists their lengths
 *   check     = one alphabet character: 14 bits of FNV-1a over everything before it
 *
 * Every field has the width its course structure allows and no more (bit-stream.ts); a body is
 * one mixed-radix number (record-body.ts). Learner text stays raw UTF-16 after the structure,
 * so a field's cost is its length plus a fixed 12-bit length: the free-text budget can promise
 * characters. The build proves with `resumeBudget` that the worst case fits the target's limit.
 *
 * What is not stored because the player derives it: each activity's status (completion.ts
 * derives it from the detail) and the check character of the verification code.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerProgress } from '../progress.ts';
import { verificationPayload } from '../verification-code.ts';
import { encodeDetail, hasBody } from './activity-codecs.ts';
import { BitWriter, widthOf } from './bit-stream.ts';
import { clipText } from './clip-text.ts';
import { courseLayout, COURSE_TAG_BITS, FINGERPRINT_BITS, hasCertificate } from './course-layout.ts';
import { BodyWriter, type CostTally } from './record-body.ts';
import { BITS_PER_CHAR, stateChar } from './state-alphabet.ts';
import {
  ACTIVITY_COUNT_BITS,
  BODY_LENGTH_ORDER,
  CERTIFICATE_NAME_MAX,
  checkValue,
  CODE_VALUE_BITS,
  DATE_BITS,
  dayNumber,
  FORMAT_VERSION,
  NAME_LENGTH_BITS,
  VERSION_BITS,
} from './state-format.ts';

export { CERTIFICATE_NAME_MAX };
export const RESUME_FORMAT_VERSION = FORMAT_VERSION;

export interface DecodedResume {
  progress: LearnerProgress;
  /** What was dropped and why, for the console and support; empty when everything was usable. */
  problems: string[];
}

/** The resume state for `progress`; only what refers to this course's structure is stored. */
export function encodeResume(course: CourseData, progress: LearnerProgress): string {
  return writeState(course, progress);
}

/**
 * The writer behind `encodeResume`; with `tally`, it also says what each part costs, in
 * characters of the state (resume-cost.ts prints that as a table).
 */
export function writeState(course: CourseData, progress: LearnerProgress, tally?: CostTally): string {
  const layout = courseLayout(course);
  const count = layout.activities.length;
  const out = new BitWriter();
  const texts: string[] = [];
  const cost = (part: string, bits: number) => tally?.(part, bits / BITS_PER_CHAR);
  let mark = 0;
  const spent = (part: string) => {
    cost(part, out.length - mark);
    mark = out.length;
  };

  const location = progress.location === undefined ? undefined : layout.byKey.get(progress.location);
  // A course without a certificate activity never issues one (a module package may have none).
  const issued = hasCertificate(course) ? progress.certificate : undefined;
  const day = issued && dayNumber(issued.issuedOn);
  const payload = issued && verificationPayload(issued.code);
  // Only a certificate as the player issues it (an ISO date, a well-formed code) can be stored.
  const certificate = day !== undefined && payload !== undefined ? issued : undefined;
  out.uint(FORMAT_VERSION, VERSION_BITS).uint(layout.courseTag, COURSE_TAG_BITS).uint(count, ACTIVITY_COUNT_BITS);
  out.flag(location !== undefined).flag(certificate !== undefined);
  spent('header: version, course tag, activity count, flags');
  if (location) out.uint(location.index, widthOf(count)).uint(location.fingerprint, FINGERPRINT_BITS);
  spent('location');
  if (certificate) {
    out.uint(day!, DATE_BITS);
    for (const value of payload!) out.uint(value, CODE_VALUE_BITS);
    out.flag(certificate.name !== undefined);
    if (certificate.name !== undefined) {
      const name = clipText(certificate.name, CERTIFICATE_NAME_MAX);
      out.uint(name.length, NAME_LENGTH_BITS);
      texts.push(name);
    }
  }
  spent('certificate: date, code, name length');

  const records = layout.activities.flatMap((a) => {
    const entry = progress.activities[a.key];
    if (!entry) return [];
    const body = new BodyWriter(tally && ((part, bits) => cost(part.includes(':') ? part : `${a.activity.type}: ${part}`, bits)));
    return encodeDetail(a.activity, entry.detail, body, a.key === course.finalAssessment?.activity) ? [{ a, body }] : [];
  });
  const touched = new Set(records.map((r) => r.a.index));
  for (let i = 0; i < count; i += 1) out.flag(touched.has(i));
  spent('touched bitmap');
  for (const { a, body } of records) {
    out.uint(a.fingerprint, FINGERPRINT_BITS);
    spent(`record fingerprints: ${a.activity.type}`);
    out.flag(hasBody(a.activity));
    if (!hasBody(a.activity)) {
      spent(`record body lengths: ${a.activity.type}`);
      continue;
    }
    out.expGolomb(body.bits - 1, BODY_LENGTH_ORDER);
    spent(`record body lengths: ${a.activity.type}`);
    body.writeTo(out);
    mark = out.length;
    texts.push(...body.texts);
  }
  const structure = out.toChars();
  cost('padding to a whole character', structure.length * BITS_PER_CHAR - out.length);
  const whole = structure + texts.join('');
  const nameLength = certificate?.name === undefined ? 0 : texts[0]!.length;
  tally?.('learner text: the name on the certificate', nameLength);
  tally?.('learner text: answers, written feedback, reflections', whole.length - structure.length - nameLength);
  cost('check character', BITS_PER_CHAR);
  return whole + stateChar(checkValue(whole));
}

