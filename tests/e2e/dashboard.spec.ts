/**
 * The coordinators' dashboard end to end (issue 12, item 7): the real LRS as `npm run lrs` runs
 * it (a child process, its own SQLite store in a temporary folder), a seeded cohort of 40
 * learners posted to /xapi/statements over HTTP, then the built dashboard in Chromium. The
 * figures it shows are checked against figures worked out from the posted statements by the
 * test itself (support/expected-figures.ts), never against the analytics code: the funnel, the
 * quiz pass counts and the dialogue endings, through each panel's table view; each feedback
 * exercise's rubric levels, named and weakest first, as the course defines them; a language
 * filter applied in the filter bar (the numbers change, the address carries it); a panel's CSV.
 * axe audits the page loaded, with tables open and filtered. A viewer does not get the learners
 * drill-down. Finally the pages are photographed with this real data.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect as baseExpect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { FeedbackExerciseData } from '../../course/schema/course-data.ts';
import { addUser, apiSession, postStatements, startCoordinatorLrs, type CoordinatorLrs } from './support/coordinator-lrs.ts';
import { count, expectAccessible, logInByKeyboard, openTable, ratio, settled, tableRows } from './support/dashboard-page.ts';
import { expectedFigures, type ExpectedFigures } from './support/expected-figures.ts';
import { seededCohort, stoppedMidModule } from './support/seeded-cohort.ts';

/** Patient on a loaded machine: every wait is for a condition, none for a fixed time. */
const expect = baseExpect.configure({ timeout: 20_000 });

const SEED = 3;
const LEARNERS = 40;
const VIEWER = { username: 'e2e-viewer', password: 'a viewer for the e2e test' };
const SHOTS_DIR = 'test-results/dashboard-e2e';

let lrs: CoordinatorLrs;
let courseIri: string;
let all: ExpectedFigures;
let nl: ExpectedFigures;
/** Each feedback exercise's rubric levels by the exercise's English title: weakest first, as the course defines them. */
/** The seeded learners by cohort (the team name the statements carry), names as posted. */
let learnersByCohort: Map<string, Set<string>>;
let rubricLevels: Map<string, { id: string; label: string }[]>;

test.beforeAll(async ({}, testInfo) => {
  // A first run may build the dashboard, and a loaded machine posts 15,000 statements slowly.
  testInfo.setTimeout(360_000);
  lrs = await startCoordinatorLrs();
  const cohort = await seededCohort(SEED, LEARNERS);
  courseIri = cohort.courseIri;
  rubricLevels = new Map(
    cohort.course.modules.flatMap((module) =>
      module.activities.filter((a): a is FeedbackExerciseData => a.type === 'feedback-exercise').map((a) => [a.title, a.rubric.levels.map(({ id, label }) => ({ id, label }))] as const),
    ),
  );
  const statements = [...cohort.learners.flat(), ...stoppedMidModule(cohort, 'nl', { name: 'Lotte Halverwege', mbox: 'mailto:stopped-mid-module@school.example.org' })];
  await postStatements(lrs, statements);
  learnersByCohort = new Map();
  for (const statement of statements) {
    const cohort = statement.context.team.name;
    learnersByCohort.set(cohort, (learnersByCohort.get(cohort) ?? new Set()).add(statement.actor.name!));
  }
  expect(learnersByCohort.size, 'the seed has cohorts to tell apart').toBeGreaterThan(1);
  all = expectedFigures(statements, courseIri);
  nl = expectedFigures(statements, courseIri, { language: 'nl' });
  // Figures a test can tell apart: some learners passed and some did not, nl is a part, not all,
  // and a module that more learners started than completed.
  expect(all.course.started).toBe(LEARNERS + 1);
  expect(nl.modules.some((m) => m.started > m.completed)).toBe(true);
  expect(all.course.passed).toBeGreaterThan(0);
  expect(all.course.passed).toBeLessThan(all.course.started);
  expect(nl.course.started).toBeGreaterThan(0);
  expect(nl.course.started).toBeLessThan(all.course.started);
  expect(await addUser(lrs, VIEWER.username, 'viewer', VIEWER.password)).toContain(`added ${VIEWER.username} (viewer)`);
});

test.afterAll(async () => {
  await lrs?.stop();
});

const moduleName = (moduleId: string, figures: ExpectedFigures) => figures.nameOf(`${courseIri}/${moduleId}`);
const activityName = (moduleId: string, activityId: string, figures: ExpectedFigures) => figures.nameOf(`${courseIri}/${moduleId}/${activityId}`);
const sorted = (rows: string[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** The language's name as the dashboard writes it in English (format.languageName: the browser's Intl). */
async function languageNames(page: Page, tags: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(tags)];
  const names = (await page.evaluate(`${JSON.stringify(list)}.map((tag) => new Intl.DisplayNames('en', { type: 'language' }).of(tag))`)) as string[];
  return new Map(list.map((tag, i) => [tag, names[i]!]));
}

/** The funnel's figures and module table as they should read for `figures`. */
async function expectFunnel(page: Page, funnel: Locator, figures: ExpectedFigures): Promise<void> {
  const { course } = figures;
  const stats = funnel.locator('dl.stats dd');
  await expect(stats).toHaveText([count(course.started), count(course.completed), count(course.passed), count(course.certified)]);
  const courseTable = funnel.locator('table#course-table');
  await expect
    .poll(() => tableRows(courseTable))
    .toEqual([
      ['Started', count(course.started), ratio(course.started, course.started)],
      ['Completed', count(course.completed), ratio(course.completed, course.started)],
      ['Passed the final assessment', count(course.passed), ratio(course.passed, course.started)],
      ['Certified', count(course.certified), ratio(course.certified, course.started)],
    ]);
  const languages = await languageNames(page, figures.modules.map((m) => m.language));
  const expectedModules = figures.modules.map((m) => [moduleName(m.moduleId, figures), languages.get(m.language)!, count(m.started), count(m.completed), ratio(m.completed, m.started)]);
  await expect.poll(async () => sorted(await tableRows(funnel.locator('table#modules-table')))).toEqual(sorted(expectedModules));
}

test('the overview shows the funnel and the quiz pass counts the posted statements give, filtered by language too', async ({ page }) => {
  await logInByKeyboard(page, `${lrs.url}/dashboard`, lrs.username, lrs.password);
  await expect(page.getByRole('heading', { level: 1, name: 'How the course is going' })).toBeVisible();
  await settled(page);
  await expect(page.locator('wm-filter-bar .summary')).toContainText(`from ${all.course.started} learners`);
  await expectAccessible(page, 'the overview after login');

  // The funnel: the figures, then both of its tables.
  const funnel = page.locator('wm-funnel-panel');
  await openTable(funnel, 'course');
  await openTable(funnel, 'modules');
  await expectFunnel(page, funnel, all);

  // Quiz scores: learners, attempts, learners who passed and the pass rate of every quiz.
  const scores = page.locator('wm-scores-panel');
  const passRates = await openTable(scores, 'pass-rates');
  const percent = (value: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  const expectedQuizzes = all.quizzes.map((q) => [
    activityName(q.moduleId, q.activityId, all),
    count(q.learners),
    count(q.attempts),
    count(q.passedLearners),
    percent(Math.round((10_000 * q.passedLearners) / q.learners) / 100),
  ]);
  expect(expectedQuizzes.length).toBeGreaterThan(3);
  await expect.poll(async () => sorted((await tableRows(passRates)).map((row) => row.slice(0, 5)))).toEqual(sorted(expectedQuizzes));
  await settled(page);
  await expectAccessible(page, 'the overview with its tables open');

  // The language filter, chosen in the filter bar: the address carries it and the numbers are the nl learners'.
  const language = page.locator('wm-filter-bar select#language');
  await language.focus();
  await language.selectOption('nl');
  await expect(page).toHaveURL(/[?&]language=nl(&|$)/);
  await expect(page.locator('wm-filter-bar p.active')).toHaveText('1 filter applied');
  await settled(page);
  await expectFunnel(page, funnel, nl);
  expect(nl.modules.every((m) => m.language === 'nl')).toBe(true);
  await expectAccessible(page, 'the overview filtered to nl');

  // The funnel's CSV, downloaded through its link: the same nl numbers, module by module.
  const [download] = await Promise.all([page.waitForEvent('download'), funnel.locator('figure[aria-labelledby="course-title"] a.csv').click()]);
  expect(download.url()).toContain('/dashboard/api/funnel?language=nl&format=csv');
  const csv = parseCsv(await readFile(await download.path()), { bom: true }) as string[][];
  expect(csv[0]).toEqual(['module', 'name', 'language', 'started', 'completed', 'passed', 'certified']);
  const { course } = nl;
  expect(csv[1]).toEqual(['', '(course)', '', String(course.started), String(course.completed), String(course.passed), String(course.certified)]);
  const csvModules = csv.slice(2).map(([module, , lang, started, completed, passed, certified]) => [module, lang, started, completed, passed, certified].map(String));
  expect(sorted(csvModules)).toEqual(sorted(nl.modules.map((m) => [m.moduleId, m.language, String(m.started), String(m.completed), '', ''])));
});

test('the dialogue page shows, for every dialogue, the learners who chose and the runs that reached each ending', async ({ page }) => {
  await logInByKeyboard(page, `${lrs.url}/dashboard/dialogues`, lrs.username, lrs.password);
  const panel = page.locator('wm-dialogues-panel');
  await expect(panel.getByRole('heading', { level: 1, name: 'Dialogue paths' })).toBeVisible();
  await settled(page);
  const picker = panel.locator('select#dialogue');
  const offered = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered.sort()).toEqual(all.dialogues.map((d) => `${d.moduleId}/${d.activityId}`).sort());

  let tableOpen = false;
  for (const dialogue of all.dialogues) {
    await picker.selectOption(`${dialogue.moduleId}/${dialogue.activityId}`);
    const learners = dialogue.learners === 1 ? '1 learner made at least one choice.' : `${count(dialogue.learners)} learners made at least one choice.`;
    await expect(panel.locator('p.learners')).toHaveText(learners);
    if (dialogue.endings.size === 0) continue;
    const table = tableOpen ? panel.locator('table#endings-table') : await openTable(panel, 'endings');
    tableOpen = true;
    const expected = [...dialogue.endings].map(([ending, { outcome, runs }]) => [ending, outcome ?? '–', count(runs)]);
    await expect.poll(async () => sorted(await tableRows(table)), { message: `endings of ${dialogue.activityId}` }).toEqual(sorted(expected));
  }
  expect(tableOpen).toBe(true);
  await settled(page);
  await expectAccessible(page, 'the dialogue page with the endings table open');
});

test('the feedback exercises draw each rubric’s levels weakest first, by name, darker for stronger, alike in every exercise with the same rubric', async ({ page }) => {
  await logInByKeyboard(page, `${lrs.url}/dashboard/feedback`, lrs.username, lrs.password);
  await settled(page);
  const charts = page.locator('wm-rubrics-panel wm-chart');
  // Each chart with the name of its exercise: the heading its section is labelled by.
  const drawn = (await charts.evaluateAll((elements) =>
    elements.map((chart) => {
      const section = chart.closest('section.exercise')!;
      const title = section.querySelector(`#${section.getAttribute('aria-labelledby')}`)!.textContent!.trim();
      return { title, series: (chart as unknown as { spec: { series: { label: string; tone: string }[] } }).spec.series.map((s) => [s.label, s.tone]) };
    }),
  )) as { title: string; series: [string, string][] }[];
  expect(drawn.map((d) => d.title).sort()).toEqual([...rubricLevels.keys()].sort());
  // Tones are steps of one ramp (step-1 lightest); a rubric's scale is spread over it, so the
  // course's three- and four-level rubrics share their weakest and strongest colours.
  const step = (tone: string) => Number(/^step-(\d)$/.exec(tone)?.[1] ?? Number.NaN);
  const toneOfLevel = new Map<string, string>();
  for (const { title, series } of drawn) {
    const rubric = rubricLevels.get(title)!;
    const labels = series.map(([label]) => label);
    expect(labels, `${title}: the rubric's whole scale, named, weakest first`).toEqual(rubric.map((level) => level.label));
    const steps = series.map(([, tone]) => step(tone));
    expect(steps[0], `${title}: the weakest level lightest`).toBe(1);
    expect(steps.at(-1), `${title}: the strongest level darkest`).toBe(5);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!, `${title}: each level darker than the one below`).toBeGreaterThan(steps[i - 1]!);
    const scale = rubric.map((level) => level.id).join('|');
    for (const [index, [, tone]] of series.entries()) {
      const key = `${scale}:${rubric[index]!.id}`;
      expect(tone, `"${rubric[index]!.id}" alike wherever the rubric is the same`).toBe(toneOfLevel.get(key) ?? tone);
      toneOfLevel.set(key, tone);
    }
  }
});

test('a coordinator sees the learners; a viewer is not offered them and is refused them; logging out ends the session', async ({ page, browser }) => {
  await logInByKeyboard(page, `${lrs.url}/dashboard/learners`, lrs.username, lrs.password);
  const nav = page.getByRole('navigation', { name: 'Dashboard pages' });
  await expect(nav.getByRole('link', { name: 'Learners' })).toBeVisible();
  await expect(page.locator('wm-learners-panel table tbody tr')).toHaveCount(all.course.started);

  const viewer = await browser.newContext({ locale: 'en-GB' });
  try {
    const viewerPage = await viewer.newPage();
    await logInByKeyboard(viewerPage, `${lrs.url}/dashboard`, VIEWER.username, VIEWER.password);
    await expect(viewerPage.getByText(`Signed in as ${VIEWER.username}, viewer`)).toBeVisible();
    const viewerNav = viewerPage.getByRole('navigation', { name: 'Dashboard pages' });
    await expect(viewerNav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(viewerNav.getByRole('link', { name: 'Learners' })).toHaveCount(0);
    await viewerPage.goto(`${lrs.url}/dashboard/learners`);
    await expect(viewerPage.getByRole('heading', { level: 1, name: 'For coordinators only' })).toBeVisible();
    await expect(viewerPage.locator('wm-learners-panel')).toHaveCount(0);
    expect((await viewerPage.request.get(`${lrs.url}/dashboard/api/learners`)).status()).toBe(403);
    expect((await viewerPage.request.get(`${lrs.url}/dashboard/api/funnel`)).status()).toBe(200);
  } finally {
    await viewer.close();
  }

  const logout = page.getByRole('button', { name: 'Log out' });
  await logout.focus();
  await logout.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.locator('wm-login p.notice')).toHaveText('You have logged out.');
  await expect(page.locator('wm-learners-panel')).toHaveCount(0);
  expect((await page.request.get(`${lrs.url}/dashboard/api/session`)).status()).toBe(401);
  expect((await page.request.get(`${lrs.url}/dashboard/api/learners`)).status()).toBe(401);
});

test("a coordinator of one cohort sees that cohort's learners and not another's page", async ({ browser }) => {
  const [mine, other] = [...learnersByCohort.keys()].sort();
  const password = 'a coordinator of one cohort';
  expect(await addUser(lrs, 'e2e-one-cohort', 'coordinator', password, [mine!])).toContain(`cohorts "${mine}"`);
  // Another cohort's learner, with the id the school-wide coordinator's list gives.
  const everyone = await apiSession(lrs, lrs.username, lrs.password);
  const stranger = (await everyone.json<{ learners: { id: string; name: string; cohorts: string[] }[] }>('/dashboard/api/learners')).learners.find(
    (l) => l.cohorts.includes(other!) && !l.cohorts.includes(mine!),
  )!;
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await logInByKeyboard(page, `${lrs.url}/dashboard/learners`, 'e2e-one-cohort', password);
    await expect(page.locator('wm-learners-panel p.scope')).toHaveText(`You see the learners of your cohorts: ${mine}.`);
    const names = page.locator('wm-learners-panel table tbody th a');
    await expect(names).toHaveCount(learnersByCohort.get(mine!)!.size);
    expect(new Set(await names.allTextContents())).toEqual(learnersByCohort.get(mine!));
    await expectAccessible(page, 'the learners of one cohort');
    await mkdir(SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS_DIR, 'learners-one-cohort-1280.png'), fullPage: true });

    await page.goto(`${lrs.url}/dashboard/learners/${encodeURIComponent(stranger.id)}`);
    await settled(page);
    await expect(page.locator('wm-learner-view .not-in-view .notice-title')).toHaveText('This learner is not in your list');
    await expect(page.getByText(stranger.name)).toHaveCount(0);
    await expect(page.locator('wm-learner-view a.export')).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'learner-of-another-cohort-1280.png') });
    expect((await page.request.get(`${lrs.url}/dashboard/api/learners/${encodeURIComponent(stranger.id)}/export`)).status()).toBe(404);
  } finally {
    await context.close();
  }
});

/** The pages with this real data, at a phone's and a laptop's size, for a person to look at. */
async function photograph(browser: Browser, size: { width: number; height: number }): Promise<void> {
  const context = await browser.newContext({ viewport: size, locale: 'en-GB', reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await logInByKeyboard(page, `${lrs.url}/dashboard`, lrs.username, lrs.password);
    const shots: [string, string, ((page: Page) => Promise<void>)?][] = [
      ['overview', '/dashboard'],
      [
        'overview-tables',
        '/dashboard',
        async (p) => {
          const closed = p.locator('button.table-toggle[aria-expanded="false"]');
          while ((await closed.count()) > 0) await closed.first().click();
        },
      ],
      ['overview-nl', '/dashboard?language=nl'],
      ['items', '/dashboard/items'],
      ['dialogues', '/dashboard/dialogues'],
      ['feedback', '/dashboard/feedback'],
      ['learners', '/dashboard/learners'],
      ['register', '/register'],
    ];
    for (const [name, address, act] of shots) {
      await page.goto(`${lrs.url}${address}`);
      await settled(page);
      if (act) {
        await act(page);
        await settled(page);
      }
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${size.width}.png`), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

test('photographs every page with the seeded data at 1280 × 800 and 360 × 740', async ({ browser }) => {
  test.setTimeout(240_000);
  await mkdir(SHOTS_DIR, { recursive: true });
  await photograph(browser, { width: 1280, height: 800 });
  await photograph(browser, { width: 360, height: 740 });
});
