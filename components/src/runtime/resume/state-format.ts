/**
 * The constants of resume-state format 2 that writer and reader share, and the two small
 * conversions they agree on (certificate date, check character). The grammar they make up is
 * in resume-codec.ts and docs/resume-state.md; the widths were chosen by measuring what each
 * part costs in the worst case (resume-cost.ts).
 */
import { fnv1a32 } from '../fnv-hash.ts';
import { BITS_PER_CHAR } from './state-alphabet.ts';

export const FORMAT_VERSION = 2;
/** The version is the first field, so a later format can still tell itself apart. */
export const VERSION_BITS = 4;
/** Activities in the course that saved the state (the touched bitmap has one bit each). */
export const ACTIVITY_COUNT_BITS = 16;
/** Days since 1970-01-01 of the certificate's issue date: until the year 2149. */
export const DATE_BITS = 16;
/** Eight Crockford base-32 characters of the verification code (the check character is derived). */
export const CODE_VALUES = 8;
export const CODE_VALUE_BITS = 5;
/** The learner types their own name on the certificate when the LMS gives none (see progress.ts). */
export const CERTIFICATE_NAME_MAX = 80;
export const NAME_LENGTH_BITS = 7;
/**
 * Order of the Exp-Golomb code for a record's body length in bits (bit-stream.ts): bodies are
 * tens to a few hundred bits; measured over the WORKMENTOR course, order 6 costs least.
 */
export const BODY_LENGTH_ORDER = 6;

const DAY = 86_400_000;

/** The day number of an ISO date (YYYY-MM-DD), or undefined when it is not one the state can hold. */
export function dayNumber(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso) return undefined;
  const day = time / DAY;
  return day >= 0 && day < 2 ** DATE_BITS ? day : undefined;
}

export const isoDate = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The last character's value: 14 bits of FNV-1a over everything before it. */
export const checkValue = (text: string): number => fnv1a32(text) % 2 ** BITS_PER_CHAR;
