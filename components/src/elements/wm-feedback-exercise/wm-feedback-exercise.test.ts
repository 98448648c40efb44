import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { requestFlush } from '../../controllers/flush-on-leave-controller.ts';
import { holdTimers } from '../../test-support/held-timers.ts';
import { closePage, hidePage } from '../../test-support/page-lifecycle.ts';
import type { WmExerciseChangeEvent, WmExerciseCheckEvent, WmExerciseCompleteEvent } from './events.ts';
import { atCompare, atRate, exercise, sortOnly, writeOnly } from './test-data.ts';
import { CHANGE_DEBOUNCE_MS } from './wm-feedback-exercise.ts';
import './wm-feedback-exercise.ts';
import type { WmFeedbackExercise } from './wm-feedback-exercise.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

type El = WmFeedbackExercise;
const render = (progress?: FeedbackExerciseProgress, { activity = exercise, review = false, seed = 'learner-1' }: { activity?: FeedbackExerciseData; review?: boolean; seed?: string } = {}) =>
  fixture<El>(html`<wm-feedback-exercise .activity=${activity} .progress=${progress} .review=${review} .seed=${seed}></wm-feedback-exercise>`);

const $ = <T extends Element = HTMLElement>(el: El, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: El, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
const focused = (el: El): Element | null => el.shadowRoot!.activeElement;
const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
const tick = async (el: El): Promise<void> => {
  await aTimeout(0);
  await el.updateComplete;
};

function collect<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  el.addEventListener(type, (event) => events.push(event));
  return events;
}

/** Statement ids in the order shown (choices, or results once checked). */
const shownStatements = (el: El): string[] => $$(el, '.statement select, .statement .result').map((n) => n.id.replace(/^(sort|result)-/, ''));

function choose(el: El, statementId: string, categoryId: string): void {
  const select = $<HTMLSelectElement>(el, `#sort-${statementId}`);
  select.value = categoryId;
  select.dispatchEvent(new Event('change'));
}

describe('<wm-feedback-exercise>', () => {
  afterEach(async () => {
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the situation, the work sample as a labelled region, the writing task and each statement with a category choice', async () => {
    const el = await render();
    expect(text($(el, '.situation'))).to.contain('second week as an apprentice');
    const sample = $(el, 'section.sample');
    expect(sample.getAttribute('aria-labelledby')).to.equal('sample-title');
    expect(text($(el, '#sample-title'))).to.equal('Daily report by Emma, second week');
    expect(getComputedStyle($(el, '.sample-text')).whiteSpace).to.equal('pre-wrap');
    expect(text($(el, 'label[for="written"]'))).to.equal(exercise.write!.prompt);
    expect($(el, '#written').getAttribute('maxlength')).to.equal('120');
    expect(text($(el, 'label[for="sort-better"]'))).to.equal('Your reports could be better.');
    expect($$(el, '#sort-better option').map(text)).to.deep.equal(['Choose a category', 'Specific and usable', 'Too vague to act on']);
    expect(text($(el, '.step'))).to.equal('Step 1 of 3');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    await expectAccessible(el, 'work, sorting unchecked');
  });

  it('can be completed with the keyboard only, moving focus to the score, then to each stage heading', async () => {
    const el = await render();
    const changes = collect(el, 'wm-exercise-change');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('written');
    await sendKeys({ type: 'Tell the nurse about falls.' });
    // On a closed <select>, ArrowDown picks the next option: once = first category, twice = second.
    const presses: Record<string, number> = { dubois: 1, better: 2, janssens: 1 };
    for (const id of shownStatements(el)) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal(`sort-${id}`);
      for (let i = 0; i < presses[id]!; i++) await sendKeys({ press: 'ArrowDown' });
    }
    expect(changes.length).to.be.greaterThan(0, 'the blur of the text area sent the writing');
    expect(changes.at(-1)!.progress.sorted).to.deep.equal({ dubois: 'specific', better: 'vague', janssens: 'specific' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('check')).to.equal(true);
    const checked = oneEvent(el, 'wm-exercise-check') as Promise<WmExerciseCheckEvent>;
    await sendKeys({ press: 'Enter' });
    const check = await checked;
    expect(check.score).to.equal(100);
    await tick(el);
    expect(focused(el)?.id).to.equal('sort-score');
    expect(text($(el, '#sort-score'))).to.equal('You sorted 3 of 3 statements correctly (100%).');
    await expectAccessible(el, 'work, sorting checked');

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('continue')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await tick(el);
    expect(focused(el)?.classList.contains('stage-heading')).to.equal(true);
    expect(text(focused(el)!)).to.equal('Rate your own feedback');
    expect(changes.at(-1)!.progress.stage).to.equal('rate');
    await expectAccessible(el, 'rate');

    await sendKeys({ press: 'Tab' }); // first level of the first criterion
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // second criterion: arrows move and select
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(changes.at(-1)!.progress.ratings).to.deep.equal({ concrete: 'not-yet', 'next-step': 'fully' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('compare')).to.equal(true);
    const completed = oneEvent(el, 'wm-exercise-complete') as Promise<WmExerciseCompleteEvent>;
    await sendKeys({ press: 'Enter' });
    const complete = await completed;
    expect(complete.progress).to.deep.equal({
      type: 'feedback-exercise',
      stage: 'compare',
      written: 'Tell the nurse about falls.',
      sorted: { dubois: 'specific', better: 'vague', janssens: 'specific' },
      checked: true,
      ratings: { concrete: 'not-yet', 'next-step': 'fully' },
      score: 100,
    });
    await tick(el);
    expect(text(focused(el)!)).to.equal('Compare with the model answer');
    await expectAccessible(el, 'compare');
  });

  it('sends the writing debounced with the new progress, once typing pauses', async () => {
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    try {
      const el = await render();
      const changes = collect(el, 'wm-exercise-change');
      $(el, '#written').focus();
      await sendKeys({ type: 'Good start' });
      expect(changes).to.have.length(0);
      expect(debounce.pending).to.equal(1, 'one debounce, restarted on every key');
      debounce.runAll();
      expect(changes).to.have.length(1);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
      expect(changes[0]!.progress).to.deep.equal({ type: 'feedback-exercise', stage: 'work', written: 'Good start', sorted: {}, checked: false, ratings: {} });
    } finally {
      debounce.restore();
    }
  });

  it('sends the writing typed just before the page closes or is hidden at once, without waiting for the debounce', async () => {
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    try {
      const el = await render();
      const changes = collect(el, 'wm-exercise-change');
      $(el, '#written').focus();
      await sendKeys({ type: 'Clear and kind' });
      expect(changes).to.have.length(0);
      closePage();
      expect(changes.map((c) => c.progress.written)).to.deep.equal(['Clear and kind']);
      await sendKeys({ type: ', thanks' });
      hidePage();
      expect(changes.map((c) => c.progress.written)).to.deep.equal(['Clear and kind', 'Clear and kind, thanks']);
      hidePage();
      expect(changes).to.have.length(2, 'nothing new, nothing sent again');
    } finally {
      debounce.restore();
    }
  });

  it('sends the pending writing before the shell saves on pagehide, when the shell calls requestFlush() first', async () => {
    const seenByShell: Array<string | undefined> = [];
    const shellPageHide = () => {
      requestFlush();
      seenByShell.push(changes.at(-1)?.progress.written);
    };
    window.addEventListener('pagehide', shellPageHide);
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    let changes: WmExerciseChangeEvent[] = [];
    try {
      const el = await render();
      changes = collect(el, 'wm-exercise-change');
      $(el, '#written').focus();
      await sendKeys({ type: 'Name one thing' });
      closePage();
      expect(seenByShell).to.deep.equal(['Name one thing']);
      expect(changes).to.have.length(1);
    } finally {
      debounce.restore();
      window.removeEventListener('pagehide', shellPageHide);
    }
  });

  it('shows the statements in an order shuffled per learner, kept once checked and after a resume', async () => {
    const ids = exercise.sort!.statements.map((st) => st.id);
    const orders = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const el = await render(undefined, { seed });
      expect(shownStatements(el)).to.deep.equal(learnerOrder(ids, seed, exercise.id));
      orders.add(shownStatements(el).join());
    }
    expect(orders.size).to.be.greaterThan(1);
    const checked = await render({ type: 'feedback-exercise', stage: 'work', sorted: { dubois: 'specific', better: 'vague', janssens: 'vague' }, checked: true, ratings: {}, score: 67 }, { seed: 'c' });
    expect(shownStatements(checked)).to.deep.equal(learnerOrder(ids, 'c', exercise.id));
  });

  it('shows each checked statement as correct or not in words and icon, with the right category and the explanation', async () => {
    const el = await render();
    choose(el, 'dubois', 'specific');
    choose(el, 'better', 'vague');
    choose(el, 'janssens', 'vague');
    const checked = oneEvent(el, 'wm-exercise-check') as Promise<WmExerciseCheckEvent>;
    $<HTMLButtonElement>(el, 'button.check').click();
    const event = await checked;
    expect(event.score).to.equal(67);
    expect(event.progress).to.include({ checked: true, score: 67 });
    await tick(el);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    const wrong = $(el, '#result-janssens');
    expect(wrong.classList.contains('incorrect')).to.equal(true);
    expect(text(wrong.querySelector('.verdict')!)).to.equal('✗ Not quite');
    expect(text(wrong)).to.contain('You chose: Too vague to act on');
    expect(text(wrong)).to.contain('It belongs under: Specific and usable');
    expect(text(wrong)).to.contain('A concrete action for a concrete risk.');
    expect(text($(el, '#result-dubois .verdict'))).to.equal('✓ Correct');
    expect($(el, '#sort-score').closest('[role="status"]')).to.not.equal(null);
    expect(text($(el, '#sort-score'))).to.equal('You sorted 2 of 3 statements correctly (67%).');
  });

  it('refuses to check while statements are unsorted, says how many, and focuses the first one', async () => {
    const el = await render();
    const checks = collect(el, 'wm-exercise-check');
    choose(el, 'dubois', 'specific');
    $<HTMLButtonElement>(el, 'button.check').click();
    await tick(el);
    expect(checks).to.have.length(0);
    expect(focused(el)?.id).to.equal(`sort-${shownStatements(el).find((id) => id !== 'dubois')}`);
    expect(text($(el, '.problem'))).to.equal('Sort 2 more statements before you check.');
  });

  it('continues to rating only with written feedback and a checked sorting, focusing what is missing', async () => {
    const el = await render();
    $<HTMLButtonElement>(el, 'button.continue').click();
    await tick(el);
    expect(focused(el)?.id).to.equal('written');
    expect($(el, '#written').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#written').getAttribute('aria-describedby')).to.contain('continue-problem');
    expect(text($(el, '#continue-problem'))).to.equal('Write your feedback before you continue.');
    await expectAccessible(el, 'work, nothing written');

    $(el, '#written').focus();
    await sendKeys({ type: 'Report falls.' });
    $<HTMLButtonElement>(el, 'button.continue').click();
    await tick(el);
    expect(focused(el)?.classList.contains('check')).to.equal(true);
    expect(text($(el, '#continue-problem'))).to.equal('Check your sorting before you continue.');
    expect(text($(el, '.step'))).to.equal('Step 1 of 3');
  });

  it('continues without writing when the exercise only sorts', async () => {
    const el = await render(undefined, { activity: sortOnly });
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    for (const id of ['dubois', 'better', 'janssens']) choose(el, id, 'vague');
    $<HTMLButtonElement>(el, 'button.check').click();
    await tick(el);
    $<HTMLButtonElement>(el, 'button.continue').click();
    await tick(el);
    expect(text($(el, '.stage-heading'))).to.equal('Rate your own feedback');
    expect($$(el, 'h4').map(text)).to.not.include('Your feedback');
  });

  it('continues without sorting when the exercise only asks to write', async () => {
    const el = await render(undefined, { activity: writeOnly });
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    $(el, '#written').focus();
    await sendKeys({ type: 'Report falls.' });
    $<HTMLButtonElement>(el, 'button.continue').click();
    await tick(el);
    expect(text($(el, '.stage-heading'))).to.equal('Rate your own feedback');
  });

  it('refuses to compare until every criterion is rated and focuses the first unrated one', async () => {
    const el = await render(atRate);
    const completes = collect(el, 'wm-exercise-complete');
    $<HTMLButtonElement>(el, 'button.compare').click();
    await tick(el);
    expect(completes).to.have.length(0);
    const first = focused(el) as HTMLInputElement;
    expect(first.name).to.equal('rate-next-step');
    expect(text($(el, '.problem'))).to.equal('Rate 1 more criterion before you compare.');
  });

  it('resumes at the rating stage with the written feedback read-only and the ratings restored', async () => {
    const el = await render(atRate);
    expect(document.activeElement).to.equal(document.body, 'restoring moves no focus');
    expect(text($(el, '.step'))).to.equal('Step 2 of 3');
    expect($(el, '.text-block').textContent).to.equal(atRate.written);
    expect($$(el, 'fieldset legend').map(text)).to.deep.equal(exercise.rubric.criteria.map((c) => c.text));
    expect($<HTMLInputElement>(el, 'input[name="rate-concrete"][value="partly"]').checked).to.equal(true);
    expect($$(el, 'input[name="rate-next-step"]:checked')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('resumes at the comparison with the model answer beside the learner’s feedback and ratings', async () => {
    const el = await render(atCompare);
    expect(text($(el, '.step'))).to.equal('Step 3 of 3');
    const blocks = $$(el, '.comparison .text-block').map((b) => b.textContent);
    expect(blocks).to.deep.equal([atCompare.written, exercise.model]);
    expect($$(el, '.ratings dd').map(text)).to.deep.equal(['Partly', 'Fully']);
    expect(text(el.shadowRoot!.querySelector('.comparison ~ p')!)).to.equal('You sorted 2 of 3 statements correctly (67%).');
    await expectAccessible(el, 'compare (resumed)');
  });

  it('resumes a checked sorting at the work stage with its results and no choices left', async () => {
    const el = await render({ ...atRate, stage: 'work' });
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button.check')).to.equal(null);
    expect($$(el, '.result')).to.have.length(3);
    expect($<HTMLTextAreaElement>(el, '#written').value).to.equal(atRate.written);
  });

  it('keeps what the learner typed when the shell passes the stored progress back later', async () => {
    const el = await render();
    $(el, '#written').focus();
    await sendKeys({ type: 'First' });
    const sent = ((await oneEvent(el, 'wm-exercise-change')) as WmExerciseChangeEvent).progress;
    await sendKeys({ type: ' and more' });
    await oneEvent(el, 'wm-exercise-change');
    await sendKeys({ type: '!' });
    // A shell that stores asynchronously hands back an earlier progress while the learner types on.
    el.progress = sent;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#written').value).to.equal('First and more!');
  });

  it('stops the written feedback at maxLength and counts the characters left', async () => {
    const el = await render();
    $(el, '#written').focus();
    await sendKeys({ type: 'y'.repeat(125) });
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#written').value).to.have.length(120);
    expect(text($(el, '#written-count'))).to.equal('0 characters left');
    expect($(el, '#written').getAttribute('aria-describedby')).to.equal('written-count');
  });

  it('shows the saved work read-only in review and sends no events', async () => {
    const el = await render(atCompare, { review: true });
    const events = [...collect(el, 'wm-exercise-change'), ...collect(el, 'wm-exercise-check'), ...collect(el, 'wm-exercise-complete')];
    expect(el.shadowRoot!.querySelectorAll('textarea, select, input, button')).to.have.length(0);
    expect($$(el, '.result')).to.have.length(3);
    expect($$(el, '.comparison .text-block').map((b) => b.textContent)).to.deep.equal([atCompare.written, exercise.model]);
    expect(el.shadowRoot!.querySelector('.step')).to.equal(null);
    expect(events).to.have.length(0);
    await expectAccessible(el, 'review');
  });

  it('fits a 320 px wide screen at every stage without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const progress of [undefined, { ...atRate, stage: 'work' as const }, atRate, atCompare]) {
      const el = await render(progress);
      expect(document.documentElement.scrollWidth, progress?.stage ?? 'fresh').to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const level of $$(el, '.level')) expect(level.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('speaks Dutch and Norwegian', async () => {
    await setUiLanguage('nl');
    const el = await render(atRate);
    expect(text($(el, '.step'))).to.equal('Stap 2 van 3');
    expect(text($(el, 'button.compare'))).to.equal('Vergelijk met het modelantwoord');
    await expectAccessible(el, 'rate, Dutch');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(text($(el, '.stage-heading'))).to.equal('Vurder din egen tilbakemelding');
  });
});
