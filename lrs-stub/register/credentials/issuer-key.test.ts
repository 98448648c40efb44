/** The school's signing key: made once, 0600 whatever the umask, the same key (and kid) on every later start. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISSUER_KEY_FILE, issuerJwks, loadOrCreateIssuerKey } from './issuer-key.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'register-issuer-key-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('issuer key', () => {
  it('creates the key file mode 0600 (its folder 0700), even under umask 000', async () => {
    const previous = process.umask(0o000);
    try {
      const key = await loadOrCreateIssuerKey(join(dir, 'data', 'register.sqlite'));
      expect(key.created).toBe(true);
      expect(key.file).toBe(join(dir, 'data', ISSUER_KEY_FILE));
      expect(statSync(key.file!).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
      const saved = JSON.parse(readFileSync(key.file!, 'utf8'));
      expect(saved).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x });
      expect(saved.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    } finally {
      process.umask(previous);
    }
  });

  it('reuses the saved key on a later start, with the same kid', async () => {
    const first = await loadOrCreateIssuerKey(join(dir, 'register.sqlite'));
    const before = readFileSync(first.file!, 'utf8');
    const second = await loadOrCreateIssuerKey(join(dir, 'register.sqlite'));
    expect(second.created).toBe(false);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(second.kid).toBe(first.kid);
    expect(readFileSync(second.file!, 'utf8')).toBe(before);
  });

  it('names the key by its RFC 7638 thumbprint and publishes no private part', async () => {
    const key = await loadOrCreateIssuerKey(join(dir, 'register.sqlite'));
    const jwks = issuerJwks(key);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toEqual({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x, kid: key.kid, alg: 'EdDSA', use: 'sig' });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    expect(key.kid).toBe(await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x }));
  });

  it('refuses a damaged key file instead of replacing it (issued certificates depend on it)', async () => {
    const file = join(dir, ISSUER_KEY_FILE);
    writeFileSync(file, '{"kty":"OKP"', { mode: 0o600 });
    await expect(loadOrCreateIssuerKey(join(dir, 'register.sqlite'))).rejects.toThrow(/not an Ed25519 private JWK/);
    expect(readFileSync(file, 'utf8')).toBe('{"kty":"OKP"');
  });

  it('refuses a key file whose public part does not belong to its private part', async () => {
    const first = await loadOrCreateIssuerKey(join(dir, 'register.sqlite'));
    const other = await loadOrCreateIssuerKey(':memory:');
    const saved = JSON.parse(readFileSync(first.file!, 'utf8'));
    writeFileSync(first.file!, JSON.stringify({ ...saved, x: other.publicJwk.x }));
    await expect(loadOrCreateIssuerKey(join(dir, 'register.sqlite'))).rejects.toThrow(/x does not belong to d/);
  });

  it('keeps nothing on disk for a :memory: register', async () => {
    const key = await loadOrCreateIssuerKey(':memory:');
    expect(key.file).toBeUndefined();
    expect(key.created).toBe(true);
  });
});
