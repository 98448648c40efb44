/**
 * Issuing a certificate as an Open Badges 3.0 VC-JWT, checked by the independent verifier
 * (verify-credential.test-support.ts), which shares no code with the issuer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { certificate, SCHOOL, URLS } from './credential-fixtures.test-support.ts';
import { issueCredential } from './issue-credential.ts';
import { type IssuerKey, issuerJwks, loadOrCreateIssuerKey } from './issuer-key.ts';
import { BitstringStatusList, issueStatusListCredential } from './status-list.ts';
import { identifiesLearner, type VerifyOptions, verifyCertificateJwt } from './verify-credential.test-support.ts';

let key: IssuerKey;
let statusListJwt: string;
const NOW = new Date('2026-07-01T09:00:00Z');

beforeAll(async () => {
  key = await loadOrCreateIssuerKey(':memory:');
  statusListJwt = (await issueStatusListCredential({ list: new BitstringStatusList(), url: URLS.statusListCredential, issuer: SCHOOL, key, now: NOW })).jwt;
});

function options(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    jwks: issuerJwks(key),
    now: NOW,
    fetchStatusList: (url) => (url === URLS.statusListCredential ? statusListJwt : undefined),
    ...overrides,
  };
}

function decodePart(jwt: string, part: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[part]!, 'base64url').toString('utf8'));
}

describe('issueCredential', () => {
  it('issues a VC-JWT that the independent verifier accepts, not revoked', async () => {
    const { jwt } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const verdict = verifyCertificateJwt(jwt, options());
    expect(verdict.errors).toEqual([]);
    expect(verdict).toMatchObject({ valid: true, revoked: false });
  });

  it('signs with EdDSA, typ vc+jwt, cty vc and the kid of the published key', async () => {
    const { jwt } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    expect(decodePart(jwt, 0)).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: key.kid });
  });

  it('makes the credential itself the JWS payload (VC-JOSE-COSE for VC 2.0: no vc claim)', async () => {
    const { jwt, credential } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    expect(decodePart(jwt, 1)).toEqual(credential);
    expect(credential).not.toHaveProperty('vc');
  });

  it('shapes an OpenBadgeCredential: contexts in order, types, Profile, achievement in the course language', async () => {
    const { credential } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe('https://school.example.org/register/verify/WM-7K2Q-9XRD');
    expect(credential.issuer).toEqual({ id: SCHOOL.id, type: ['Profile'], name: SCHOOL.name, url: SCHOOL.url });
    expect(credential.validFrom).toBe('2026-06-30T14:00:00Z');
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.achievement).toEqual({
      id: 'https://school.example.org/achievements/workmentor/1.0.0',
      type: ['Achievement'],
      achievementType: 'Certificate',
      name: certificate().course.title,
      description: certificate().course.description,
      criteria: { narrative: certificate().course.criteriaNarrative },
      inLanguage: 'nl',
      version: '1.0.0',
    });
    expect(credential.credentialStatus).toEqual({
      id: `${URLS.statusListCredential}#94567`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: URLS.statusListCredential,
    });
  });

  it('names the learner only by salted sha256 hashes that the holder of name and salt can match', async () => {
    const { jwt, credential } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const payload = Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8');
    expect(payload).not.toContain('an.mentor@example.org');
    expect(payload).not.toContain('An Mentor');
    for (const identity of credential.credentialSubject.identifier) {
      expect(identity).toMatchObject({ type: 'IdentityObject', hashed: true, salt: certificate().salt });
      expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    }
    expect(credential.credentialSubject.identifier.map((identity) => identity.identityType)).toEqual(['emailAddress', 'name']);
    expect(identifiesLearner(credential as never, 'An Mentor')).toBe(true);
    expect(identifiesLearner(credential as never, 'an.mentor@example.org')).toBe(true);
    expect(identifiesLearner(credential as never, 'Another Mentor')).toBe(false);
  });

  it('carries learner and course text as data only: <script> and a bidi override stay exact strings', async () => {
    const hostileName = 'Eve <script>alert(1)</script> \u202Egnp.exe';
    const hostileTitle = 'WORKMENTOR <img src=x onerror=alert(1)> \u202Eevil\u202C & "quotes"';
    const cert = certificate({
      identities: [{ identityType: 'name', identity: hostileName }],
      course: { ...certificate().course, title: hostileTitle },
    });
    const { jwt, credential } = await issueCredential({ certificate: cert, issuer: SCHOOL, urls: URLS, key });
    const verdict = verifyCertificateJwt(jwt, options());
    expect(verdict.errors).toEqual([]);
    // The name is not in the credential at all, yet its hash is over the exact text given.
    const payload = Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8');
    expect(payload).not.toContain('<script>');
    expect(payload).not.toContain('\u202Egnp');
    expect(identifiesLearner(verdict.credential!, hostileName)).toBe(true);
    // Text that is in the clear round-trips unchanged through JSON: nothing escaped into markup, nothing stripped.
    expect(credential.name).toBe(hostileTitle);
    expect((verdict.credential!.credentialSubject as { achievement: { name: string } }).achievement.name).toBe(hostileTitle);
  });

  it('fails verification when the payload is altered after signing', async () => {
    const { jwt, credential } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const [header, , signature] = jwt.split('.');
    const forged = { ...credential, credentialSubject: { ...credential.credentialSubject, identifier: [] } };
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const verdict = verifyCertificateJwt(tampered, options());
    expect(verdict.valid).toBe(false);
    expect(verdict.errors).toContain('signature: does not verify with the key named by kid');
  });

  it('fails verification against another key, under the same kid or its own', async () => {
    const { jwt } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const other = await loadOrCreateIssuerKey(':memory:');
    const sameKidOtherKey = verifyCertificateJwt(jwt, options({ jwks: { keys: [{ ...other.publicJwk, kid: key.kid }] } }));
    expect(sameKidOtherKey.errors).toContain('signature: does not verify with the key named by kid');
    const signedByOther = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key: other });
    const unknownKid = verifyCertificateJwt(signedByOther.jwt, options());
    expect(unknownKid.valid).toBe(false);
    expect(unknownKid.errors.join('\n')).toMatch(/kid: .* is not in the issuer's key set/);
  });

  it('fails verification of an unsigned (alg none) copy of the same credential', async () => {
    const { jwt } = await issueCredential({ certificate: certificate(), issuer: SCHOOL, urls: URLS, key });
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'vc+jwt', kid: key.kid })).toString('base64url');
    const verdict = verifyCertificateJwt(`${none}.${jwt.split('.')[1]}.`, options());
    expect(verdict.valid).toBe(false);
    expect(verdict.errors).toContain('header.alg: none, expected EdDSA');
  });

  it('is not valid before validFrom nor after validUntil', async () => {
    const cert = certificate({ validUntil: '2029-06-30T14:00:00Z' });
    const { jwt } = await issueCredential({ certificate: cert, issuer: SCHOOL, urls: URLS, key });
    expect(verifyCertificateJwt(jwt, options({ now: new Date('2026-06-30T13:59:59Z') })).errors).toContain('validFrom: not valid yet');
    expect(verifyCertificateJwt(jwt, options({ now: new Date('2029-06-30T14:00:01Z') })).errors).toContain('validUntil: expired');
    expect(verifyCertificateJwt(jwt, options({ now: new Date('2029-06-30T13:59:59Z') })).valid).toBe(true);
  });

  it('refuses to sign a malformed certificate', async () => {
    await expect(issueCredential({ certificate: certificate({ statusIndex: -1 }), issuer: SCHOOL, urls: URLS, key })).rejects.toThrow();
    await expect(issueCredential({ certificate: certificate({ awardedOn: '30/06/2026' }), issuer: SCHOOL, urls: URLS, key })).rejects.toThrow();
    await expect(issueCredential({ certificate: certificate({ identities: [] }), issuer: SCHOOL, urls: URLS, key })).rejects.toThrow();
    await expect(
      issueCredential({ certificate: certificate({ statusIndex: 131_072 }), issuer: SCHOOL, urls: URLS, key }),
    ).rejects.toThrow(/outside the register's list/);
  });
});
