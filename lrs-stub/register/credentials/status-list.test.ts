/**
 * Revocation through the Bitstring Status List: the list's size and bit order as the
 * specification fixes them, and revoking seen by the independent verifier.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificate, SCHOOL, URLS } from './credential-fixtures.test-support.ts';
import { issueCredential } from './issue-credential.ts';
import { type IssuerKey, issuerJwks, loadOrCreateIssuerKey } from './issuer-key.ts';
import { BitstringStatusList, issueStatusListCredential, MIN_STATUS_LIST_ENTRIES } from './status-list.ts';
import { verifyCertificateJwt } from './verify-credential.test-support.ts';

const NOW = new Date('2026-07-01T09:00:00Z');
let key: IssuerKey;
beforeAll(async () => {
  key = await loadOrCreateIssuerKey(':memory:');
});

function decodedBytes(encodedList: string): Buffer {
  expect(encodedList).toMatch(/^u[A-Za-z0-9_-]+$/);
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}

describe('BitstringStatusList', () => {
  it('holds at least 131,072 entries (16 KiB uncompressed), empty or not', () => {
    expect(MIN_STATUS_LIST_ENTRIES).toBe(131_072);
    const list = new BitstringStatusList();
    expect(decodedBytes(list.encode())).toHaveLength(16 * 1024);
    list.set(7, true);
    expect(decodedBytes(list.encode())).toHaveLength(16 * 1024);
    expect(() => new BitstringStatusList(1024)).toThrow(RangeError);
    expect(() => new BitstringStatusList(MIN_STATUS_LIST_ENTRIES + 3)).toThrow(RangeError);
    expect(BitstringStatusList.decode(new BitstringStatusList(MIN_STATUS_LIST_ENTRIES * 2).encode()).entries).toBe(262_144);
  });

  it('refuses to decode a list shorter than the minimum', () => {
    const tiny = `u${gzipSync(Buffer.alloc(64)).toString('base64url')}`;
    expect(() => BitstringStatusList.decode(tiny)).toThrow(RangeError);
  });

  it('puts index 0 in the leftmost bit of the first byte', () => {
    const list = new BitstringStatusList();
    list.set(0, true);
    list.set(9, true);
    list.set(MIN_STATUS_LIST_ENTRIES - 1, true);
    const bytes = decodedBytes(list.encode());
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
    expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
  });

  it('sets and clears one bit without touching its neighbours, and survives encode/decode', () => {
    const list = new BitstringStatusList();
    list.set(41, true);
    list.set(42, true);
    list.set(43, true);
    list.set(42, false);
    const again = BitstringStatusList.decode(list.encode());
    expect([40, 41, 42, 43, 44].map((index) => again.isSet(index))).toEqual([false, true, false, true, false]);
    expect(() => list.set(MIN_STATUS_LIST_ENTRIES, true)).toThrow(RangeError);
    expect(() => list.set(-1, true)).toThrow(RangeError);
  });
});

describe('revocation', () => {
  async function listJwt(list: BitstringStatusList, issuer = SCHOOL, signer = key): Promise<string> {
    return (await issueStatusListCredential({ list, url: URLS.statusListCredential, issuer, key: signer, now: NOW })).jwt;
  }

  it('issues the status list as a signed BitstringStatusListCredential', async () => {
    const { credential, jwt } = await issueStatusListCredential({ list: new BitstringStatusList(), url: URLS.statusListCredential, issuer: SCHOOL, key, now: NOW });
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: URLS.statusListCredential,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: SCHOOL.id,
      validFrom: NOW.toISOString(),
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect(JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.kid });
  });

  it('reports a certificate revoked once its bit is set, and valid again once cleared', async () => {
    const cert = certificate();
    const { jwt } = await issueCredential({ certificate: cert, issuer: SCHOOL, urls: URLS, key });
    const list = new BitstringStatusList();
    list.set(cert.statusIndex + 1, true); // a neighbour's revocation says nothing about this one
    const check = async (served: string) =>
      verifyCertificateJwt(jwt, { jwks: issuerJwks(key), now: NOW, fetchStatusList: () => served });
    expect(await check(await listJwt(list))).toMatchObject({ valid: true, revoked: false });
    list.set(cert.statusIndex, true);
    expect(await check(await listJwt(list))).toMatchObject({ valid: true, revoked: true, errors: [] });
    list.set(cert.statusIndex, false);
    expect(await check(await listJwt(list))).toMatchObject({ valid: true, revoked: false });
  });

  it('cannot say whether a certificate is revoked from a list another key signed or that cannot be fetched', async () => {
    const { jwt } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const stranger = await loadOrCreateIssuerKey(':memory:');
    const unreachable = verifyCertificateJwt(jwt, { jwks: issuerJwks(key), now: NOW, fetchStatusList: () => undefined });
    expect(unreachable.valid).toBe(false);
    expect(unreachable.revoked).toBeUndefined();
    const foreign = await listJwt(new BitstringStatusList(), SCHOOL, stranger);
    const verdict = verifyCertificateJwt(jwt, { jwks: issuerJwks(key), now: NOW, fetchStatusList: () => foreign });
    expect(verdict.valid).toBe(false);
    expect(verdict.revoked).toBeUndefined();
    expect(verdict.errors.join('\n')).toMatch(/status list: header.kid/);
    const otherSchool = await listJwt(new BitstringStatusList(), { ...SCHOOL, id: 'https://other.example.org' });
    const misissued = verifyCertificateJwt(jwt, { jwks: issuerJwks(key), now: NOW, fetchStatusList: () => otherSchool });
    expect(misissued.errors).toContain('status list: issuer: not the credential issuer');
  });
});
