/**
 * A participant's rejoin token: the secret a phone keeps (in sessionStorage) so that a reload,
 * a locked screen or a lost connection brings the same participant back with their votes,
 * instead of a second one who votes again. The session keeps only the token's SHA-256, so a
 * leaked session state (an export, a log line, another server instance's copy) lets nobody
 * act as a participant. 256 random bits need no slow hash: there is nothing to guess.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenHash } from './token-hash.ts';

export { TokenHashSchema, type TokenHash } from './token-hash.ts';

/** A fresh token for a participant who just joined; handed to their phone once, never stored. */
export function newRejoinToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRejoinToken(token: string): TokenHash {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether two hashes are the same, in constant time (a digest says little, but it costs nothing). */
export function sameTokenHash(a: TokenHash, b: TokenHash): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
