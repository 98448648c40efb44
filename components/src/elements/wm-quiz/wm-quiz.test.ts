import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import { attemptSeed, drawItems } from '../../runtime/quiz-draw.ts';
import { optionOrder } from '../../runtime/quiz-scoring.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import type { WmAnswerSubmitEvent, WmQuizStartEvent, WmQuizSubmitEvent } from './events.ts';
import { allKinds, attemptProgress, drawnQuiz, itemOf, items, rightAnswers, wrongAnswers } from './test-data.ts';
import { checkAnswer, click, count, focused, give, q, renderQuiz, stepTexts, text, texts } from './test-driver.ts';


const ids = items.map((i) => i.id);
const stepText: Record<string, string> = { observe: 'Observe', describe: 'Describe what you saw', effect: 'Name the effect', ask: 'Ask for their view' };

describe('<wm-quiz>', () => {
  afterEach(async () => {
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('introduces the quiz with its number of items, pass mark and attempts left', async () => {
    const el = await renderQuiz(allKinds);
    expect(text(el, '.intro > p')).to.equal('Check what you know about the basics of mentoring.');
    expect(texts(el, '.facts li')).to.deep.equal(['6 questions', 'Pass mark: 60%', '2 attempts left']);
    expect(text(el, 'button')).to.equal('Start the quiz');
    await expectAccessible(el, 'intro');
    const unlimited = await renderQuiz(drawnQuiz);
    expect(texts(unlimited, '.facts li')).to.deep.equal(['3 questions', 'Pass mark: 60%', 'Try as often as you like']);
  });

  it('starts an attempt with a seeded draw, dispatches wm-quiz-start and focuses the first question heading', async () => {
    const el = await renderQuiz(drawnQuiz);
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    await click(el, 'button');
    const event = await started;
    expect(event.attempt).to.equal(1);
    expect(event.items).to.deep.equal(drawItems(drawnQuiz, attemptSeed('', 1)));
    expect(event.progress).to.deep.equal({ type: 'quiz', attemptsUsed: 0, passed: false, current: { items: event.items, answers: {}, submitted: false } });
    expect(focused(el)).to.equal('h3#item-title');
    expect(text(el, '#item-title')).to.equal('Question 1 of 3');
  });

  it('can be played with the keyboard alone: Tab, arrow keys, Space and Enter', async () => {
    const el = await renderQuiz(allKinds);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal('h3#item-title');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('input[mentor]');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('button.check');
    const answered = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await answered).response).to.deep.equal({ kind: 'single-choice', option: 'all-three' });
    await el.updateComplete;
    expect(focused(el)).to.equal('button#next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '#item-title')).to.equal('Question 2 of 6');
    expect(focused(el)).to.equal('h3#item-title');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const second = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await second;
    expect(event.response).to.deep.equal({ kind: 'multiple-response', options: ['specific', 'timely'] });
    expect(event.correct).to.equal(true);
  });

  it('moves ordering steps with the keyboard, keeps focus on the moved button and announces the new order', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['feedback-steps']));
    const before = stepTexts(el);
    const expected = optionOrder(itemOf('feedback-steps'), attemptSeed('', 1)).map((id) => stepText[id]);
    expect(before).to.deep.equal(expected);
    const first = optionOrder(itemOf('feedback-steps'), attemptSeed('', 1))[0]!;
    q(el, `button[data-step="${first}"][data-by="1"]`)!.focus();
    expect(q(el, `button[data-step="${first}"][data-by="1"]`)!.getAttribute('aria-label')).to.equal(`Move down: ${stepText[first]}`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepTexts(el)).to.deep.equal([before[1], before[0], before[2], before[3]]);
    expect(focused(el)).to.equal(`button.secondary.move[${first}]`);
    expect(q(el, ':focus-visible, button:focus')!.getAttribute('data-by')).to.equal('1');
    expect(text(el, '.item > .visually-hidden[role="status"]')).to.equal(
      `“${before[0]}” is now step 2 of 4. The order is now: 1. ${before[1]}, 2. ${before[0]}, 3. ${before[2]}, 4. ${before[3]}.`,
    );
    // At the top, Move up is aria-disabled: it keeps focus and changes nothing.
    const top = optionOrder(itemOf('feedback-steps'), attemptSeed('', 1))[1]!;
    q(el, `button[data-step="${top}"][data-by="-1"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepTexts(el)).to.deep.equal([before[1], before[0], before[2], before[3]]);
    expect(focused(el)).to.equal(`button.secondary.move[${top}]`);
  });

  it('picks matches with the keyboard in the native selects', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['roles']));
    q(el, '#match-mentor')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const firstMatch = optionOrder(itemOf('roles'), attemptSeed('', 1))[0]!;
    expect(q<HTMLSelectElement>(el, '#match-mentor')!.value).to.equal(firstMatch);
    expect(texts(el, '#match-mentor option').slice(1)).to.deep.equal(
      optionOrder(itemOf('roles'), attemptSeed('', 1)).map((id) => (itemOf('roles') as { pairs: Array<{ id: string; match: string }> }).pairs.find((p) => p.id === id)!.match),
    );
  });

  it('submits the attempt with the last answer, then shows the results on request', async () => {
    const answers: Record<string, QuizResponse> = { ...rightAnswers, roles: wrongAnswers.roles! };
    delete answers.portfolio;
    const el = await renderQuiz(allKinds, attemptProgress(ids, answers));
    expect(text(el, '#item-title')).to.equal('Question 6 of 6');
    const events: string[] = [];
    for (const name of ['wm-answer-submit', 'wm-quiz-submit']) el.addEventListener(name, () => events.push(name));
    const scored = oneEvent(el, 'wm-quiz-submit') as Promise<WmQuizSubmitEvent>;
    await give(el, rightAnswers.portfolio!);
    await checkAnswer(el);
    const event = await scored;
    expect(events).to.deep.equal(['wm-answer-submit', 'wm-quiz-submit']);
    expect({ score: event.score, passed: event.passed, attempt: event.attempt, attemptsLeft: event.attemptsLeft }).to.deep.equal({
      score: 83, passed: true, attempt: 1, attemptsLeft: 1,
    });
    expect(event.progress).to.include({ attemptsUsed: 1, best: 83, passed: true });
    expect(text(el, '#next')).to.equal('See results');
    await click(el, '#next');
    expect(focused(el)).to.equal('h3#results-title');
    expect(text(el, '.score')).to.equal('You scored 83%.');
    expect(text(el, '.results .verdict')).to.equal('Passed. The pass mark is 60%.');
    expect(texts(el, '.summary .mark')).to.deep.equal(['Correct', 'Correct', 'Correct', 'Not correct', 'Correct', 'Correct']);
    expect(text(el, '.results button')).to.equal('Try again');
    await expectAccessible(el, 'results passed');
  });

  it('shows a failed result with the attempts left and a way to try again', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(ids, wrongAnswers, { submitted: true, score: 0, best: 0 }));
    expect(text(el, '.results .verdict')).to.equal('Not passed. The pass mark is 60%.');
    expect(text(el, '.results > p:not(.score):not(.verdict)')).to.equal('1 attempt left');
    expect(count(el, '.results button')).to.equal(1);
    expect(q(el, '.results .verdict svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el, 'results failed');
  });

  it('says clearly when no attempts are left and offers no new attempt', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(ids, wrongAnswers, { submitted: true, score: 17, best: 33, attemptsUsed: 2 }));
    expect(text(el, '.notice')).to.equal('You have used all your attempts. Your best score, 33%, is the one that counts.');
    expect(count(el, 'button')).to.equal(0);
    expect(text(el, '.results')).to.contain('Your best score so far: 33%');
    await expectAccessible(el, 'results, no attempts left');
  });

  it('draws anew on Try again and counts the attempt', async () => {
    const first = drawItems(drawnQuiz, attemptSeed('', 1));
    const el = await renderQuiz(drawnQuiz, attemptProgress(first, {}, { submitted: true, score: 0, best: 0 }));
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    await click(el, '.results button');
    const event = await started;
    expect(event.attempt).to.equal(2);
    expect(event.items).to.deep.equal(drawItems(drawnQuiz, attemptSeed('', 2)));
    expect(event.items).not.to.deep.equal(first);
    expect(focused(el)).to.equal('h3#item-title');
    expect(text(el, '#item-title')).to.equal('Question 1 of 3');
  });

  it('resumes mid-attempt at the first unanswered item without moving focus', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(ids, { agreement: rightAnswers.agreement!, 'useful-feedback': wrongAnswers['useful-feedback']! }));
    expect(text(el, '#item-title')).to.equal('Question 3 of 6');
    expect(count(el, 'button.check')).to.equal(1);
    expect(focused(el)).to.equal('nothing');
  });

  it('resumes an ordering item in the order first shown, and an answered item with its feedback', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['feedback-steps', 'roles'], {}, { attemptsUsed: 1 }));
    expect(stepTexts(el)).to.deep.equal(optionOrder(itemOf('feedback-steps'), attemptSeed('', 2)).map((id) => stepText[id]));
    const answered = await renderQuiz(allKinds, attemptProgress(['agreement'], { agreement: wrongAnswers.agreement! }));
    expect(text(answered, '.feedback')).to.contain('Not correct');
    expect(text(answered, '#next')).to.equal('See results');
    const scored = oneEvent(answered, 'wm-quiz-submit') as Promise<WmQuizSubmitEvent>;
    await click(answered, '#next');
    expect((await scored).score).to.equal(0);
    expect(focused(answered)).to.equal('h3#results-title');
  });

  it('keeps the screen when the shell hands back its progress, and restores when given another', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(ids));
    const answered = oneEvent(el, 'wm-answer-submit') as Promise<WmAnswerSubmitEvent>;
    await give(el, rightAnswers.agreement!);
    await checkAnswer(el);
    el.progress = structuredClone((await answered).progress);
    await el.updateComplete;
    expect(text(el, '#item-title')).to.equal('Question 1 of 6');
    expect(text(el, '.feedback')).to.contain('Correct');
    el.progress = undefined;
    await el.updateComplete;
    expect(text(el, 'button')).to.equal('Start the quiz');
  });

  it('drops a stored attempt whose items no longer exist', async () => {
    const el = await renderQuiz(allKinds, attemptProgress(['removed-item']));
    expect(text(el, 'button')).to.equal('Start the quiz');
    const started = oneEvent(el, 'wm-quiz-start') as Promise<WmQuizStartEvent>;
    await click(el, 'button');
    expect((await started).items).to.deep.equal(ids);
  });

  it('in review mode plays along but dispatches nothing', async () => {
    const el = await renderQuiz(allKinds, undefined, true);
    const seen: string[] = [];
    for (const name of ['wm-quiz-start', 'wm-answer-submit', 'wm-quiz-submit']) el.addEventListener(name, () => seen.push(name));
    await click(el, 'button');
    await give(el, rightAnswers.agreement!);
    await checkAnswer(el);
    expect(text(el, '.feedback')).to.contain('Correct');
    expect(seen).to.deep.equal([]);
  });

  it('speaks Norwegian and Dutch when the interface language changes', async () => {
    const el = await renderQuiz(allKinds);
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(texts(el, '.facts li')).to.deep.equal(['6 spørsmål', 'Krav for å bestå: 60 %', '2 forsøk igjen']);
    expect(text(el, 'button')).to.equal('Start quizen');
    await expectAccessible(el, 'intro, nb');
    await setUiLanguage('nl');
    const done = await renderQuiz(allKinds, attemptProgress(ids, rightAnswers, { submitted: true, score: 100, best: 100, passed: true }));
    expect(text(done, '.results .verdict')).to.equal('Geslaagd. Je moest minstens 60% halen.');
    expect(text(done, '.results > p:not(.score):not(.verdict)')).to.equal('Nog 1 poging');
    await expectAccessible(done, 'results passed, nl');
  });

  it('fits a 320 px wide screen without horizontal scrolling, with 44 px touch targets', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const id of ['feedback-steps', 'roles', 'useful-feedback']) {
      const el = await renderQuiz(allKinds, attemptProgress([id]));
      expect(document.documentElement.scrollWidth, id).to.be.at.most(320);
      expect(el.scrollWidth, id).to.be.at.most(el.clientWidth);
      for (const target of el.shadowRoot!.querySelectorAll('button, select, .option')) {
        expect(target.getBoundingClientRect().height, `${id} ${target.localName}`).to.be.at.least(44);
      }
    }
  });
});
