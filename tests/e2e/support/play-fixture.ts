/**
 * Plays the fixture course's activities by keyboard only, shared by every end-to-end spec: the
 * web package in the page itself, the SCORM packages inside the LMS simulator's SCO frame, the
 * xAPI and cmi5 packages in their launch page. Keys go through `page.keyboard` (a frame has no
 * keyboard of its own); elements are looked up in `root`, the page or the package's frame.
 */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { DialogueData, FeedbackExerciseData, ModuleData, QuizData, ReflectionData } from '../../../course/schema/course-data.ts';
import type { Locale } from '../../../course/schema/ids.ts';
import { allPaths, dialogueBounds } from '../../../components/src/runtime/dialogue-graph.ts';
import { messages as en } from '../../../locales/en/index.ts';
import { messages as nb } from '../../../locales/nb/index.ts';
import { messages as nl } from '../../../locales/nl/index.ts';
import { chooseOption, chooseRadio, isFocused, tabTo } from './keyboard.ts';

/** The interface text of the languages these specs play (the fixture course's). */
const UI_TEXT: Readonly<Record<string, object>> = { en, nl, nb };

/** Where and how to play: the page (for keys), the root holding the course, the interface language. */
export interface Player {
  page: Page;
  root: Page | Frame;
  locale: Locale;
  /**
   * False where the store is limited (SCORM 1.2 and 2004): the shell then hands the reflection a fresh
   * activity object (lowered limits) on every save, which clears its "saved" notice (a known
   * shell issue, see `withTextLimits` in course-session.ts); the saved state is checked in the
   * contents list instead.
   */
  savedNotice?: boolean;
}

export const player = (page: Page, locale: Locale = 'en', root: Page | Frame = page, savedNotice = true): Player => ({ page, root, locale, savedNotice });

/** Interface text for a key like `quiz.check`, from the same locale files the player uses. */
export function ui(locale: Locale, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], UI_TEXT[locale]);
  if (typeof value !== 'string') throw new Error(`No interface text ${locale}:${key}`);
  return value;
}

export async function press(p: Player, name: string): Promise<void> {
  await tabTo(p.page, p.root.getByRole('button', { name, exact: true }));
  await p.page.keyboard.press('Enter');
}

/** The heading of the activity or module screen on show (the welcome's heading is its own). */
export const activityHeading = (p: Player) => p.root.locator('wm-course h2.activity-title');

/** The shell's screen on show: `welcome`, `module-start`, `activity`, `module-end` or `course-end` (from `data-screen`). */
export async function screenOn(p: Player): Promise<string | null> {
  return p.root.locator('wm-course main').getAttribute('data-screen');
}

/**
 * Waits for the course to open and, on a first launch, goes from the welcome screen to the first
 * activity as a learner does (Start, then Start the module). A returning learner opens where they
 * were, and nothing is pressed.
 */
export async function enterCourse(p: Player, timeout = 15_000): Promise<void> {
  await expect(p.root.locator('wm-course main[aria-busy="false"]')).toBeVisible({ timeout });
  await toActivity(p);
}

/** From a framing screen (the welcome, a module's start or the previous module's end) on to the next activity; nothing on an activity. */
export async function toActivity(p: Player): Promise<void> {
  const steps: Record<string, string> = { welcome: 'framing.start', 'module-end': 'framing.nextModule', 'module-start': 'framing.startModule' };
  for (let i = 0; i < 3; i++) {
    const screen = await screenOn(p);
    const step = screen ? steps[screen] : undefined;
    if (!step) return;
    await press(p, ui(p.locale, step));
    await expect.poll(() => screenOn(p)).not.toBe(screen);
    await expect.poll(() => isFocused(activityHeading(p))).toBe(true);
  }
}

/** The best path through a dialogue: the one with the highest total score. */
export function bestPath(d: DialogueData): string[] {
  const score = (path: string[]) =>
    path.reduce((sum, id) => sum + (d.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === id)?.score ?? 0), 0);
  const best = [...allPaths(d)].find((p) => score(p) === dialogueBounds(d).maxScore);
  expect(best, 'a best path').toBeDefined();
  return best!;
}

/**
 * Takes `path` (choice ids, the best path by default) through a dialogue to its ending. The
 * other characters' lines and the coach's note on each reply appear one by one in real time;
 * with reduced motion they appear at once (the element tests cover the timed reveal with a fake
 * clock), so the spec does not wait seconds per reply on a loaded machine.
 */
export async function playDialogue(p: Player, d: DialogueData, path = bestPath(d)): Promise<void> {
  const choices = d.nodes.flatMap((n) => n.choices ?? []);
  await p.page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    for (const choiceId of path) {
      const choice = choices.find((c) => c.id === choiceId)!;
      const group = p.root.locator('wm-dialogue fieldset');
      await chooseRadio(p.page, group, group.getByRole('radio', { name: choice.text, exact: true }));
      await press(p, ui(p.locale, 'dialogue.confirm'));
      // The note in the transcript (the live region announces the same words, hidden).
      await expect(p.root.locator('wm-dialogue .transcript li.note p.text', { hasText: choice.feedback }).last()).toBeVisible();
    }
    await expect(p.root.locator('wm-dialogue .ending')).toBeVisible();
  } finally {
    await p.page.emulateMedia({ reducedMotion: null });
  }
}

/** Types `text` into the focused field: `type` key by key, or `insert` at once (long texts). */
async function enterText(p: Player, text: string, how: 'type' | 'insert'): Promise<void> {
  if (how === 'insert') await p.page.keyboard.insertText(text);
  else await p.page.keyboard.type(text);
}

export const FEEDBACK_TEXT = 'You wrote the steps in order. Next time, add the safety check before you start.';
export const REFLECTION_TEXT = 'My first mentor let me try, then asked what I noticed. I want to do the same.';

/** The text to write: fixed, or made for the field's effective `maxLength` (the limit the learner meets). */
export type TextFor = string | ((maxLength: number) => string);

async function fill(p: Player, field: Locator, text: TextFor, how: 'type' | 'insert'): Promise<void> {
  await tabTo(p.page, field);
  const value = typeof text === 'string' ? text : text(await field.evaluate((el: HTMLTextAreaElement | HTMLInputElement) => el.maxLength));
  await enterText(p, value, how);
}

export async function playExercise(p: Player, ex: FeedbackExerciseData, text: TextFor = FEEDBACK_TEXT, how: 'type' | 'insert' = 'type'): Promise<void> {
  if (ex.write) await fill(p, p.root.locator('wm-feedback-exercise textarea'), text, how);
  if (ex.sort) {
    for (const statement of ex.sort.statements) {
      const category = ex.sort.categories.find((c) => c.id === statement.category)!;
      await chooseOption(p.page, p.root.locator(`wm-feedback-exercise select#sort-${statement.id}`), category.label);
    }
    await press(p, ui(p.locale, 'exercise.checkSorting'));
    await press(p, ui(p.locale, 'exercise.continueToRate'));
  }
  for (const criterion of ex.rubric.criteria) {
    const group = p.root.locator('wm-feedback-exercise fieldset.criterion', { hasText: criterion.text });
    await chooseRadio(p.page, group, group.getByRole('radio', { name: ex.rubric.levels.at(-1)!.label, exact: true }));
  }
  await press(p, ui(p.locale, 'exercise.compare'));
  await expect(p.root.locator('wm-feedback-exercise').getByText(ex.model)).toBeVisible();
}

/** What `answerItem` answered. */
export interface Answered {
  itemId: string;
  correct: boolean;
}

/**
 * Answers the quiz item on screen and checks it (or, in a `feedback: summary` quiz such as the
 * final assessment, saves it: no right answer is shown until the end). `wrong`: answer it
 * wrongly when the item kind allows a quick wrong answer (choice, true/false, multiple
 * response, fill-in); matching and ordering are always answered right.
 */
export async function answerItem(p: Player, quiz: QuizData, wrong = false): Promise<Answered> {
  const { page, root, locale } = p;
  const legend = (await root.locator('wm-quiz fieldset legend').first().innerText()).trim();
  const item = quiz.items.find((i) => legend.includes(i.prompt));
  if (!item) throw new Error(`No quiz item with prompt "${legend}"`);
  const fieldset = root.locator('wm-quiz fieldset').first();
  let correct = true;
  switch (item.kind) {
    case 'single-choice': {
      const option = wrong ? item.options.find((o) => o.id !== item.correct)! : item.options.find((o) => o.id === item.correct)!;
      correct = !wrong;
      await chooseRadio(page, fieldset, fieldset.getByRole('radio', { name: option.text, exact: true }));
      break;
    }
    case 'true-false':
      correct = !wrong;
      await chooseRadio(page, fieldset, fieldset.getByRole('radio', { name: ui(locale, item.correct !== wrong ? 'quiz.true' : 'quiz.false'), exact: true }));
      break;
    case 'multiple-response':
      correct = !wrong;
      for (const id of wrong ? item.correct.slice(0, 1) : item.correct) {
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
      correct = !wrong;
      await tabTo(page, fieldset.locator('input#fill-in'));
      await page.keyboard.type(wrong ? 'guess' : item.accept[0]!);
      break;
  }
  // A `feedback: summary` quiz (the final assessment) saves the answer and shows no right answer.
  if (quiz.feedback === 'summary') {
    await press(p, ui(locale, 'final.save'));
    await expect(root.locator('wm-quiz').getByText(ui(locale, 'final.saved'))).toBeVisible();
  } else {
    await press(p, ui(locale, 'quiz.check'));
    await expect(root.locator('wm-quiz').getByText(correct ? item.feedback.correct : item.feedback.incorrect)).toBeVisible();
  }
  return { itemId: item.id, correct };
}

/** Starts the quiz (when `start`), then answers items `from`..`until` (1-based, inclusive), the first `wrong` of them wrongly where possible. */
export async function answerItems(p: Player, quiz: QuizData, options: { from?: number; until?: number; wrong?: number; start?: boolean } = {}): Promise<Answered[]> {
  const count = quiz.draw ?? quiz.items.length;
  const { from = 1, until = count, start = true } = options;
  let wrong = options.wrong ?? 0;
  if (start) await press(p, ui(p.locale, 'quiz.start'));
  const answered: Answered[] = [];
  for (let n = from; n <= until; n++) {
    const answer = await answerItem(p, quiz, wrong > 0);
    if (!answer.correct) wrong--;
    answered.push(answer);
    await press(p, ui(p.locale, n < count ? 'quiz.next' : 'quiz.seeResults'));
  }
  return answered;
}

/** Takes the whole quiz; `wrong` items answered wrongly where possible; checks the score shown. */
export async function playQuiz(p: Player, quiz: QuizData, wrong = 0): Promise<Answered[]> {
  const answered = await answerItems(p, quiz, { wrong });
  const score = Math.round((100 * answered.filter((a) => a.correct).length) / answered.length);
  await expect(p.root.locator('wm-quiz').getByText(ui(p.locale, 'quiz.scored').replace('{{score}}', String(score)))).toBeVisible();
  return answered;
}

export async function playReflection(p: Player, r: ReflectionData, text: TextFor = REFLECTION_TEXT, how: 'type' | 'insert' = 'type'): Promise<void> {
  for (const prompt of r.prompts) await fill(p, p.root.locator('wm-reflection').getByLabel(prompt.text, { exact: true }), text, how);
  await press(p, ui(p.locale, 'reflection.save'));
  if (p.savedNotice !== false) await expect(p.root.locator('wm-reflection').getByText(ui(p.locale, 'reflection.saved'))).toBeVisible();
  await expect(p.root.locator('wm-course nav a', { hasText: r.title })).toContainText(ui(p.locale, 'course.status.completed'));
}

/** Moves on to the next activity and waits for focus on its heading. */
export async function next(p: Player): Promise<void> {
  await press(p, ui(p.locale, 'course.next'));
  await expect.poll(() => isFocused(activityHeading(p))).toBe(true);
}

export interface ModulePlay {
  /** Choice ids through the dialogue; the best path by default. */
  dialoguePath?: string[];
  /** Quiz items to answer wrongly where possible. */
  wrong?: number;
  /** Start on this activity (the learner is already there); the module's first by default. */
  from?: string;
  /** Stop on this activity (not played). */
  stopAt?: string;
}

/**
 * Plays a module from its current activity (its first by default: from the previous module's
 * end or the module's start, the learner goes on to it) up to the certificate, which is left for
 * the test. After the module's last activity, Next leads to the module's end screen.
 */
export async function playModule(p: Player, module: ModuleData, options: ModulePlay = {}): Promise<{ answered: Answered[] }> {
  const heading = activityHeading(p);
  if (!options.from) await toActivity(p);
  let answered: Answered[] = [];
  const first = options.from ? module.activities.findIndex((a) => a.id === options.from) : 0;
  for (const activity of module.activities.slice(first)) {
    await expect(heading).toHaveText(activity.title);
    if (activity.id === options.stopAt || activity.type === 'certificate') break;
    if (activity.type === 'dialogue') await playDialogue(p, activity, options.dialoguePath);
    if (activity.type === 'feedback-exercise') await playExercise(p, activity);
    if (activity.type === 'quiz') answered = await playQuiz(p, activity, options.wrong);
    if (activity.type === 'reflection') await playReflection(p, activity);
    await next(p);
  }
  return { answered };
}

/** Types the name on the certificate and returns the certificate code shown. */
export async function signCertificate(p: Player, name: TextFor, how: 'type' | 'insert' = 'type'): Promise<string> {
  await fill(p, p.root.locator('wm-certificate').locator('input'), name, how);
  await p.page.keyboard.press('Tab');
  return certificateCode(p);
}

/** The verification code on the issued certificate (its name typed, or given by the LMS). */
export async function certificateCode(p: Player): Promise<string> {
  const code = p.root.locator('wm-certificate').getByText(/WM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
  await expect(code).toBeVisible();
  return code.innerText();
}
