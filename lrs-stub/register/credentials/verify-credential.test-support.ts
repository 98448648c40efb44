/**
 * A second reading of the specifications, for the tests: checks a VC-JWT certificate the way
 * an outside verifier would, written from the texts (RFC 7515 and RFC 8037 for the signature,
 * VC-JOSE-COSE for the header and payload, VC Data Model 2.0 for @context, type and the
 * validity period, Open Badges 3.0 for the achievement shapes, Bitstring Status List v1.0 for
 * revocation) and NOT from the issuing code: it imports nothing from this folder and no JOSE
 * library (Ed25519 through node:crypto directly), so a misreading in the issuer and the same
 * misreading in its check cannot agree with each other and pass.
 *
 * It returns every problem it finds, not only the first, so a failing test says all at once.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

type Json = Record<string, unknown>;

export interface VerifyOptions {
  /** The issuer's public keys, as served at its JWKS address. */
  jwks: { keys: readonly object[] };
  /** The moment the verification is for. */
  now: Date;
  /** What the statusListCredential URL serves (a VC-JWT), or undefined when unreachable. */
  fetchStatusList: (url: string) => string | undefined;
}

export interface Verdict {
  /** True when there are no errors; `revoked` is a separate answer about a valid credential. */
  valid: boolean;
  errors: string[];
  revoked?: boolean;
  header?: Json;
  credential?: Json;
}

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3_0_3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Bitstring Status List v1.0: a list shorter than this gives its members no crowd to hide in. */
const MIN_LIST_BITS = 131_072;
/** RFC 3339 date-time with a mandatory offset, as VC 2.0 requires for dateTimeStamp. */
const DATE_TIME_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function verifyCertificateJwt(jwt: string, options: VerifyOptions): Verdict {
  const errors: string[] = [];
  const jws = checkJws(jwt, options.jwks, errors);
  if (!jws) return { valid: false, errors };
  const vc = jws.payload;
  checkOpenBadgeCredential(vc, errors);
  checkValidity(vc, options.now, errors);
  const revoked = checkStatus(vc, options, errors);
  return { valid: errors.length === 0, errors, header: jws.header, credential: vc, ...(revoked === undefined ? {} : { revoked }) };
}

/** Open Badges: does sha256(identity + salt) match one of the subject's hashed identifiers? */
export function identifiesLearner(credential: Json, identity: string): boolean {
  const subject = credential.credentialSubject as Json | undefined;
  const identifiers = (subject?.identifier ?? []) as Json[];
  return identifiers.some((entry) => {
    if (entry.hashed !== true) return entry.identityHash === identity;
    const digest = createHash('sha256').update(`${identity}${String(entry.salt ?? '')}`).digest('hex');
    return entry.identityHash === `sha256$${digest}`;
  });
}

function checkJws(jwt: string, jwks: VerifyOptions['jwks'], errors: string[]): { header: Json; payload: Json } | undefined {
  const parts = jwt.split('.');
  // JWS Compact Serialization (RFC 7515 §7.1): three base64url parts, no padding.
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
    errors.push('not a JWS in compact serialization');
    return undefined;
  }
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = parseJsonObject(encodedHeader);
  const payload = parseJsonObject(encodedPayload);
  if (!header) errors.push('header: not a JSON object');
  if (!payload) errors.push('payload: not a JSON object');
  if (!header || !payload) return undefined;
  // RFC 8037 names Ed25519 signatures "EdDSA"; anything else (above all "none") is refused.
  if (header.alg !== 'EdDSA') errors.push(`header.alg: ${String(header.alg)}, expected EdDSA`);
  // VC-JOSE-COSE: typ vc+jwt; cty, when present, vc.
  if (header.typ !== 'vc+jwt') errors.push(`header.typ: ${String(header.typ)}, expected vc+jwt`);
  if ('cty' in header && header.cty !== 'vc') errors.push(`header.cty: ${String(header.cty)}, expected vc`);
  // RFC 7515 §4.1.11: an extension the verifier does not understand must fail the JWS; we know none.
  if ('crit' in header) errors.push('header.crit: extensions this verifier does not understand');
  const jwk = (jwks.keys as readonly Json[]).find((key) => key.kid === header.kid);
  if (!jwk) {
    errors.push(`header.kid: ${String(header.kid)} is not in the issuer's key set`);
    return { header, payload };
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') errors.push('key: not an Ed25519 key');
  const signature = Buffer.from(encodedSignature, 'base64url');
  const signingInput = Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii');
  let good = false;
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string }, format: 'jwk' });
    good = signature.length === 64 && verify(null, signingInput, publicKey, signature);
  } catch {
    good = false;
  }
  if (!good) errors.push('signature: does not verify with the key named by kid');
  // VC-JOSE-COSE: the payload is the credential itself; the VC 1.1 `vc`/`vp` claims must not be there.
  if ('vc' in payload || 'vp' in payload) errors.push('payload: carries a vc/vp claim');
  return { header, payload };
}

function checkOpenBadgeCredential(vc: Json, errors: string[]): void {
  const context = vc['@context'];
  // VC 2.0 §4.3: an ordered set whose first item is the v2 context; OB 3.0 adds its own.
  if (!Array.isArray(context) || context[0] !== VC_V2) errors.push('@context: must start with the VC 2.0 context');
  else if (!context.includes(OB_V3_0_3)) errors.push('@context: lacks the Open Badges 3.0 context');
  hasTypes(vc, 'credential', ['VerifiableCredential', 'OpenBadgeCredential'], errors);
  if (!isUrl(vc.id)) errors.push('id: not a URL');
  if (typeof vc.name !== 'string' || vc.name === '') errors.push('name: missing');
  const issuer = vc.issuer as Json | undefined;
  if (!isObject(issuer)) errors.push('issuer: must be a Profile object');
  else {
    if (!isUrl(issuer.id)) errors.push('issuer.id: not a URL');
    hasTypes(issuer, 'issuer', ['Profile'], errors);
    if (typeof issuer.name !== 'string' || issuer.name === '') errors.push('issuer.name: missing');
  }
  const subject = vc.credentialSubject as Json | undefined;
  if (!isObject(subject)) {
    errors.push('credentialSubject: must be one AchievementSubject');
    return;
  }
  hasTypes(subject, 'credentialSubject', ['AchievementSubject'], errors);
  const identifiers = subject.identifier;
  if (subject.id === undefined && (!Array.isArray(identifiers) || identifiers.length === 0)) {
    errors.push('credentialSubject: neither id nor identifier');
  }
  for (const [i, identity] of (Array.isArray(identifiers) ? identifiers : []).entries()) {
    const where = `credentialSubject.identifier[${i}]`;
    if (!isObject(identity) || identity.type !== 'IdentityObject') errors.push(`${where}: not an IdentityObject`);
    else if (typeof identity.identityType !== 'string') errors.push(`${where}.identityType: missing`);
    else if (identity.hashed !== true) errors.push(`${where}: in the clear (hashed is not true)`);
    else if (typeof identity.identityHash !== 'string' || !/^sha256\$[0-9a-f]{64}$/.test(identity.identityHash)) {
      errors.push(`${where}.identityHash: not sha256$<64 hex>`);
    } else if (typeof identity.salt !== 'string' || identity.salt === '') errors.push(`${where}.salt: missing`);
  }
  const achievement = subject.achievement as Json | undefined;
  if (!isObject(achievement)) {
    errors.push('credentialSubject.achievement: missing');
    return;
  }
  if (!isUrl(achievement.id)) errors.push('achievement.id: not a URL');
  hasTypes(achievement, 'achievement', ['Achievement'], errors);
  for (const field of ['name', 'description'] as const) {
    if (typeof achievement[field] !== 'string' || achievement[field] === '') errors.push(`achievement.${field}: missing`);
  }
  const criteria = achievement.criteria as Json | undefined;
  if (!isObject(criteria) || (typeof criteria.narrative !== 'string' && !isUrl(criteria.id))) {
    errors.push('achievement.criteria: needs a narrative or an id');
  }
}

function checkValidity(vc: Json, now: Date, errors: string[]): void {
  // VC 2.0 §4.9: validFrom/validUntil are dateTimeStamps; outside them the credential is not valid.
  const from = dateOf(vc.validFrom, 'validFrom', errors);
  const until = vc.validUntil === undefined ? undefined : dateOf(vc.validUntil, 'validUntil', errors);
  if (from === undefined && vc.validFrom === undefined) errors.push('validFrom: missing');
  if (from !== undefined && now.getTime() < from) errors.push('validFrom: not valid yet');
  if (until !== undefined && now.getTime() > until) errors.push('validUntil: expired');
}

/** Returns whether the credential's revocation bit is set; undefined when that cannot be said. */
function checkStatus(vc: Json, options: VerifyOptions, errors: string[]): boolean | undefined {
  const status = vc.credentialStatus;
  if (status === undefined) return false;
  const entries = (Array.isArray(status) ? status : [status]) as Json[];
  let revoked: boolean | undefined = false;
  for (const entry of entries) {
    if (!isObject(entry) || entry.type !== 'BitstringStatusListEntry') {
      errors.push('credentialStatus: not a BitstringStatusListEntry');
      return undefined;
    }
    if (entry.statusPurpose !== 'revocation') continue;
    // Bitstring Status List §2.1: a base-10 non-negative integer, as a string.
    if (typeof entry.statusListIndex !== 'string' || !/^(0|[1-9][0-9]*)$/.test(entry.statusListIndex)) {
      errors.push('credentialStatus.statusListIndex: not a base-10 integer string');
      return undefined;
    }
    const url = entry.statusListCredential;
    if (!isUrl(url)) {
      errors.push('credentialStatus.statusListCredential: not a URL');
      return undefined;
    }
    const listJwt = options.fetchStatusList(url);
    if (listJwt === undefined) {
      errors.push(`status list: ${url} could not be retrieved`);
      return undefined;
    }
    const listErrors: string[] = [];
    const list = checkJws(listJwt, options.jwks, listErrors);
    if (list) {
      const payload = list.payload;
      if (!Array.isArray(payload['@context']) || payload['@context'][0] !== VC_V2) listErrors.push('@context: must start with VC 2.0');
      hasTypes(payload, 'list', ['VerifiableCredential', 'BitstringStatusListCredential'], listErrors);
      // The list answers for the credential only if it is the one named and the same issuer signed it.
      if (payload.id !== url) listErrors.push('id: not the URL it was fetched from');
      if (issuerId(payload.issuer) !== issuerId(vc.issuer)) listErrors.push('issuer: not the credential issuer');
      checkValidity(payload, options.now, listErrors);
      const subject = payload.credentialSubject as Json | undefined;
      if (!isObject(subject) || subject.type !== 'BitstringStatusList') listErrors.push('credentialSubject: not a BitstringStatusList');
      else if (subject.statusPurpose !== entry.statusPurpose) listErrors.push('statusPurpose: differs from the entry');
      else {
        const bit = readBit(subject.encodedList, Number(entry.statusListIndex), listErrors);
        if (bit !== undefined) revoked = revoked || bit;
      }
    }
    if (listErrors.length > 0) {
      errors.push(...listErrors.map((message) => `status list: ${message}`));
      return undefined;
    }
  }
  return revoked;
}

function readBit(encodedList: unknown, index: number, errors: string[]): boolean | undefined {
  // Multibase base64url ("u" prefix, no padding) of the GZIP of the bitstring.
  if (typeof encodedList !== 'string' || !/^u[A-Za-z0-9_-]+$/.test(encodedList)) {
    errors.push('encodedList: not Multibase base64url');
    return undefined;
  }
  let bits: Buffer;
  try {
    bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    errors.push('encodedList: not GZIP');
    return undefined;
  }
  if (bits.length * 8 < MIN_LIST_BITS) errors.push(`encodedList: ${bits.length * 8} entries, fewer than ${MIN_LIST_BITS}`);
  if (index >= bits.length * 8) {
    errors.push('statusListIndex: beyond the end of the list');
    return undefined;
  }
  // The first index is the leftmost (most significant) bit of the first byte.
  return ((bits[Math.floor(index / 8)]! >> (7 - (index % 8))) & 1) === 1;
}

function parseJsonObject(part: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function hasTypes(value: Json, where: string, wanted: string[], errors: string[]): void {
  const types = Array.isArray(value.type) ? value.type : [value.type];
  for (const type of wanted) if (!types.includes(type)) errors.push(`${where}.type: lacks ${type}`);
}

function dateOf(value: unknown, field: string, errors: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DATE_TIME_STAMP.test(value) || Number.isNaN(Date.parse(value))) {
    errors.push(`${field}: not a date-time with a time-zone offset`);
    return undefined;
  }
  return Date.parse(value);
}

function issuerId(issuer: unknown): unknown {
  return isObject(issuer) ? issuer.id : issuer;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUrl(value: unknown): value is string {
  return typeof value === 'string' && URL.canParse(value);
}
