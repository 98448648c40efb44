/**
 * The certificate's verification code, like `WM-7K3Q-9XPD-4`: what a school types into its
 * register to look a certificate up. Deterministic (same course, version, learner and date give
 * the same code, so a re-issued certificate keeps its code), short, and easy to read aloud.
 *
 * It is a lookup key, not a secret or a signature: anyone who knows the inputs can compute it,
 * so FNV-1a is enough and no cryptographic hash ships to the browser. Eight Crockford base-32
 * characters carry 40 bits of the hash (no I, L, O or U, so nothing reads as 1, 0 or a rude
 * word); the last character is a Damm check digit over GF(32), which catches every single
 * mistyped character and every swap of two neighbouring characters.
 */
import { fnv1a64 } from './fnv-hash.ts';

export interface VerificationInput {
  courseId: string;
  /** The course version (semantic version), so a new edition gets new codes. */
  version: string;
  /** The learner's id as the LMS (or the offline tracker) gave it. */
  learnerId: string;
  /** ISO date (YYYY-MM-DD) the certificate was first issued. */
  issuedOn: string;
}

const PREFIX = 'WM';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAYLOAD_LENGTH = 8;

/** Multiplication by 2 in GF(32) with the primitive polynomial x^5 + x^2 + 1. */
const times2 = (x: number): number => ((x << 1) & 0b100000 ? (x << 1) ^ 0b100101 : x << 1);

/**
 * Damm's check digit over the quasigroup x*y = 2x + y in GF(32), which is weakly totally
 * anti-symmetric (2 is neither 0 nor 1), so single errors and adjacent swaps always change it.
 */
function dammInterim(values: readonly number[]): number {
  let interim = 0;
  for (const v of values) interim = times2(interim) ^ v;
  return interim;
}

const checkValue = (values: readonly number[]): number => times2(dammInterim(values));

/** The verification code for one issued certificate, e.g. `WM-7K3Q-9XPD-4`. */
export function verificationCode(input: VerificationInput): string {
  // JSON keeps the fields apart, so ("a-b", "c") and ("a", "b-c") hash differently.
  const hash = fnv1a64(JSON.stringify([input.courseId, input.version, input.learnerId, input.issuedOn]));
  const values: number[] = [];
  for (let i = 0; i < PAYLOAD_LENGTH; i += 1) values.push(Number((hash >> BigInt(59 - 5 * i)) & 31n));
  return codeFromPayload(values);
}

/** The code whose eight payload characters have these values (0-31), check character added. */
export function codeFromPayload(values: readonly number[]): string {
  const payload = values.map((v) => ALPHABET[v]).join('');
  return `${PREFIX}-${payload.slice(0, 4)}-${payload.slice(4)}-${ALPHABET[checkValue(values)]}`;
}

/**
 * The payload values (eight, 0-31) of a code in exactly its canonical form, or `undefined`:
 * the resume state stores these 40 bits instead of the 14 characters (the check is derived).
 */
export function verificationPayload(code: string): number[] | undefined {
  if (normalizeVerificationCode(code) !== code) return undefined;
  return [...code.slice(PREFIX.length).replace(/-/g, '').slice(0, PAYLOAD_LENGTH)].map((c) => ALPHABET.indexOf(c));
}

/**
 * The canonical form of a code as a person typed it (any case, spaces or missing hyphens,
 * O for 0 and I or L for 1, as Crockford base 32 allows), or `undefined` when it is not a
 * well-formed code with a correct check character.
 */
export function normalizeVerificationCode(code: string): string | undefined {
  const compact = code.toUpperCase().replace(/[\s-]/g, '');
  if (!compact.startsWith(PREFIX)) return undefined;
  const body = compact.slice(PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (body.length !== PAYLOAD_LENGTH + 1) return undefined;
  const values = [...body].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return undefined;
  // Running Damm over payload and check digit together ends at 0 exactly when the check holds.
  if (dammInterim(values) !== 0) return undefined;
  return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}

/** True when `code` is a well-formed verification code whose check character matches. */
export const isValidVerificationCode = (code: string): boolean => normalizeVerificationCode(code) !== undefined;
