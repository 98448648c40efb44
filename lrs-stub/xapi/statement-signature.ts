/**
 * Signed statements: a statement may carry a JWS (compact serialization) as an attachment with
 * usageType .../attachments/signature. The LRS must reject the statement when the JWS is
 * malformed, uses an algorithm other than RS256/RS384/RS512, or its payload is not the same
 * statement; when the JWS header carries an x5c certificate chain, the signature is verified
 * against the first certificate too.
 */
import { X509Certificate, verify } from 'node:crypto';
import { sameStatement } from './statement-compare.ts';
import type { Statement } from './statement-schema.ts';
import { invalid } from './xapi-error.ts';

export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

function decodeJson(part: string, where: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw invalid(`${where}: is not base64url-encoded JSON; sign the statement as a JWS in compact serialization`);
  }
}

/** Throws an `invalid` XapiError unless `jws` is a valid signature of `statement`. */
export function checkSignature(statement: Statement, jws: Buffer, where: string): void {
  const parts = jws.toString('utf8').trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) {
    throw invalid(`${where}: the signature attachment is not a JWS in compact serialization (header.payload.signature)`);
  }
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart, `${where} JWS header`);
  const hash = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!hash) throw invalid(`${where} JWS header.alg: must be RS256, RS384 or RS512, not ${JSON.stringify(header.alg)}`);
  const payload = decodeJson(payloadPart, `${where} JWS payload`);
  if (!sameStatement(payload, statement, { ignoreId: payload.id === undefined, ignoreAttachmentUsage: SIGNATURE_USAGE })) {
    throw invalid(`${where}: the JWS payload is not the same statement as the one sent; sign exactly the statement you send (without its signature attachment)`);
  }
  const chain = header.x5c;
  if (Array.isArray(chain) && typeof chain[0] === 'string') {
    let key;
    try {
      key = new X509Certificate(Buffer.from(chain[0], 'base64')).publicKey;
    } catch {
      throw invalid(`${where} JWS header.x5c[0]: is not a base64 DER X.509 certificate`);
    }
    let ok = false;
    try {
      ok = verify(hash, Buffer.from(`${headerPart}.${payloadPart}`), key, Buffer.from(signaturePart, 'base64url'));
    } catch {
      ok = false;
    }
    if (!ok) throw invalid(`${where}: the JWS signature does not verify against the x5c certificate`);
  }
}
