import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { QuizProgress } from '../../runtime/progress.ts';
import { minuteOf } from '../../runtime/final-attempts.ts';
import { attemptSeed, drawItems } from '../../runtime/quiz-draw.ts';
import { reopenCode, requestCode } from '../../runtime/reopen-code.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import type { WmAnswerSubmitEvent, WmQuizStartEvent, WmQuizSubmitEvent } from './events.ts';
import type { FinalSettings } from './final-view.ts';
import { allKinds, attemptProgress, items, rightAnswers, wrongAnswers } from './test-data.ts';
import { checkAnswer, click, count, focused, give, q, text, texts } from './test-driver.ts';
import './wm-quiz.ts';
import type { WmQuiz } from './wm-quiz.ts';

const HOUR = 3_600_000;
const now = Date.parse('2030-03-04T09:00:00Z');
const competences = [
  { id: 'agreements', title: 'Making agreements' },
  { id: 'feedback', title: 'Giving feedback' },
];
/** The final: every item of every kind, two competences, no right answers during the attempt. */
const exam: QuizData = {
  ...allKinds,
  id: 'exam',
  attempts: 0,
  feedback: 'summary',
  shuffle: true,
  items: items.map((item, i) => ({ ...item, module: i < 3 ? 'one' : 'two', competence: i < 3 ? 'agreements' : 'feedback' })),
};
const settings = (o: Partial<FinalSettings> & Partial<FinalSettings['policy']> = {}): FinalSettings => ({
  courseId: 'course',
  missing: o.missing ?? [],
  policy: { attempts: o.attempts ?? 2, retryAfterHours: o.retryAfterHours ?? 24, reset: o.reset ?? 'wait' },
});

const renderFinal = (final: FinalSettings, progress?: QuizProgress, clock = () => now, seed = 'anna') =>
  fixture<WmQuiz>(html`<wm-quiz .activity=${exam} .progress=${progress} .final=${final} .competences=${competences} .clock=${clock} .seed=${seed}></wm-quiz>`);

/** Progress after `used` attempts, the last at `at`, scoring 50. */
const usedUp = (used: number, at = now): QuizProgress => ({
  ...attemptProgress(items.map((i) => i.id), wrongAnswers, { submitted: true, score: 0, best: 0 }),
  attemptsUsed: used,
  lastAttemptAt: minuteOf(at),
});

describe('<wm-quiz> as the final assessment', () => {
  afterEach(() => setUiLanguage('en'));

  it('stays locked until the other modules are done, with a link to each', async () => {
    const el = await renderFinal(settings({ missing: [{ title: 'Giving feedback', href: '#/feedback/intro' }, { title: 'Evaluating', href: '#/evaluating/intro' }] }));
    expect(text(el, '.locked p')).to.equal('The final assessment opens when you have completed these modules:');
    expect(texts(el, '.locked a')).to.deep.equal(['Giving feedback', 'Evaluating']);
    expect(q<HTMLAnchorElement>(el, '.locked a')!.getAttribute('href')).to.equal('#/feedback/intro');
    expect(count(el, 'button')).to.equal(0);
    await expectAccessible(el, 'final locked');
  });

  it('tells the round rule and that results come at the end, and draws per learner', async () => {
    const el = await renderFinal(settings());
    expect(texts(el, '.facts li')).to.deep.equal([
      '6 questions',
      'Pass mark: 60%',
      '2 attempts left',
      'When these attempts are used up, you can try again 24 hours after your last attempt.',
      'You see your result at the end, not after each question.',
    ]);
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    await click(el, 'button');
    expect((await started).items).to.deep.equal(drawItems(exam, attemptSeed('anna', 1)));
    expect(drawItems(exam, attemptSeed('bram', 1))).not.to.deep.equal(drawItems(exam, attemptSeed('anna', 1)));
  });

  it('shows no right answer after an item, only that it was saved', async () => {
    const el = await renderFinal(settings(), attemptProgress(['agreement', 'roles']));
    expect(text(el, 'button.check')).to.equal('Save answer');
    await give(el, wrongAnswers.agreement!);
    const answered = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
    await checkAnswer(el);
    expect((await answered).correct).to.equal(false);
    expect(text(el, '.feedback')).to.equal('Your answer is saved. You see your result at the end.');
    expect(text(el, 'section.item')).not.to.contain('right answer');
    expect(text(el, 'section.item')).not.to.contain('Not correct');
    expect(count(el, '.mark')).to.equal(0);
    expect(focused(el)).to.equal('button#next');
    await click(el, '#next');
    await give(el, wrongAnswers.roles!);
    await checkAnswer(el);
    expect(count(el, '.mark')).to.equal(0);
    await expectAccessible(el, 'final, answer saved');
  });

  it('ends with the score, pass or fail and right answers per competence, never which options were right', async () => {
    const answers = { ...rightAnswers, 'first-day': wrongAnswers['first-day']!, roles: wrongAnswers.roles! };
    const el = await renderFinal(settings(), attemptProgress(items.map((i) => i.id), answers, { submitted: true, score: 67, best: 67, passed: true }));
    expect(text(el, '.score')).to.equal('You scored 67%.');
    expect(text(el, '.results .verdict')).to.equal('Passed. The pass mark is 60%.');
    expect(text(el, '.competences caption')).to.equal('Your result per competence');
    expect(texts(el, '.competences tbody tr')).to.deep.equal(['Making agreements 2 of 3', 'Giving feedback 2 of 3']);
    expect(count(el, 'ol.summary')).to.equal(0);
    expect(text(el, '.results')).not.to.contain('Who signs');
    await expectAccessible(el, 'final, per-competence summary');
  });

  it('stamps each submitted attempt with the learner\'s clock and counts the round', async () => {
    const el = await renderFinal(settings(), { ...attemptProgress(['agreement'], {}), attemptsUsed: 1 });
    await give(el, rightAnswers.agreement!);
    const submitted = oneEvent(el, 'wm-quiz-submit') as Promise<WmQuizSubmitEvent>;
    await checkAnswer(el);
    const event = await submitted;
    expect(event.progress.lastAttemptAt).to.equal(minuteOf(now));
    expect(event.attemptsLeft).to.equal(0);
  });

  it('after the last attempt of a round says when it opens again, then opens a new round', async () => {
    let clock = now + HOUR;
    const el = await renderFinal(settings(), usedUp(2), () => clock);
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(new Date(now + 24 * HOUR));
    expect(text(el, '.waiting')).to.equal(`You have used all the attempts of this round. You can try again from ${when}.`);
    expect(count(el, 'button')).to.equal(0);
    await expectAccessible(el, 'final, attempts used up, waiting');
    clock = now + 24 * HOUR;
    el.progress = usedUp(2);
    await el.updateComplete;
    expect(texts(el, '.results > p')).to.include('2 attempts left');
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    await click(el, '.results button');
    const event = await started;
    expect(event.progress.roundStart).to.equal(2);
    expect(event.attempt).to.equal(3);
  });

  it('opens the next round on screen when the wait is over, without a reload', async () => {
    const opensAt = now + 24 * HOUR;
    const started = Date.now();
    const el = await renderFinal(settings(), usedUp(2), () => opensAt - 300 + (Date.now() - started));
    expect(count(el, '.waiting')).to.equal(1);
    await waitUntil(() => q(el, '.results button'), 'the round never opened on screen', { timeout: 3000 });
  });

  it('with a facilitator reset shows a request code and opens only with the trainer\'s reopen code', async () => {
    const el = await renderFinal(settings({ reset: 'facilitator' }), usedUp(2), () => now + 1000 * HOUR);
    const request = requestCode({ courseId: 'course', learnerId: 'anna', attemptsUsed: 2 });
    expect(text(el, '.request-code')).to.equal(`Request code: ${request}`);
    await expectAccessible(el, 'final, attempts used up, trainer must reopen');
    const input = q<HTMLInputElement>(el, '#reopen-code')!;
    const code = reopenCode(request)!;
    input.value = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    await click(el, '.reopen button');
    expect(text(el, '#reopen-error')).to.equal('This code has a typing error. Check each character and try again.');
    expect(focused(el)).to.equal('input#reopen-code');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.value = reopenCode(requestCode({ courseId: 'course', learnerId: 'bram', attemptsUsed: 2 }))!;
    await click(el, '.reopen button');
    expect(text(el, '#reopen-error')).to.equal('This is not the reopen code for your request code. Check it with your trainer.');
    await expectAccessible(el, 'final, reopen code refused');
    input.value = code.toLowerCase();
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    input.focus();
    await sendKeys({ press: 'Enter' });
    const event = await started;
    expect(event.progress.roundStart).to.equal(2);
    expect(focused(el)).to.equal('h3#item-title');
  });

  it('speaks Dutch and Norwegian in the final\'s own words', async () => {
    await setUiLanguage('nl');
    const el = await renderFinal(settings({ reset: 'facilitator' }), usedUp(2));
    expect(text(el, '.closed p')).to.contain('Vraag je begeleider');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(text(el, '.closed p')).to.contain('Be kursholderen');
    expect(text(el, '.reopen label')).to.equal('Kode fra kursholderen');
  });
});
