/**
 * The string formats the xAPI data model names (IRI, IRL, UUID, RFC 5646 language tag,
 * ISO 8601 timestamp and duration, mailto IRI, SHA-1 hex). Kept as plain predicates so the
 * zod schemas, the query-parameter checks and the document resources all judge alike.
 */

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MAILTO = /^mailto:[^@\s]+@[^@\s]+$/;
const SHA1_HEX = /^[0-9a-fA-F]{40}$/;
const SHA2_HEX = /^[0-9a-fA-F]{56,128}$/;
// RFC 5646: language[-script][-region][-variant]*[-extension]*[-privateuse], or private use alone.
const LANGUAGE_TAG =
  /^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?|x(?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]{2,8})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
// ISO 8601:2004 4.4.3.2, the format xAPI requires: PnYnMnDTnHnMnS, or weeks alone (PnW);
// weeks mixed with other units (P1Y1W) is not a duration of that format.
const DURATION =
  /^P(?:(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?|\d+(?:\.\d+)?W)$/;

export function isIri(value: string): boolean {
  return IRI.test(value);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isMailtoIri(value: string): boolean {
  return MAILTO.test(value);
}

export function isSha1Hex(value: string): boolean {
  return SHA1_HEX.test(value);
}

export function isSha2Hex(value: string): boolean {
  return SHA2_HEX.test(value);
}

/**
 * The grammar, plus the two RFC 5646 (2.2.5, 2.2.6) rules a regular expression cannot say: a
 * variant appears at most once, and so does each extension singleton ("ar-a-aaa-b-bbb-a-ccc"
 * is not a tag; the conformance suite sends it expecting 400, XAPI-00013).
 */
export function isLanguageTag(value: string): boolean {
  if (!LANGUAGE_TAG.test(value)) return false;
  const subtags = value.toLowerCase().split('-');
  if (subtags[0] === 'x' || subtags[0] === 'i') return true;
  const seen = new Set<string>();
  let inExtension = false;
  for (const subtag of subtags.slice(1)) {
    if (subtag === 'x') break;
    const singleton = subtag.length === 1;
    inExtension ||= singleton;
    // Extension subtags may repeat; variants (5-8 characters, or 4 starting with a digit) come before them.
    const variant = !inExtension && (subtag.length >= 5 || (subtag.length === 4 && /^\d/.test(subtag)));
    if (!singleton && !variant) continue;
    if (seen.has(subtag)) return false;
    seen.add(subtag);
  }
  return true;
}

export function isDuration(value: string): boolean {
  return DURATION.test(value);
}

/**
 * An ISO 8601 / RFC 3339 date-time. xAPI 2.0 requires the offset; 1.0.3 only recommends it,
 * so `requireOffset` follows the request's version. "-00:00" is refused in both: RFC 3339
 * reserves it for "offset unknown", which xAPI forbids.
 */
export function isTimestamp(value: string, requireOffset: boolean): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const offset = match[8];
  if (offset === undefined && requireOffset) return false;
  if (offset !== undefined && /^-00:?00$|^-00$/.test(offset)) return false;
  const [month, day, hour, minute, second] = [match[2], match[3], match[4], match[5], match[6]].map(Number);
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31) return false;
  if (hour! > 23 || minute! > 59 || second! > 60) return false;
  return !Number.isNaN(Date.parse(offset === undefined ? `${value}Z` : value));
}

/** Milliseconds since the epoch of a timestamp accepted by `isTimestamp` (no offset = UTC). */
export function timestampMillis(value: string): number {
  const hasOffset = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(value.slice(19));
  const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00');
  return Date.parse(hasOffset ? normalized : `${value}Z`);
}
