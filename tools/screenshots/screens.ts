/**
 * Every distinct screen of the real course a mentor can meet, and how to reach it: the progress
 * to seed (seed-progress.ts), the hash to open, then what a learner does on the screen (clicks,
 * typing, a second tab). `reached` says whether the player really shows that screen, so a
 * screen the player cannot show yet (or no longer) is flagged instead of silently photographed
 * as something else. Names are kebab-case, numbered in the order a mentor meets them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CourseData, FeedbackExerciseData, QuizData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { verificationCode } from '../../components/src/runtime/verification-code.ts';
import { answerItem, player, ui, type Player } from '../../tests/e2e/support/play-fixture.ts';
import { sortingScore } from '../../components/src/runtime/feedback-sorting.ts';
import {
  bestPath,
  exerciseAt,
  failedFinalAttempts,
  finalModuleId,
  quizAttempt,
  reflection,
  SCREENSHOT_LEARNER,
  SeededProgress,
  walk,
  worstPath,
  WRITTEN_FEEDBACK,
} from './seed-progress.ts';

/** What a screen's steps get: the page, the player helpers, the course text in this language. */
export interface ScreenSession {
  page: Page;
  context: BrowserContext;
  player: Player;
  course: CourseData;
  locale: Locale;
  /** The package's start URL. */
  url: string;
  /** Opens the package in this context (a second tab), ready. */
  openTab(hash?: string): Promise<Page>;
}

export interface Screen {
  name: string;
  /** What the screen is, for the list and the contact sheet. */
  title: string;
  /** The progress to seed; none: a first visit. */
  seed?: (s: SeededProgress) => void;
  /** The hash to open (`#/<module>/<activity>`, `#/~welcome`, ...); none: where the player starts or resumes. */
  hash?: string;
  /** Before the page loads, e.g. blocking a request or breaking storage. */
  before?: (page: Page) => Promise<void>;
  /** What the learner does on the screen; may return another tab to photograph. */
  act?: (s: ScreenSession) => Promise<Page | void>;
  /** Whether the player shows the screen asked for (default: the hash asked for is the hash shown). */
  reached?: (s: ScreenSession, page: Page) => Promise<boolean>;
}

const M1 = 'three-way-agreement';
const M2 = 'being-a-mentor';
const M3 = 'preparing-the-placement';
const FINAL_MODULE = 'final-assessment';
const FINAL = `${FINAL_MODULE}/final-quiz`;
const CERTIFICATE = `${FINAL_MODULE}/certificate`;

/** Names typed on the certificate: what a mentor in each country might be called, with the letters that break PDFs. */
export const CERTIFICATE_NAMES: Record<Locale, string> = { en: "Siobhán O'Connor-Nguyễn", nl: 'Lotte Van den Broeck-Çelik', nb: 'Åse Kristin Øvrebø' };

const visible = (page: Page, selector: string) => async () => (await page.locator(selector).count()) > 0 && page.locator(selector).first().isVisible();
const shows = (selector: string) => (_: ScreenSession, page: Page) => visible(page, selector)();

const quiz = (s: SeededProgress, key = `${M1}/three-way-quiz`) => s.activity(key.split('/')[0]!, key.split('/')[1]!) as QuizData;
const exercise = (s: SeededProgress) => s.activity(M1, 'meeting-notes-feedback') as FeedbackExerciseData;
const dialogue = (s: SeededProgress) => s.activity(M1, 'clashing-expectations') as Parameters<typeof walk>[0];
const finalQuiz = (s: SeededProgress) => s.activity(FINAL_MODULE, 'final-quiz') as QuizData;

/** Every module done, the final assessment passed, and the certificate issued today with the name typed. */
function courseDone(s: SeededProgress, locale: Locale): void {
  s.completeAllModules().completeModule(finalModuleId(s.course) ?? FINAL_MODULE);
  const issuedOn = new Date().toISOString().slice(0, 10);
  const code = verificationCode({ courseId: s.course.id, version: s.course.version, learnerId: SCREENSHOT_LEARNER, issuedOn });
  s.progress = { ...s.progress, certificate: { issuedOn, code, name: CERTIFICATE_NAMES[locale] } };
}

/** Sets the tracking notice's state directly: the web package's offline tracker never goes unhealthy, but an LMS package does, and the shell shows the same element. */
const noticeState = (state: string) => async ({ page }: ScreenSession) => {
  await page.locator('wm-tracking-notice').evaluate((el, value) => {
    (el as HTMLElement & { state: string }).state = value;
  }, state);
  await page.waitForTimeout(100);
};

const QUIZ_KINDS = ['single-choice', 'multiple-response', 'true-false', 'matching', 'ordering', 'fill-in'] as const;

export function screens(locale: Locale): Screen[] {
  return [
    {
      name: '01-welcome',
      title: 'First visit: what the player opens with (the welcome)',
      reached: async (_, page) => (await page.evaluate(() => location.hash)) === '#/~welcome',
    },
    {
      name: '02-welcome-back',
      title: 'A returning mentor, four activities into module 1 (no hash: the player resumes)',
      seed: (s) => s.completeFirst(M1, 4).at(M1, 'first-three-way-meeting'),
      reached: async (_, page) => (await page.evaluate(() => location.hash)) !== '',
    },
    { name: '03-module-start', title: 'Module 1 start', hash: `#/${M1}/~start` },
    { name: '04-module-start-later', title: 'Module 3 start, modules 1 and 2 done', seed: (s) => s.completeModule(M1).completeModule(M2), hash: `#/${M3}/~start` },
    { name: '05-page', title: 'Page: the first page of module 1', hash: `#/${M1}/three-partners` },
    { name: '06-page-table', title: 'Page with a table (whom to call)', hash: `#/${M1}/whom-to-call` },
    { name: '07-dialogue-start', title: 'Dialogue: start, nothing said yet', hash: `#/${M1}/clashing-expectations`, reached: shows('wm-dialogue fieldset') },
    {
      name: '08-dialogue-choice',
      title: 'Dialogue: a reply chosen, not yet said',
      hash: `#/${M1}/clashing-expectations`,
      act: async ({ page }) => {
        await page.locator('wm-dialogue fieldset input[type="radio"]').first().check();
      },
      reached: async (_, page) => page.locator('wm-dialogue fieldset input[type="radio"]').first().isChecked(),
    },
    {
      name: '09-dialogue-mid',
      title: 'Dialogue: two replies in, the scene goes on',
      seed: (s) => s.set(M1, 'clashing-expectations', walk(dialogue(s), bestPath(dialogue(s)).slice(0, 2))),
      hash: `#/${M1}/clashing-expectations`,
      reached: shows('wm-dialogue fieldset'),
    },
    {
      name: '10-dialogue-ending-best',
      title: 'Dialogue: the best ending',
      seed: (s) => s.set(M1, 'clashing-expectations', walk(dialogue(s), bestPath(dialogue(s)))),
      hash: `#/${M1}/clashing-expectations`,
      reached: shows('wm-dialogue .ending'),
    },
    {
      name: '11-dialogue-ending-weak',
      title: 'Dialogue: the weakest ending',
      seed: (s) => s.set(M1, 'clashing-expectations', walk(dialogue(s), worstPath(dialogue(s)))),
      hash: `#/${M1}/clashing-expectations`,
      reached: shows('wm-dialogue .ending'),
    },
    { name: '12-exercise-work', title: 'Feedback exercise: write and sort (empty)', hash: `#/${M1}/meeting-notes-feedback`, reached: shows('wm-feedback-exercise textarea') },
    {
      name: '13-exercise-sorting-checked',
      title: 'Feedback exercise: written, sorting checked with one statement wrong',
      seed: (s) => {
        const ex = exercise(s);
        const statements = ex.sort!.statements;
        const categories = ex.sort!.categories;
        const sorted = Object.fromEntries(statements.map((st, i) => [st.id, i === 0 ? categories.find((c) => c.id !== st.category)!.id : st.category]));
        s.set(M1, ex.id, { type: 'feedback-exercise', stage: 'work', written: WRITTEN_FEEDBACK, sorted, checked: true, ratings: {}, score: sortingScore(ex.sort!, sorted) });
      },
      hash: `#/${M1}/meeting-notes-feedback`,
    },
    { name: '14-exercise-rate', title: 'Feedback exercise: rate your own feedback', seed: (s) => s.set(M1, 'meeting-notes-feedback', exerciseAt(exercise(s), 'rate')), hash: `#/${M1}/meeting-notes-feedback` },
    { name: '15-exercise-compare', title: 'Feedback exercise: compare with the model', seed: (s) => s.set(M1, 'meeting-notes-feedback', exerciseAt(exercise(s), 'compare')), hash: `#/${M1}/meeting-notes-feedback` },
    { name: '16-quiz-intro', title: 'Module quiz: before the start', hash: `#/${M1}/three-way-quiz` },
    ...QUIZ_KINDS.map(
      (kind, i): Screen => ({
        name: `${17 + i}-quiz-item-${kind}`,
        title: `Module quiz: a ${kind.replace('-', ' ')} question`,
        seed: (s) => s.set(M1, 'three-way-quiz', quizAttempt(quiz(s), undefined, 0, { first: kind })),
        hash: `#/${M1}/three-way-quiz`,
        reached: shows('wm-quiz form'),
      }),
    ),
    {
      name: '23-quiz-feedback-right',
      title: 'Module quiz: a right answer checked',
      seed: (s) => s.set(M1, 'three-way-quiz', quizAttempt(quiz(s), undefined, 0, { first: 'single-choice' })),
      hash: `#/${M1}/three-way-quiz`,
      act: async ({ player: p, course }) => void (await answerItem(p, quizOf(course, `${M1}/three-way-quiz`))),
      reached: shows('wm-quiz .feedback.right'),
    },
    {
      name: '24-quiz-feedback-wrong',
      title: 'Module quiz: a wrong answer checked, with the right one',
      seed: (s) => s.set(M1, 'three-way-quiz', quizAttempt(quiz(s), undefined, 0, { first: 'multiple-response' })),
      hash: `#/${M1}/three-way-quiz`,
      act: async ({ player: p, course }) => void (await answerItem(p, quizOf(course, `${M1}/three-way-quiz`), true)),
      reached: shows('wm-quiz .feedback.wrong'),
    },
    { name: '25-quiz-result-passed', title: 'Module quiz: passed, question by question', seed: (s) => s.set(M1, 'three-way-quiz', quizAttempt(quiz(s), undefined, 99)), hash: `#/${M1}/three-way-quiz`, reached: shows('wm-quiz .results') },
    {
      name: '26-quiz-result-failed',
      title: 'Module quiz: not passed, try again',
      seed: (s) => s.set(M1, 'three-way-quiz', quizAttempt(quiz(s), undefined, 99, { wrong: 7 })),
      hash: `#/${M1}/three-way-quiz`,
      reached: shows('wm-quiz .results'),
    },
    { name: '27-reflection', title: 'Reflection: empty', hash: `#/${M1}/my-triangle` },
    {
      name: '28-reflection-saved',
      title: 'Reflection: written and saved to the portfolio',
      seed: (s) => s.set(M1, 'my-triangle', reflection(s.activity(M1, 'my-triangle') as Parameters<typeof reflection>[0], false)),
      hash: `#/${M1}/my-triangle`,
      act: async ({ page, locale: l }) => {
        await page.locator('wm-reflection').getByRole('button', { name: ui(l, 'reflection.save'), exact: true }).click();
        await page.locator('wm-reflection .status.saved').waitFor();
      },
    },
    { name: '29-module-end', title: 'Module 1 end, all done', seed: (s) => s.completeModule(M1), hash: `#/${M1}/~end` },
    { name: '30-module-end-partial', title: 'Module 1 end, two activities skipped', seed: (s) => s.completeFirst(M1, 8), hash: `#/${M1}/~end` },
    { name: '31-final-locked', title: 'Final assessment: locked, modules still to do', seed: (s) => s.completeModule(M1), hash: `#/${FINAL}` },
    { name: '32-final-intro', title: 'Final assessment: open, before the start', seed: (s) => s.completeAllModules(), hash: `#/${FINAL}` },
    {
      name: '33-final-in-progress',
      title: 'Final assessment: question 6 of 16, five answers saved',
      seed: (s) => s.completeAllModules().set(FINAL_MODULE, 'final-quiz', quizAttempt(finalQuiz(s), undefined, 5)),
      hash: `#/${FINAL}`,
      reached: shows('wm-quiz form'),
    },
    {
      name: '34-final-answer-saved',
      title: 'Final assessment: an answer saved (no right answer shown)',
      seed: (s) => s.completeAllModules().set(FINAL_MODULE, 'final-quiz', quizAttempt(finalQuiz(s), undefined, 5)),
      hash: `#/${FINAL}`,
      act: async ({ player: p, course }) => void (await answerItem(p, quizOf(course, FINAL))),
    },
    {
      name: '35-final-summary-passed',
      title: 'Final assessment: passed, the summary by competence',
      seed: (s) => s.completeAllModules().set(FINAL_MODULE, 'final-quiz', quizAttempt(finalQuiz(s), undefined, 99, { wrong: 2 })),
      hash: `#/${FINAL}`,
      reached: shows('wm-quiz .results'),
    },
    {
      name: '36-final-summary-failed',
      title: 'Final assessment: not passed, two attempts left',
      seed: (s) => s.completeAllModules().set(FINAL_MODULE, 'final-quiz', quizAttempt(finalQuiz(s), undefined, 99, { wrong: 6 })),
      hash: `#/${FINAL}`,
      reached: shows('wm-quiz .results'),
    },
    {
      name: '37-final-attempts-used',
      title: 'Final assessment: three attempts used, wait 24 hours',
      seed: (s) => s.completeAllModules().set(FINAL_MODULE, 'final-quiz', failedFinalAttempts(finalQuiz(s), 3)),
      hash: `#/${FINAL}`,
    },
    { name: '38-certificate-locked', title: 'Certificate: locked, what is missing', seed: (s) => s.completeModule(M1), hash: `#/${CERTIFICATE}` },
    {
      name: '39-certificate-issued',
      title: 'Certificate: issued, name typed',
      seed: (s) => s.completeAllModules().completeModule(FINAL_MODULE),
      hash: `#/${CERTIFICATE}`,
      act: async ({ page, locale: l }) => {
        const input = page.locator('wm-certificate input').first();
        await input.fill(CERTIFICATE_NAMES[l] ?? CERTIFICATE_NAMES.en!);
        await input.press('Tab');
        await page.locator('wm-certificate').getByText(/WM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/).first().waitFor();
      },
    },
    { name: '40-course-end', title: 'Course end: everything done, certificate issued', seed: (s) => courseDone(s, locale), hash: '#/~end' },
    {
      name: '41-contents-open',
      title: 'Contents open, in module 3 (modules 1 and 2 done)',
      seed: (s) => s.completeModule(M1).completeModule(M2).completeFirst(M3, 2),
      hash: `#/${M3}/before-day-one`,
      act: async ({ page }) => {
        const toggle = page.locator('wm-course button[aria-controls="toc"]').first();
        if ((await toggle.count()) > 0 && (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      },
      reached: shows('wm-course nav#toc'),
    },
    {
      name: '42-notice-other-tab-records',
      title: 'Notice: the course is open in another tab that saves (this one saves nothing)',
      hash: `#/${M1}/three-partners`,
      act: async ({ openTab }) => openTab(`#/${M1}/three-partners`),
      reached: shows('wm-tracking-notice [part="notice"]'),
    },
    {
      name: '43-notice-this-tab-records',
      title: 'Notice: the course was opened in another tab too; this one keeps saving',
      hash: `#/${M1}/three-partners`,
      act: async ({ openTab, page }) => {
        await openTab(`#/${M1}/three-partners`);
        await page.bringToFront();
      },
      reached: shows('wm-tracking-notice [part="notice"]'),
    },
    {
      name: '44-notice-other-tab-closed',
      title: 'Notice: the tab that saved has closed; reload this one',
      hash: `#/${M1}/three-partners`,
      act: async ({ openTab, page }) => {
        const second = await openTab(`#/${M1}/three-partners`);
        await page.close();
        await second.waitForTimeout(500);
        return second;
      },
      reached: shows('wm-tracking-notice [part="notice"]'),
    },
    { name: '45-notice-saved-on-device', title: 'Notice: the LMS does not answer, progress kept on this device', hash: `#/${M1}/three-partners`, act: noticeState('saved-on-device'), reached: shows('wm-tracking-notice [part="notice"]') },
    { name: '46-notice-sent', title: 'Notice: the LMS answers again, everything sent', hash: `#/${M1}/three-partners`, act: noticeState('sent'), reached: shows('wm-tracking-notice [part="notice"]') },
    { name: '47-notice-refused', title: 'Notice: the LMS refused some data', hash: `#/${M1}/three-partners`, act: noticeState('refused'), reached: shows('wm-tracking-notice [part="notice"]') },
    {
      name: '48-notice-save-failed',
      title: 'Notice: this browser could not save the progress (storage full)',
      seed: (s) => s.completeFirst(M1, 1),
      hash: `#/${M1}/who-is-who`,
      before: async (page) => {
        // After the seed: every later save of the state fails as a full storage does.
        await page.addInitScript(() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key: string, value: string) {
            if (key.endsWith(':state') && document.readyState !== 'loading') throw new DOMException('full', 'QuotaExceededError');
            return setItem.call(this, key, value);
          };
        });
      },
      act: async ({ page }) => {
        await page.locator('wm-course main').evaluate((main) => main.scrollIntoView({ block: 'end' }));
        await page.mouse.wheel(0, 5000);
        await page.waitForTimeout(1500);
      },
      reached: shows('wm-course .notice.error'),
    },
    {
      name: '49-notice-activity-load-failed',
      title: 'Notice: the activity could not be loaded (network), with Try again',
      hash: `#/${M1}/my-triangle`,
      before: async (page) => {
        await page.route(/wm-reflection[^/]*\.js/, (route) => route.abort());
      },
      reached: shows('wm-course .notice.error'),
    },
  ];
}

const quizOf = (course: CourseData, key: string): QuizData => {
  const [moduleId, activityId] = key.split('/');
  return course.modules.find((m) => m.id === moduleId)!.activities.find((a) => a.id === activityId) as QuizData;
};

export { player };
