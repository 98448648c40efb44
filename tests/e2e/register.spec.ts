/**
 * The register of certified mentors end to end (issue 12, item 7): the real LRS as `npm run lrs`
 * runs it (a child process, its own SQLite store in a temporary folder), a seeded cohort posted
 * to /xapi/statements, and one more learner who passed with markup for a name. Then in
 * Chromium: every learner who passed is in the register view with name and code, and can be
 * found by name; the public verification page confirms a certificate to a visitor who is not
 * logged in, without the email address; the credential a coordinator downloads verifies with
 * the project's independent verifier against the served key set and status list; a Moodle grade
 * export uploaded through the import form adds its passing rows and lists the others by line;
 * a certificate revoked through the dialog is then reported revoked by the public page and by
 * the verifier. The learner named `<img src=x onerror=…>` is shown as text everywhere. axe
 * audits the register view (loaded, with the import report, with the revoke dialog open) and
 * the verification page.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { identifiesLearner, verifyCertificateJwt, type Verdict } from '../../lrs-stub/register/credentials/verify-credential.test-support.ts';
import { GRADES_EN } from '../../lrs-stub/register/moodle/moodle-samples.test-support.ts';
import { apiSession, postStatements, startCoordinatorLrs, type CoordinatorLrs } from './support/coordinator-lrs.ts';
import { expectAccessible, logInByKeyboard, settled, tableRows } from './support/dashboard-page.ts';
import { expectedFigures } from './support/expected-figures.ts';
import { asAnotherLearner, seededCohort } from './support/seeded-cohort.ts';

/** Patient on a loaded machine: every wait is for a condition, none for a fixed time. */
const expect = baseExpect.configure({ timeout: 20_000 });

const SEED = 3;
const LEARNERS = 24;
const XSS_NAME = '<img src=x onerror=window.__xss=1>';
const XSS_EMAIL = 'markup-name@school.example.org';
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

interface Entry {
  code: string;
  name: string;
  identifier: string;
  source: string;
  status: string;
}

let lrs: CoordinatorLrs;
/** Everyone who passed the course in the posted statements: email → name. */
let passers: Map<string, string>;
/** The register's entries from the LRS once it has caught up, by email. */
let entries: Map<string, Entry>;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(360_000);
  lrs = await startCoordinatorLrs();
  const cohort = await seededCohort(SEED, LEARNERS);
  const firstPasser = cohort.learners.find((learner) => expectedFigures(learner, cohort.courseIri).course.passed === 1)!;
  const statements = [...cohort.learners.flat(), ...asAnotherLearner(firstPasser, { name: XSS_NAME, mbox: `mailto:${XSS_EMAIL}` })];
  await postStatements(lrs, statements);
  passers = expectedFigures(statements, cohort.courseIri).coursePassers;
  expect(passers.get(XSS_EMAIL)).toBe(XSS_NAME);
  expect(passers.size).toBeGreaterThanOrEqual(4);
  // The register follows the statements after each write: wait until it has caught up.
  const api = await apiSession(lrs, lrs.username, lrs.password);
  await expect
    .poll(async () => (await api.json<{ total: number }>('/register/api/entries?status=all')).total, { timeout: 60_000 })
    .toBe(passers.size);
  const list = await api.json<{ entries: Entry[] }>('/register/api/entries');
  entries = new Map(list.entries.map((entry) => [entry.identifier, entry]));
});

test.afterAll(async () => {
  await lrs?.stop();
});

/** A learner who passed, whose name no other entry contains (so a search for it finds one row). */
function distinctPasser(except: readonly string[] = []): Entry {
  const all = [...entries.values()];
  const found = all.find(
    (entry) =>
      entry.name !== XSS_NAME &&
      !except.includes(entry.identifier) &&
      all.every((other) => other === entry || (!other.name.toLowerCase().includes(entry.name.toLowerCase()) && !other.identifier.includes(entry.name.toLowerCase()))),
  );
  if (!found) throw new Error('no passer with a name of their own');
  return found;
}

const rowOf = (page: Page, entry: Entry) => page.locator('wm-register-view table#register tbody tr', { has: page.locator('td.code', { hasText: entry.code }) });

/** The public page for a code, opened by someone who is not logged in (a fresh context, no cookie). */
async function openVerifyPage(page: Page, code: string): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const response = await page.goto(`${lrs.url}/verify/${code}`);
  expect(response?.status()).toBe(200);
}

/** The credential as a coordinator downloads it, verified the way an outside verifier would. */
async function verifyDownloadedCredential(page: Page, code: string): Promise<{ verdict: Verdict; credential: Record<string, unknown> }> {
  const download = await page.request.get(`${lrs.url}/register/api/entries/${code}/credential.jwt`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('application/vc+jwt');
  const jwt = (await download.text()).trim();
  const jwks = (await (await fetch(`${lrs.url}/.well-known/jwks.json`)).json()) as { keys: object[] };
  const statusLists = new Map<string, string>();
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as { credentialStatus?: { statusListCredential: string } | { statusListCredential: string }[] };
  for (const status of [payload.credentialStatus ?? []].flat()) {
    // The list is where the credential says, on this LRS (its public URL): fetched fresh, as a verifier would after its cache expired.
    expect(status.statusListCredential.startsWith(`${lrs.url}/`)).toBe(true);
    const answer = await fetch(status.statusListCredential);
    expect(answer.status).toBe(200);
    statusLists.set(status.statusListCredential, (await answer.text()).trim());
  }
  expect(statusLists.size).toBeGreaterThan(0);
  const verdict = verifyCertificateJwt(jwt, { jwks, now: new Date(), fetchStatusList: (url) => statusLists.get(url) });
  return { verdict, credential: verdict.credential ?? {} };
}

test('every learner who passed is in the register with name and code, and a search by name finds them', async ({ page }) => {
  await logInByKeyboard(page, `${lrs.url}/register`, lrs.username, lrs.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Register of certified mentors' })).toBeVisible();
  await settled(page);
  const fromLrs = page.locator('wm-register-view table#register tbody tr', { hasText: 'this LRS' });
  await expect(fromLrs).toHaveCount(passers.size);
  for (const [email, name] of passers) {
    const entry = entries.get(email);
    expect(entry, `${name} <${email}> in the register`).toBeDefined();
    expect(entry!.code).toMatch(CODE);
    const row = rowOf(page, entry!);
    await expect(row.locator('th.person')).toHaveText(name);
    await expect(row).toContainText(email);
    await expect(row.locator('td.status')).toHaveText('Valid');
  }
  await expectAccessible(page, 'the register view');

  // Search by name, typed: one row, the learner's.
  const someone = distinctPasser();
  const search = page.locator('wm-register-view input#search');
  await search.focus();
  await page.keyboard.type(someone.name);
  await expect(page.locator('wm-register-view p.found')).toHaveText('1 certificate matches.');
  const rows = page.locator('wm-register-view table#register tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('th.person')).toHaveText(someone.name);
  await expect(rows.locator('td.code')).toHaveText(someone.code);
});

test('the public page confirms a certificate to anyone, with the name and no email address; the credential verifies', async ({ page, browser }) => {
  const someone = distinctPasser();
  const visitor = await browser.newContext({ locale: 'en-GB' });
  try {
    const publicPage = await visitor.newPage();
    await openVerifyPage(publicPage, someone.code);
    await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('This certificate is valid');
    const details = publicPage.locator('main dl');
    await expect(details).toContainText(`Awarded to${someone.name}`);
    await expect(details).toContainText('StatusValid');
    await expect(details).toContainText(`Verification code${someone.code}`);
    const text = await publicPage.locator('body').innerText();
    expect(text).not.toContain(someone.identifier);
    expect(text).not.toContain('@');
    await expectAccessible(publicPage, 'the public verification page');
  } finally {
    await visitor.close();
  }

  await logInByKeyboard(page, `${lrs.url}/register`, lrs.username, lrs.password);
  const { verdict, credential } = await verifyDownloadedCredential(page, someone.code);
  expect(verdict.errors).toEqual([]);
  expect(verdict.valid).toBe(true);
  expect(verdict.revoked).toBe(false);
  expect(credential.id).toBe(`${lrs.url}/verify/${someone.code}`);
  expect(identifiesLearner(credential, someone.identifier)).toBe(true);
  expect(identifiesLearner(credential, 'somebody-else@school.example.org')).toBe(false);
});

test('a Moodle grade export uploaded through the import form adds the passing rows and lists the others with their lines', async ({ page }) => {
  await logInByKeyboard(page, `${lrs.url}/register`, lrs.username, lrs.password);
  await settled(page);
  const form = page.locator('wm-moodle-import');
  const file = form.locator('input#moodle-file');
  await file.focus();
  // A file chooser is the one step a keyboard cannot type into; the rest is Tab and Enter.
  await file.setInputFiles({ name: 'grades.csv', mimeType: 'text/csv', buffer: Buffer.from(GRADES_EN, 'utf8') });
  // The folded import settings come next (their defaults suit this file), then Import.
  await page.keyboard.press('Tab');
  await expect(form.locator('summary')).toBeFocused();
  await expect(form.locator('summary')).toHaveText('Import settings');
  await page.keyboard.press('Tab');
  const submit = form.getByRole('button', { name: 'Import' });
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');

  const report = form.locator('section.report');
  await expect(report.locator('#report-heading')).toBeFocused();
  await expect(report.locator('ul.report-counts li')).toHaveText(['7 rows read.', '2 certificates added.', '0 rows were already in the register.']);
  await expect(report.locator('ul.added li')).toHaveText([/^\S{4}-\S{4}-\S{4} Ayşe Yılmaz \(ayse\.yilmaz@example\.org\)$/, /^\S{4}-\S{4}-\S{4} محمد علي \(mohammed@example\.org\)$/]);
  await expect(report.locator('p.notice.warn')).toHaveText('5 rows could not be added:');
  const unmatchedTable = report.locator('table#unmatched');
  await expect(unmatchedTable.locator('tbody tr')).toHaveCount(5);
  const unmatched = await tableRows(unmatchedTable);
  expect(unmatched.map(([line, reason]) => [line, reason])).toEqual([
    ['3', 'grade 54.00 is below the pass grade 80.00'],
    ['4', 'no email address or ID number'],
    ['5', 'no grade in "Course total (Real)"'],
    ['7', 'grade 79.99 is below the pass grade 80.00'],
    ['8', '"not-an-email" is not an email address, and there is no ID number'],
  ]);
  // The row as it was in the file, for the coordinator to fix: quotes and commas intact.
  expect(unmatched[0]![2]).toContain('Kowalski & "Zonen"');

  // The register view reloaded with the two new certificates.
  const imported = page.locator('wm-register-view table#register tbody tr', { hasText: 'Moodle import' });
  // Newest first; both came in one import, so either order between them is right.
  await expect(imported).toHaveCount(2);
  await expect.poll(async () => (await imported.locator('th.person').allInnerTexts()).sort()).toEqual(['Ayşe Yılmaz', 'محمد علي'].sort());
  await settled(page);
  await expectAccessible(page, 'the register view with the import report');
});

test('a certificate revoked through the dialog is reported revoked by the public page and by the verifier', async ({ page, browser }) => {
  const valid = distinctPasser();
  const target = distinctPasser([valid.identifier]);
  await logInByKeyboard(page, `${lrs.url}/register`, lrs.username, lrs.password);
  await settled(page);
  const row = rowOf(page, target);
  const revoke = row.getByRole('button', { name: `Revoke the certificate of ${target.name} (${target.code})` });
  await revoke.focus();
  await page.keyboard.press('Enter');

  const dialog = page.locator('wm-revoke-dialog dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: `Revoke the certificate of ${target.name}?` })).toBeVisible();
  await expect(dialog.locator('#reason')).toBeFocused();
  await expectAccessible(page, 'the register view with the revoke dialog open');
  const reason = 'Issued in error: the final assessment was taken by someone else';
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Revoke the certificate' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  const message = page.locator('wm-register-view p.message');
  await expect(message).toHaveText(`The certificate of ${target.name} (${target.code}) is revoked.`);
  await expect(message).toBeFocused();
  await expect(row.locator('td.status')).toContainText('Revoked on');
  await expect(row.locator('td.status')).toContainText(`Reason: ${reason}`);
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
  await expect(rowOf(page, valid).locator('td.status')).toHaveText('Valid');

  const visitor = await browser.newContext({ locale: 'en-GB' });
  try {
    const publicPage = await visitor.newPage();
    await openVerifyPage(publicPage, target.code);
    await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('This certificate has been revoked');
    await expect(publicPage.locator('main dl')).toContainText(`Awarded to${target.name}`);
    await expect(publicPage.locator('main dl')).toContainText('StatusRevoked on');
    const text = await publicPage.locator('body').innerText();
    expect(text).not.toContain(reason);
    expect(text).not.toContain(target.identifier);
    await expectAccessible(publicPage, 'the public page of a revoked certificate');
  } finally {
    await visitor.close();
  }

  const revoked = await verifyDownloadedCredential(page, target.code);
  expect(revoked.verdict.errors).toEqual([]);
  expect(revoked.verdict.revoked).toBe(true);
  const stillValid = await verifyDownloadedCredential(page, valid.code);
  expect(stillValid.verdict.valid).toBe(true);
  expect(stillValid.verdict.revoked).toBe(false);
});

test('a learner named with markup is shown as text in the register and on the public page, and no script runs', async ({ page, browser }) => {
  const entry = entries.get(XSS_EMAIL)!;
  expect(entry.name).toBe(XSS_NAME);
  await logInByKeyboard(page, `${lrs.url}/register`, lrs.username, lrs.password);
  await settled(page);
  const row = rowOf(page, entry);
  await expect(row.locator('th.person')).toHaveText(XSS_NAME);
  await expect(page.locator('wm-register-view table#register img')).toHaveCount(0);
  // The revoke button names the learner too (aria-label): text there as well.
  await expect(row.getByRole('button', { name: `Revoke the certificate of ${XSS_NAME} (${entry.code})` })).toBeVisible();
  expect(await page.evaluate('window.__xss')).toBeUndefined();

  const visitor = await browser.newContext({ locale: 'en-GB' });
  try {
    const publicPage = await visitor.newPage();
    await openVerifyPage(publicPage, entry.code);
    await expect(publicPage.locator('main dl bdi').first()).toHaveText(XSS_NAME);
    await expect(publicPage.locator('img')).toHaveCount(0);
    expect(await publicPage.evaluate('window.__xss')).toBeUndefined();
  } finally {
    await visitor.close();
  }
});
