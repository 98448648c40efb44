/**
 * The web package as a mentor meets it: built by the real pipeline, served on 127.0.0.1, the
 * fixture module taken start to finish with the keyboard only, in each language; then a reload
 * finds every activity still done and the learner back where they left off.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CourseData, DialogueData, FeedbackExerciseData, QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { allPaths, dialogueBounds, nodesById } from '../../components/src/runtime/dialogue-graph.ts';
import { resources } from '../../locales/index.ts';
import { buildAndServe, type ServedPackage } from './support/built-course.ts';
import { chooseOption, chooseRadio, isFocused, tabTo } from './support/keyboard.ts';

const FIXTURE = 'tests/fixtures/course';
let served: ServedPackage;
let courses: Partial<Record<Locale, CourseData>>;

test.beforeAll(async () => {
  served = await buildAndServe(FIXTURE);
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  courses = loaded.course.data;
});
test.afterAll(async () => served?.server.close());

/** Interface text for a key like `quiz.check`, from the same locale files the player uses. */
function ui(locale: Locale, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[locale].translation);
  if (typeof value !== 'string') throw new Error(`No interface text ${locale}:${key}`);
  return value;
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function press(page: Page, name: string): Promise<void> {
  const target = button(page, name);
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** The best path through a dialogue: the one with the highest total score. */
function bestPath(d: DialogueData): string[] {
  const byId = nodesById(d);
  const score = (path: string[]) =>
    path.reduce((sum, id) => sum + (d.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === id)?.score ?? 0), 0);
  const best = [...allPaths(d)].find((p) => score(p) === dialogueBounds(d).maxScore);
  expect(best, 'a best path').toBeDefined();
  void byId;
  return best!;
}

async function playDialogue(page: Page, locale: Locale, d: DialogueData): Promise<void> {
  const choices = d.nodes.flatMap((n) => n.choices ?? []);
  for (const choiceId of bestPath(d)) {
    const choice = choices.find((c) => c.id === choiceId)!;
    const group = page.locator('wm-dialogue fieldset');
    await chooseRadio(page, group, group.getByRole('radio', { name: choice.text, exact: true }));
    await press(page, ui(locale, 'dialogue.confirm'));
    await expect(page.locator('wm-dialogue').getByText(choice.feedback)).toBeVisible();
  }
  await expect(page.locator('wm-dialogue .ending')).toBeVisible();
}

async function playExercise(page: Page, locale: Locale, ex: FeedbackExerciseData): Promise<void> {
  if (ex.write) {
    await tabTo(page, page.locator('wm-feedback-exercise textarea'));
    await page.keyboard.type('You wrote the steps in order. Next time, add the safety check before you start.');
  }
  if (ex.sort) {
    for (const statement of ex.sort.statements) {
      const category = ex.sort.categories.find((c) => c.id === statement.category)!;
      await chooseOption(page, page.locator(`wm-feedback-exercise select#sort-${statement.id}`), category.label);
    }
    await press(page, ui(locale, 'exercise.checkSorting'));
    await press(page, ui(locale, 'exercise.continueToRate'));
  }
  for (const criterion of ex.rubric.criteria) {
    const group = page.locator('wm-feedback-exercise fieldset.criterion', { hasText: criterion.text });
    await chooseRadio(page, group, group.getByRole('radio', { name: ex.rubric.levels.at(-1)!.label, exact: true }));
  }
  await press(page, ui(locale, 'exercise.compare'));
  await expect(page.locator('wm-feedback-exercise').getByText(ex.model)).toBeVisible();
}

async function answerItem(page: Page, locale: Locale, quiz: QuizData): Promise<void> {
  const legend = (await page.locator('wm-quiz fieldset legend').first().innerText()).trim();
  const item = quiz.items.find((i) => legend.includes(i.prompt));
  if (!item) throw new Error(`No quiz item with prompt "${legend}"`);
  const fieldset = page.locator('wm-quiz fieldset').first();
  switch (item.kind) {
    case 'single-choice':
      await chooseRadio(page, fieldset, fieldset.getByRole('radio', { name: item.options.find((o) => o.id === item.correct)!.text, exact: true }));
      break;
    case 'true-false':
      await chooseRadio(page, fieldset, fieldset.getByRole('radio', { name: ui(locale, item.correct ? 'quiz.true' : 'quiz.false'), exact: true }));
      break;
    case 'multiple-response':
      for (const id of item.correct) {
        const box = fieldset.getByRole('checkbox', { name: item.options.find((o) => o.id === id)!.text, exact: true });
        await tabTo(page, box);
        await page.keyboard.press('Space');
      }
      break;
    case 'matching':
      for (const pair of item.pairs) await chooseOption(page, fieldset.getByLabel(pair.prompt, { exact: true }), pair.match);
      break;
    case 'ordering':
      for (const [position, step] of item.steps.entries()) {
        const order = await fieldset.locator('.step-text').allInnerTexts();
        const moves = order.indexOf(step.text) - position;
        if (moves <= 0) continue;
        await tabTo(page, fieldset.locator(`button[data-step="${step.id}"][data-by="-1"]`));
        for (let i = 0; i < moves; i++) await page.keyboard.press('Enter');
      }
      break;
    case 'fill-in':
      await tabTo(page, fieldset.locator('input#fill-in'));
      await page.keyboard.type(item.accept[0]!);
      break;
  }
  await press(page, ui(locale, 'quiz.check'));
  await expect(page.locator('wm-quiz').getByText(item.feedback.correct)).toBeVisible();
}

async function playQuiz(page: Page, locale: Locale, quiz: QuizData): Promise<void> {
  await press(page, ui(locale, 'quiz.start'));
  const count = quiz.draw ?? quiz.items.length;
  for (let n = 1; n <= count; n++) {
    await answerItem(page, locale, quiz);
    await press(page, ui(locale, n < count ? 'quiz.next' : 'quiz.seeResults'));
  }
  await expect(page.locator('wm-quiz').getByText(ui(locale, 'quiz.scored').replace('{{score}}', '100'))).toBeVisible();
}

async function playReflection(page: Page, locale: Locale, r: ReflectionData): Promise<void> {
  for (const prompt of r.prompts) {
    await tabTo(page, page.locator('wm-reflection').getByLabel(prompt.text, { exact: true }));
    await page.keyboard.type('My first mentor let me try, then asked what I noticed. I want to do the same.');
  }
  await press(page, ui(locale, 'reflection.save'));
  await expect(page.locator('wm-reflection').getByText(ui(locale, 'reflection.saved'))).toBeVisible();
}

for (const locale of ['en', 'nl', 'nb'] as const) {
  test(`a mentor takes the fixture module by keyboard only (${locale}) and finds it all after a reload`, async ({ page }) => {
    const course = courses[locale]!;
    const module = course.modules[0]!;
    await page.addInitScript((l) => localStorage.setItem('workmentor:workmentor-fixture:locale', l), locale);
    await page.goto(served.server.url);
    const heading = page.locator('wm-course h2.activity-title');
    await expect(heading).toHaveText(module.activities[0]!.title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    for (const activity of module.activities) {
      await expect(heading).toHaveText(activity.title);
      if (activity.type === 'dialogue') await playDialogue(page, locale, activity);
      if (activity.type === 'feedback-exercise') await playExercise(page, locale, activity);
      if (activity.type === 'quiz') await playQuiz(page, locale, activity);
      if (activity.type === 'reflection') await playReflection(page, locale, activity);
      if (activity.type === 'certificate') break;
      await press(page, ui(locale, 'course.next'));
      // Focus follows the learner to the next activity's heading.
      await expect.poll(() => isFocused(heading)).toBe(true);
    }

    const certificate = page.locator('wm-certificate');
    await tabTo(page, certificate.locator('input'));
    await page.keyboard.type('Åse Ødegård');
    await page.keyboard.press('Tab');
    const code = certificate.getByText(/WM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
    await expect(code).toBeVisible();
    const codeText = await code.innerText();
    await expect(page.locator('wm-course #progress-text')).toHaveText(ui(locale, 'course.progress').replace('{{percent}}', '100'));

    await page.reload();
    await expect(heading).toHaveText(module.activities.at(-1)!.title);
    await expect(page.locator('wm-course .notice').first()).toHaveText(ui(locale, 'course.welcomeBack'));
    await expect(page.locator('wm-course #progress-text')).toHaveText(ui(locale, 'course.progress').replace('{{percent}}', '100'));
    for (const activity of module.activities.slice(0, -1)) {
      await expect(page.locator('wm-course nav a', { hasText: activity.title })).toContainText(ui(locale, 'course.status.completed'));
    }
    await expect(page.locator('wm-certificate').getByText(codeText)).toBeVisible();
    await expect(page.locator('wm-certificate').getByText('Åse Ødegård').first()).toBeVisible();
  });
}
