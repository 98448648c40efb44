/**
 * The register API as the dashboard uses it: logins and roles, CSRF on changes, search, the CSV
 * export (formula-safe, hostile names as text), revoking, importing a Moodle export, and each
 * certificate's downloads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { GRADES_EN } from './moodle/moodle-samples.test-support.ts';
import { MoodleImportReportSchema, REGISTER_API, RegisterEntrySchema, RegisterListSchema } from './register-api.ts';
import { ana, coursePassed } from './register-statements.test-support.ts';
import type { NewEntry } from './register-store.ts';
import { addEntry, type RegisterHarness, registerHarness, type Session } from './test-register.ts';
import { XSS_CORPUS } from './xss-corpus.test-support.ts';

let harness: RegisterHarness;
let viewer: Session;
let coordinator: Session;
beforeEach(async () => {
  harness = await registerHarness();
  viewer = await harness.login('viewer');
  coordinator = await harness.login('coordinator');
});
afterEach(async () => {
  await harness.close();
});

const add = (overrides: Partial<NewEntry> = {}) => addEntry(harness, overrides);

const revoke = (session: Session | undefined, code: string, body: unknown, csrf = true) =>
  harness.as(session, { method: 'POST', url: `${REGISTER_API}/entries/${code}/revoke`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body), csrf });

describe('who may use the register API', () => {
  it('turns away requests without a session (401), also for downloads and imports', async () => {
    const code = add();
    for (const [method, url] of [
      ['GET', `${REGISTER_API}/entries`],
      ['GET', `${REGISTER_API}/entries/${code}`],
      ['GET', `${REGISTER_API}/entries/${code}/credential.jwt`],
      ['GET', `${REGISTER_API}/entries/${code}/certificate.svg`],
      ['POST', `${REGISTER_API}/import/moodle`],
      ['POST', `${REGISTER_API}/entries/${code}/revoke`],
    ] as const) {
      const response = await harness.as(undefined, { method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('lets a viewer read but not revoke or import (403)', async () => {
    const code = add();
    expect((await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries` })).statusCode).toBe(200);
    const refused = await revoke(viewer, code, { reason: 'no longer employed' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/needs the coordinator role/);
    expect(harness.mounted.register.get(code)?.status).toBe('active');
  });

  it('refuses a change without the CSRF token (403), even from a coordinator', async () => {
    const code = add();
    const response = await revoke(coordinator, code, { reason: 'no longer employed' }, false);
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toMatch(/X-CSRF-Token/);
    expect(harness.mounted.register.get(code)?.status).toBe('active');
  });
});

describe('GET /register/api/entries', () => {
  it('lists entries newest first in the contract\'s shape, without salts, indexes or credentials', async () => {
    add({ name: 'Older', awardedOn: '2026-05-01' });
    add({ name: 'Newer', awardedOn: '2026-06-30' });
    const response = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries` });
    expect(response.headers['cache-control']).toBe('no-store');
    const list = RegisterListSchema.parse(response.json());
    expect(list).toMatchObject({ total: 2, truncated: false });
    expect(list.entries.map((e) => e.name)).toEqual(['Newer', 'Older']);
    expect(Object.keys(response.json().entries[0]).sort()).toEqual(Object.keys(RegisterEntrySchema.shape).sort());
  });

  it('searches name, identifier and code, and filters by status', async () => {
    const code = add({ name: 'Мария Иванова', identifier: 'maria@example.org' });
    add({ name: 'Σοφία Παπαδοπούλου', identifier: 'sofia@example.org' });
    harness.mounted.register.revoke(code, { reason: 'duplicate', by: 'x' });
    const names = async (query: string) => (await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?${query}` })).json().entries.map((e: { name: string }) => e.name);
    expect(await names(`q=${encodeURIComponent('мария')}`)).toEqual(['Мария Иванова']);
    expect(await names('q=SOFIA%40')).toEqual(['Σοφία Παπαδοπούλου']);
    expect(await names(`q=${code.replace(/-/g, '').toLowerCase()}`)).toEqual(['Мария Иванова']);
    expect(await names('status=revoked')).toEqual(['Мария Иванова']);
    expect(await names('status=active')).toEqual(['Σοφία Παπαδοπούλου']);
  });

  it('sends at most 500 and says the list is truncated', async () => {
    harness.mounted.register.transaction(() => {
      for (let i = 0; i < 503; i += 1) add({ name: `Mentor ${i}` });
    });
    const list = RegisterListSchema.parse((await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries` })).json());
    expect(list).toMatchObject({ total: 503, truncated: true });
    expect(list.entries).toHaveLength(500);
  });

  it('refuses unknown or repeated parameters with a message naming them', async () => {
    const unknown = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?name=x` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/name/);
    expect((await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?status=gone` })).statusCode).toBe(400);
    expect((await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?q=a&q=b` })).statusCode).toBe(400);
  });

  it('exports CSV with every hostile name as inert text: no live formula, the characters kept', async () => {
    for (const [i, name] of XSS_CORPUS.entries()) add({ name, identifier: `m${i}@example.org`, awardedOn: `2026-06-${String(1 + i).padStart(2, '0')}` });
    const response = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?format=csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="certified-mentors-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parse(response.body.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
    expect(header).toEqual(['Verification code', 'Name', 'Identifier', 'Identifier type', 'Awarded on', 'Language', 'Course version', 'Source', 'Status', 'Revoked on', 'Revocation reason']);
    expect(rows).toHaveLength(XSS_CORPUS.length);
    const exported = rows.map((row) => row[1]!);
    for (const cell of rows.flat()) expect(cell, 'a cell a spreadsheet would evaluate').not.toMatch(/^[=+\-@\t\r]/);
    for (const name of XSS_CORPUS) {
      const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
      expect(exported).toContain(expected);
    }
  });

  it('exports only what matches the search', async () => {
    add({ name: 'Ayşe Yılmaz' });
    add({ name: 'Łukasz Nowak' });
    const response = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries?format=csv&q=${encodeURIComponent('łukasz')}` });
    expect(response.body.trim().split('\r\n')).toHaveLength(2);
    expect(response.body).toContain('Łukasz Nowak');
  });
});

describe('GET /register/api/entries/<code>', () => {
  it('answers one entry by its code typed any way; 404 for an unknown one, 400 for a non-code', async () => {
    const code = add();
    const one = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${code.toLowerCase().replace(/-/g, '')}` });
    expect(RegisterEntrySchema.parse(one.json())).toMatchObject({ code, name: 'Ayşe Yılmaz' });
    expect((await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/0000-0000-0000` })).statusCode).toBe(404);
    const bad = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/nope` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/is not a verification code; a code has 12 letters and digits/);
  });
});

describe('POST /register/api/entries/<code>/revoke', () => {
  it('revokes with the reason and the coordinator\'s name, once', async () => {
    const code = add();
    const response = await revoke(coordinator, code, { reason: '  certificate issued to the wrong person  ' });
    expect(response.statusCode).toBe(200);
    expect(RegisterEntrySchema.parse(response.json())).toMatchObject({ code, status: 'revoked', revokedReason: 'certificate issued to the wrong person' });
    expect(harness.mounted.register.get(code)?.revokedBy).toBe('coordinator-user');
    const again = await revoke(coordinator, code, { reason: 'twice' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/already revoked on \d{4}-\d{2}-\d{2} \(certificate issued to the wrong person\)/);
  });

  it('refuses a missing, short or extra field, and a body that is not JSON, saying what to send', async () => {
    const code = add();
    expect((await revoke(coordinator, code, {})).json().message).toMatch(/reason/);
    expect((await revoke(coordinator, code, { reason: 'x' })).json().message).toMatch(/say why the certificate is revoked \(at least 3 characters\)/);
    expect((await revoke(coordinator, code, { reason: 'long enough', by: 'me' })).statusCode).toBe(400);
    const notJson = await harness.as(coordinator, { method: 'POST', url: `${REGISTER_API}/entries/${code}/revoke`, headers: { 'content-type': 'application/json' }, payload: '{reason' });
    expect(notJson.json().message).toMatch(/not valid JSON; send \{"reason": "..."\}/);
    const form = await harness.as(coordinator, { method: 'POST', url: `${REGISTER_API}/entries/${code}/revoke`, headers: { 'content-type': 'text/plain' }, payload: 'because' });
    expect(form.statusCode).toBe(400);
    expect(harness.mounted.register.get(code)?.status).toBe('active');
  });
});

describe('POST /register/api/import/moodle', () => {
  const post = (body: string, query = '', contentType = 'text/csv') =>
    harness.as(coordinator, { method: 'POST', url: `${REGISTER_API}/import/moodle${query}`, headers: { 'content-type': contentType }, payload: body });

  it('imports a grade export and answers the contract\'s report, with the settings it used', async () => {
    const response = await post(GRADES_EN, '?passGrade=60');
    expect(response.statusCode).toBe(200);
    const report = MoodleImportReportSchema.parse(response.json());
    expect(report.added.map((e) => e.name)).toEqual(['Ayşe Yılmaz', 'محمد علي', 'דוד כהן']);
    expect(report.unmatched.map((u) => u.line)).toEqual([3, 4, 5, 8]);
    expect(response.json().settings).toMatchObject({ format: 'grade-export', passGrade: 60, gradeColumn: 'Course total (Real)' });
    // Their credentials are issued with the import.
    await harness.mounted.issuePending();
    expect(harness.mounted.register.withoutCredential()).toEqual([]);
  });

  it('answers a damaged file with 400 naming the line, and registers nothing', async () => {
    const response = await post('"Email address","Course total (Real)"\nana@example.org,90\n"bob@example.org,90\n');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^POST \/register\/api\/import\/moodle: line 3: .*export it again from Moodle.*; nothing was registered$/);
    expect(harness.mounted.register.search({ status: 'all' }).total).toBe(0);
  });

  it('refuses other content types and unknown options', async () => {
    expect((await post('{}', '', 'application/json')).json().message).toMatch(/Content-Type application\/json is not accepted; send the exported file itself as text\/csv/);
    expect((await post(GRADES_EN, '?passgrade=60')).json().message).toMatch(/passgrade/);
    expect((await post(GRADES_EN, '?passGrade=sixty')).json().message).toMatch(/passGrade: must be a number/);
  });
});

describe('credential downloads', () => {
  it('serves the VC-JWT, the credential as JSON and the certificate image for a registered learner', async () => {
    await harness.send(coursePassed({ actor: ana, locale: 'nl' }));
    const { code } = harness.mounted.register.search({ status: 'all' }).entries[0]!;
    const jwt = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${code}/credential.jwt` });
    expect(jwt.headers['content-type']).toBe('application/vc+jwt');
    expect(jwt.body).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const json = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${code}/credential.json` });
    expect(json.headers['content-disposition']).toBe(`attachment; filename="certificate-${code}.json"`);
    expect(json.json()).toEqual(JSON.parse(Buffer.from(jwt.body.split('.')[1]!, 'base64url').toString('utf8')));
    expect(json.json().credentialSubject.achievement.inLanguage).toBe('nl');
    const svg = await harness.as(viewer, { method: 'GET', url: `${REGISTER_API}/entries/${code}/certificate.svg` });
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['content-security-policy']).toMatch(/sandbox/);
    expect(svg.body).toContain(`<openbadges:credential>${jwt.body}</openbadges:credential>`);
  });
});
