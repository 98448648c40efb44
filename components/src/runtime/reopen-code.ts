/**
 * Reopening a final assessment whose attempts are used up, when the course says only a trainer
 * may (`finalAssessment.reset: facilitator`). The learner's screen shows a short request code;
 * the trainer turns it into a reopen code (`npx workmentor reopen-code <request>`); the learner
 * types that in, and a new round of attempts opens.
 *
 * This deters, it does not secure: the check runs in the learner's browser, and anyone who reads
 * this code can compute a reopen code. What it does guarantee is that nobody reopens by
 * accident or by passing a code around: the request depends on the course, the learner's id and
 * how many attempts they used, so a reopen code works for one learner's one locked round only.
 * It works the same in every package (SCORM in Moodle, xAPI, cmi5, offline): nothing needs
 * the LMS to write into the learner's data. Codes are six Crockford base-32 characters and a
 * Damm check character, like `7K3Q-9XP`, so a mistyped character is told apart from a wrong code.
 */
import { hashString } from './seeded-random.ts';

const PAYLOAD = 6;
/** Crockford base 32, as in verification codes (no I, L, O or U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/*
 * The same check character as verification-code.ts (Damm over GF(32)), written out again on
 * purpose: importing it from there would make the launch bundle and the quiz's chunk share a
 * module, which the bundler then splits into chunks of its own and costs the launch budget more
 * than these lines do. The hash is seeded-random's FNV-1a, which the quiz chunk already carries.
 */
const times2 = (x: number): number => ((x << 1) & 0b100000 ? (x << 1) ^ 0b100101 : x << 1);

function dammInterim(values: readonly number[]): number {
  let interim = 0;
  for (const v of values) interim = times2(interim) ^ v;
  return interim;
}

const checkValue = (values: readonly number[]): number => times2(dammInterim(values));

export interface ReopenRequest {
  courseId: string;
  learnerId: string;
  /** Attempts the learner has used: a new locked round has a new request. */
  attemptsUsed: number;
}

/** Six values (0-31) from 30 bits of a hash. */
const payloadOf = (hash: number): number[] => Array.from({ length: PAYLOAD }, (_, i) => (hash >>> (25 - 5 * i)) & 31);

function format(values: readonly number[]): string {
  const text = [...values, checkValue(values)].map((v) => ALPHABET[v]).join('');
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** The payload of a code as a person typed it (any case, spaces, hyphens, O for 0, I or L for 1), or undefined when it is not well-formed. */
function parse(code: string): number[] | undefined {
  const compact = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const values = [...compact].map((c) => ALPHABET.indexOf(c));
  if (values.length !== PAYLOAD + 1 || values.some((v) => v < 0) || dammInterim(values) !== 0) return undefined;
  return values.slice(0, PAYLOAD);
}

/** The code the learner's screen shows while the final assessment waits for a trainer. */
export const requestCode = (request: ReopenRequest): string =>
  format(payloadOf(hashString(JSON.stringify(['reopen-request', request.courseId, request.learnerId, request.attemptsUsed]))));

/** The reopen code for a request code, or undefined when `request` is not one (a typo). */
export function reopenCode(request: string): string | undefined {
  const values = parse(request);
  return values && format(payloadOf(hashString(JSON.stringify(['reopen', ...values]))));
}

/** Whether `typed` is the reopen code for `request` (typed any way `parse` accepts). */
export function opensRequest(request: string, typed: string): boolean {
  const expected = reopenCode(request);
  const given = parse(typed);
  return expected !== undefined && given !== undefined && given.join() === parse(expected)!.join();
}

/** Whether `typed` is a well-formed code at all, to tell a typo from a wrong code. */
export const isWellFormedCode = (typed: string): boolean => parse(typed) !== undefined;
