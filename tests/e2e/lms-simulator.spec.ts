/**
 * The LMS simulator itself (build/lms-simulator/), checked in Chromium with a hand-written test
 * SCO before packages rely on it: the API sits on the parent of the SCO's frame, launch data
 * comes from the setup, every call is logged, failures are injected on demand, committed data
 * survives a relaunch in the same tab, and a built package loads in the frame.
 */
import { expect, test, type Frame } from '@playwright/test';
import { buildAndServe, type ServedPackage } from './support/built-course.ts';
import { failLms, readLms, scoFrame, startLmsSimulator, testScoFiles, type LmsSimulator } from './support/lms-simulator.ts';

let lms: LmsSimulator;
test.afterEach(async () => lms?.close());

const call = (sco: Frame, method: string, ...args: string[]) => sco.evaluate(([m, a]) => String((window as any).sco.call(m, ...a)), [method, args] as const);

test('offers SCORM 1.2 on the parent window and logs every call with the data model', async ({ page }) => {
  lms = await startLmsSimulator(await testScoFiles(), { version: '1.2', learner: { id: 'u-1', name: 'Janssens, Emma' }, language: 'nl' });
  await page.goto(lms.url);
  const sco = await scoFrame(page);
  expect(await sco.evaluate(() => (window as any).sco.version)).toBe('1.2');
  expect(await call(sco, 'LMSInitialize', '')).toBe('true');
  expect(await call(sco, 'LMSGetValue', 'cmi.core.student_name')).toBe('Janssens, Emma');
  expect(await call(sco, 'LMSGetValue', 'cmi.student_preference.language')).toBe('nl');
  expect(await call(sco, 'LMSSetValue', 'cmi.core.lesson_status', 'incomplete')).toBe('true');
  expect(await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'STATE-1')).toBe('true');

  let record = await readLms(page);
  expect(record.cmi.core.lesson_status).toBe('incomplete');
  expect(record.committed.suspend_data).toBeUndefined();
  expect(record.log.map((c) => c.method)).toEqual(['LMSInitialize', 'LMSGetValue', 'LMSGetValue', 'LMSSetValue', 'LMSSetValue']);
  expect(record.log[3]).toMatchObject({ args: ['cmi.core.lesson_status', 'incomplete'], result: 'true' });

  expect(await call(sco, 'LMSCommit', '')).toBe('true');
  record = await readLms(page);
  expect(record.committed).toMatchObject({ suspend_data: 'STATE-1', core: { lesson_status: 'incomplete', student_id: 'u-1' } });
});

test('refuses the next calls of a method with an error code, then recovers', async ({ page }) => {
  lms = await startLmsSimulator(await testScoFiles(), { version: '1.2', failures: [{ method: 'LMSCommit', code: '101', times: 2 }] });
  await page.goto(lms.url);
  const sco = await scoFrame(page);
  await call(sco, 'LMSInitialize', '');
  await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'S');
  expect(await call(sco, 'LMSCommit', '')).toBe('false');
  expect(await call(sco, 'LMSGetLastError')).toBe('101');
  expect(await call(sco, 'LMSGetErrorString', '101')).toContain('101');
  expect(await call(sco, 'LMSCommit', '')).toBe('false');
  expect((await readLms(page)).committed.suspend_data).toBeUndefined();
  expect(await call(sco, 'LMSCommit', '')).toBe('true');
  expect(await call(sco, 'LMSGetLastError')).toBe('0');
  expect((await readLms(page)).committed.suspend_data).toBe('S');
});

test('refuses calls during a time window and on demand while the page runs', async ({ page }) => {
  lms = await startLmsSimulator(await testScoFiles(), { version: '2004', failures: [{ method: 'SetValue', code: '351', fromMs: 0, untilMs: 60_000 }] });
  await page.goto(lms.url);
  const sco = await scoFrame(page);
  expect(await call(sco, 'Initialize', '')).toBe('true');
  expect(await call(sco, 'SetValue', 'cmi.location', 'm/a')).toBe('false');
  expect(await call(sco, 'GetLastError')).toBe('351');

  await lms.close();
  lms = await startLmsSimulator(await testScoFiles(), { version: '2004' });
  await page.goto(lms.url);
  const again = await scoFrame(page);
  await call(again, 'Initialize', '');
  await failLms(page, { method: 'Commit', code: '391', times: 1 });
  expect(await call(again, 'Commit', '')).toBe('false');
  expect(await call(again, 'Commit', '')).toBe('true');
});

test('offers SCORM 2004 with the mode and learner of the setup', async ({ page }) => {
  lms = await startLmsSimulator(await testScoFiles(), { version: '2004', mode: 'review', learner: { id: 'k-9', name: 'Berg, Kari' }, language: 'nb' });
  await page.goto(lms.url);
  const sco = await scoFrame(page);
  expect(await sco.evaluate(() => [(window as any).sco.version, typeof (window.parent as any).API])).toEqual(['2004', 'undefined']);
  await call(sco, 'Initialize', '');
  expect(await call(sco, 'GetValue', 'cmi.mode')).toBe('review');
  expect(await call(sco, 'GetValue', 'cmi.learner_id')).toBe('k-9');
  expect(await call(sco, 'GetValue', 'cmi.learner_preference.language')).toBe('nb');
});

test('relaunches a returning learner from the committed data, with entry resume after a suspend', async ({ page }) => {
  lms = await startLmsSimulator(await testScoFiles(), { version: '1.2', learner: { id: 'u-2' } });
  await page.goto(lms.url);
  let sco = await scoFrame(page);
  await call(sco, 'LMSInitialize', '');
  await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'HALF-WAY');
  await call(sco, 'LMSSetValue', 'cmi.core.lesson_location', 'm1/quiz');
  await call(sco, 'LMSSetValue', 'cmi.interactions.0.id', 'm1.quiz.q1');
  await call(sco, 'LMSSetValue', 'cmi.core.exit', 'suspend');
  await call(sco, 'LMSCommit', '');
  await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'NEVER COMMITTED');
  const { committed } = await readLms(page);

  // The same tab again: the host page picks up what was committed.
  await page.goto(lms.url);
  sco = await scoFrame(page);
  await call(sco, 'LMSInitialize', '');
  expect(await call(sco, 'LMSGetValue', 'cmi.core.entry')).toBe('resume');
  expect(await call(sco, 'LMSGetValue', 'cmi.suspend_data')).toBe('HALF-WAY');
  expect(await call(sco, 'LMSGetValue', 'cmi.core.lesson_location')).toBe('m1/quiz');
  expect(await call(sco, 'LMSGetValue', 'cmi.interactions._count')).toBe('1');

  // A fresh tab, given the committed data explicitly.
  const fresh = await page.context().newPage();
  await fresh.goto(lms.urlFor({ version: '1.2', cmi: committed }));
  const freshSco = await scoFrame(fresh);
  await call(freshSco, 'LMSInitialize', '');
  expect(await call(freshSco, 'LMSGetValue', 'cmi.core.entry')).toBe('resume');
  expect(await call(freshSco, 'LMSGetValue', 'cmi.core.student_id')).toBe('u-2');
});

test.describe('with a built package', () => {
  let built: ServedPackage;
  test.beforeAll(async () => {
    built = await buildAndServe('tests/fixtures/course');
  });
  test.afterAll(async () => built?.server.close());

  test('loads the package in the SCO frame', async ({ page }) => {
    lms = await startLmsSimulator(built.pkg.files, { version: '1.2' });
    await page.goto(lms.url);
    const sco = await scoFrame(page);
    await expect(sco.locator('wm-course')).toBeAttached({ timeout: 15_000 });
  });
});
