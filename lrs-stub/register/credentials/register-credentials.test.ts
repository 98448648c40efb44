/**
 * The register's credentials end to end, checked by the independent verifier
 * (verify-credential.test-support.ts) with only what the LRS serves publicly: a registered
 * learner's VC-JWT verifies against /.well-known/jwks.json and is not revoked in
 * /register/status/1; revoked through the API, the served list says revoked. The same
 * credential is baked into the certificate image as Open Badges 3.0 says for SVG, and the
 * image stays well-formed XML whatever the learner's name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasXmllint, XMLLINT } from '../../../build/xml/xmllint.ts';
import { openAccounts } from '../../accounts/accounts.ts';
import { buildApp } from '../../app.ts';
import { openMemoryStore } from '../../store/memory-store.ts';
import { TEST_KEY, TEST_SECRET } from '../../testing/test-lrs.ts';
import { REGISTER_API } from '../register-api.ts';
import { mountRegister } from '../register-routes.ts';
import { registerPathFor } from '../register-store.ts';
import { ana, coursePassed } from '../register-statements.test-support.ts';
import { PUBLIC_URL, type RegisterHarness, registerHarness, SCHOOL_NAME, type Session, testCourse } from '../test-register.ts';
import { XSS_CORPUS } from '../xss-corpus.test-support.ts';
import { bakedCredential, OPEN_BADGES_V3_NAMESPACE } from './certificate-svg.ts';
import { ISSUER_KEY_FILE } from './issuer-key.ts';
import { identifiesLearner, verifyCertificateJwt } from './verify-credential.test-support.ts';

let harness: RegisterHarness;
afterEach(async () => {
  await harness?.close();
});

/** What a verifier on the internet fetches: paths under the public URL, answered by the app. */
async function fetchPublic(url: string): Promise<string> {
  expect(url.startsWith(`${PUBLIC_URL}/`), url).toBe(true);
  const response = await harness.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length) });
  expect(response.statusCode, url).toBe(200);
  return response.body;
}

async function verifyAsOutsider(jwt: string) {
  const jwks = JSON.parse(await fetchPublic(`${PUBLIC_URL}/.well-known/jwks.json`));
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
  const listUrl: string = payload.credentialStatus.statusListCredential;
  const listJwt = await fetchPublic(listUrl);
  return verifyCertificateJwt(jwt, { jwks, now: new Date(), fetchStatusList: (url) => (url === listUrl ? listJwt : undefined) });
}

async function registeredAna(session: Session) {
  await harness.send(coursePassed({ actor: ana, locale: 'nl', at: '2026-06-30T14:00:00+02:00' }));
  const { code } = harness.mounted.register.search({ status: 'all' }).entries[0]!;
  const jwt = (await harness.as(session, { method: 'GET', url: `${REGISTER_API}/entries/${code}/credential.jwt` })).body;
  return { code, jwt };
}

/** xmllint, a real XML parser: it refuses an ill-formed document (and throws here). */
const xpath = (svg: string, expression: string) => execFileSync(XMLLINT, ['--nonet', '--xpath', expression, '-'], { input: svg }).toString('utf8').replace(/\n$/, '');

describe('register credentials', () => {
  it('issues a credential the independent verifier accepts with the served key set and status list; revoked, it says revoked', async () => {
    harness = await registerHarness();
    const coordinator = await harness.login('coordinator');
    const { code, jwt } = await registeredAna(coordinator);
    const before = await verifyAsOutsider(jwt);
    expect(before.errors).toEqual([]);
    expect(before).toMatchObject({ valid: true, revoked: false });

    const revoked = await harness.as(coordinator, { method: 'POST', url: `${REGISTER_API}/entries/${code}/revoke`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ reason: 'issued in error' }) });
    expect(revoked.statusCode).toBe(200);
    const after = await verifyAsOutsider(jwt);
    expect(after.errors).toEqual([]);
    expect(after).toMatchObject({ valid: true, revoked: true });
  });

  it('flips only the revoked certificate\'s bit', async () => {
    harness = await registerHarness();
    const coordinator = await harness.login('coordinator');
    await harness.send([...coursePassed({ actor: ana }), ...coursePassed({ actor: { objectType: 'Agent', name: 'Bo', mbox: 'mailto:bo@example.org' } })]);
    const [first, second] = harness.mounted.register.search({ status: 'all' }).entries;
    await harness.as(coordinator, { method: 'POST', url: `${REGISTER_API}/entries/${first!.code}/revoke`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ reason: 'left the company' }) });
    expect((await verifyAsOutsider(harness.mounted.register.get(first!.code)!.credentialJwt!)).revoked).toBe(true);
    expect((await verifyAsOutsider(harness.mounted.register.get(second!.code)!.credentialJwt!)).revoked).toBe(false);
  });

  it('describes the school, the course in the learner\'s language, and the learner only by salted hashes', async () => {
    harness = await registerHarness();
    const { code, jwt } = await registeredAna(await harness.login('viewer'));
    const verdict = await verifyAsOutsider(jwt);
    const credential = verdict.credential as any;
    expect(credential.id).toBe(`${PUBLIC_URL}/verify/${code}`);
    expect(credential.issuer).toEqual({ id: PUBLIC_URL, type: ['Profile'], name: SCHOOL_NAME, url: 'https://school.example.org' });
    expect(credential.validFrom).toBe('2026-06-30T12:00:00.000Z');
    expect(credential.credentialSubject.achievement).toMatchObject({ name: testCourse().texts.nl!.title, inLanguage: 'nl', version: testCourse().version });
    expect(credential.credentialSubject.achievement.criteria.narrative).toBe('Alle modules van de opleiding afgerond en geslaagd voor de eindtoets.');
    expect(identifiesLearner(credential, 'ana.mentor@example.org')).toBe(true);
    expect(identifiesLearner(credential, 'Ana Mentor')).toBe(true);
    expect(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')).not.toMatch(/ana\.mentor|Ana Mentor/i);
    // The credential's id is the public page that says whether it still stands.
    expect(await fetchPublic(credential.id)).toContain('This certificate is valid');
  });

  it('bakes the same credential into the certificate SVG, per Open Badges 3.0', async () => {
    harness = await registerHarness();
    const viewer = await harness.login('viewer');
    const { code, jwt } = await registeredAna(viewer);
    const svg = (await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${code}/certificate.svg` })).body;
    expect(bakedCredential(svg)).toBe(jwt);
    expect(svg).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OPEN_BADGES_V3_NAMESPACE}"[^>]*>\\n<openbadges:credential>`));
    expect(svg.match(/<openbadges:credential>/g)).toHaveLength(1);
    expect((await verifyAsOutsider(bakedCredential(svg)!)).valid).toBe(true);
    expect(svg).toContain('Ana Mentor');
    expect(svg).toContain(code);
    expect(svg).toContain(`${PUBLIC_URL}/verify/${code}`);
    expect(svg).toContain('30 juni 2026');
    expect(svg).not.toContain('ana.mentor@example.org');
  });

  it.skipIf(!hasXmllint())('keeps the SVG well-formed with every hostile name, showing it as text, the credential read back by namespace', async () => {
    harness = await registerHarness();
    const viewer = await harness.login('viewer');
    for (const [i, name] of XSS_CORPUS.entries()) {
      await harness.send(coursePassed({ actor: { objectType: 'Agent', name, mbox: `mailto:m${i}@example.org` } }));
      const entry = harness.mounted.register.search({ status: 'all', q: `m${i}@example.org` }).entries[0]!;
      const svg = (await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${entry.code}/certificate.svg` })).body;
      const credential = xpath(svg, `string(/*[local-name()='svg']/*[local-name()='credential' and namespace-uri()='${OPEN_BADGES_V3_NAMESPACE}'])`);
      expect(credential, name).toBe(entry.credentialJwt);
      expect(xpath(svg, "count(//*[local-name()='script' or local-name()='img' or local-name()='a' or local-name()='foreignObject'])"), name).toBe('0');
      // The name (as registered: trimmed, spaces collapsed, forbidden characters replaced) is the text, isolated.
      const shown = entry.name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
      expect(xpath(svg, "string(//*[local-name()='text'][3])"), name).toBe(`\u2068${shown}\u2069`);
    }
  });

  it('keeps the school key 0600 beside the register file, and credentials verify after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-key-'));
    const registerPath = registerPathFor(join(dir, 'lrs.sqlite'));
    const start = async () => {
      const store = openMemoryStore();
      const app = buildApp({ store, credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts: openAccounts({ path: ':memory:' }) });
      const mounted = await mountRegister(app, { store, registerPath, publicUrl: PUBLIC_URL, course: testCourse() });
      await app.ready();
      return { app, mounted };
    };
    const first = await start();
    expect(first.mounted.key.created).toBe(true);
    expect(statSync(join(dir, ISSUER_KEY_FILE)).mode & 0o777).toBe(0o600);
    const added = first.mounted.register.add({ name: 'Ana', identifier: 'ana@example.org', identifierType: 'emailAddress', awardedOn: '2026-06-30', awardedAt: '2026-06-30T12:00:00Z', language: 'en', courseVersion: '1.0.0', source: 'lrs', sourceRef: 's1' });
    await first.mounted.issuePending();
    const jwt = first.mounted.register.get(added.added ? added.entry.code : '')!.credentialJwt!;
    await first.app.close();

    const second = await start();
    expect(second.mounted.key.created).toBe(false);
    const jwks = JSON.parse((await second.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).body);
    const listJwt = (await second.app.inject({ method: 'GET', url: '/register/status/1' })).body;
    const verdict = verifyCertificateJwt(jwt, { jwks, now: new Date(), fetchStatusList: () => listJwt });
    expect(verdict.errors).toEqual([]);
    expect(verdict.revoked).toBe(false);
    await second.app.close();
  });

  it('publishes the key set and the status list without a login, and only list 1', async () => {
    harness = await registerHarness();
    const jwks = await harness.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(jwks.headers['content-type']).toMatch(/^application\/jwk-set\+json/);
    expect(JSON.parse(jwks.body).keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: harness.mounted.key.kid })]);
    expect(jwks.body).not.toContain('"d"');
    const list = await harness.app.inject({ method: 'GET', url: '/register/status/1' });
    expect(list.headers['content-type']).toBe('application/vc+jwt');
    expect((await harness.app.inject({ method: 'GET', url: '/register/status/2' })).statusCode).toBe(404);
  });
});
