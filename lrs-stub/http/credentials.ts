/**
 * Who may use the LRS: HTTP Basic credentials (key:secret pairs from LRS_BASIC_AUTH or the
 * generated file), plus short-lived ones the cmi5 launcher issues per launch. Each credential
 * maps to the `authority` Agent the LRS writes into the statements sent with it. Secrets are
 * compared through SHA-256 digests with timingSafeEqual, so timing reveals nothing about them.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Agent } from '../xapi/statement-schema.ts';

export interface Credential {
  key: string;
  authority: Agent;
  /** cmi5 launch credentials only reach the xAPI resources, not the launcher. */
  scope: 'all' | 'xapi';
}

export interface KeySecret {
  key: string;
  secret: string;
}

/** Parses "key:secret,key2:secret2"; throws a message naming the bad entry. */
export function parseBasicAuthList(value: string): KeySecret[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, index) => {
      const colon = entry.indexOf(':');
      if (colon <= 0 || colon === entry.length - 1) throw new Error(`LRS_BASIC_AUTH entry ${index + 1}: must be "key:secret" with both parts non-empty`);
      return { key: entry.slice(0, colon), secret: entry.slice(colon + 1) };
    });
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export class CredentialRegistry {
  private readonly entries = new Map<string, { secret: Buffer; credential: Credential; expiresAt?: number }>();

  constructor(
    pairs: readonly KeySecret[],
    private readonly authorityHomePage: string,
  ) {
    for (const pair of pairs) this.add(pair, 'all');
  }

  add(pair: KeySecret, scope: Credential['scope'], options: { name?: string; ttlMs?: number } = {}): Credential {
    const credential: Credential = {
      key: pair.key,
      scope,
      authority: { objectType: 'Agent', name: options.name ?? pair.key, account: { homePage: this.authorityHomePage, name: pair.key } },
    };
    const entry: { secret: Buffer; credential: Credential; expiresAt?: number } = { secret: digest(pair.secret), credential };
    if (options.ttlMs !== undefined) entry.expiresAt = Date.now() + options.ttlMs;
    this.entries.set(pair.key, entry);
    return credential;
  }

  /** The credential an Authorization header proves, or undefined. */
  verify(authorization: string | undefined): Credential | undefined {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
    if (!match) return undefined;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const entry = this.entries.get(decoded.slice(0, colon));
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt < Date.now()) {
      this.entries.delete(decoded.slice(0, colon));
      return undefined;
    }
    return timingSafeEqual(entry.secret, digest(decoded.slice(colon + 1))) ? entry.credential : undefined;
  }
}
