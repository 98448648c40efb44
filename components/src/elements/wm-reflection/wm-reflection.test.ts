import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { ReflectionProgress } from '../../runtime/progress.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { ANNOUNCE_DELAY_MS } from '../../controllers/character-count-controller.ts';
import { requestFlush } from '../../controllers/flush-on-leave-controller.ts';
import { holdTimers } from '../../test-support/held-timers.ts';
import { closePage, hidePage } from '../../test-support/page-lifecycle.ts';
import type { WmReflectionChangeEvent } from './events.ts';
import { reflection } from './test-data.ts';
import { CHANGE_DEBOUNCE_MS } from './wm-reflection.ts';
import './wm-reflection.ts';
import type { WmReflection } from './wm-reflection.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

async function renderReflection(progress?: ReflectionProgress, review = false): Promise<WmReflection> {
  return fixture<WmReflection>(html`<wm-reflection .activity=${reflection} .progress=${progress} .review=${review}></wm-reflection>`);
}

const $ = <T extends Element>(el: WmReflection, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const answer = (el: WmReflection, id: string): HTMLTextAreaElement => $(el, `#answer-${id}`);
const status = (el: WmReflection): string => $(el, '[role="status"].live').textContent!.trim();
const focused = (el: WmReflection): Element | null => el.shadowRoot!.activeElement;

/** Collects events of one type until the returned function is called. */
function collect<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  el.addEventListener(type, (event) => events.push(event));
  return events;
}

describe('<wm-reflection>', () => {
  afterEach(async () => {
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows each prompt as a labelled text area with its hint and a character counter', async () => {
    const el = await renderReflection();
    const first = answer(el, 'surprise');
    expect($(el, 'label[for="answer-surprise"]').textContent).to.equal(reflection.prompts[0]!.text);
    expect(first.getAttribute('aria-describedby')).to.equal('hint-surprise count-surprise');
    expect($(el, '#hint-surprise').textContent).to.equal('Think of a moment, not a general impression.');
    expect($(el, '#count-surprise').textContent).to.equal('500 characters left');
    expect(answer(el, 'next-step').getAttribute('aria-describedby')).to.equal('count-next-step');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    await expectAccessible(el, 'empty');
  });

  it('sends one debounced change event with the prompt, the text and the new progress', async () => {
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    const el = await renderReflection();
    const events = collect(el, 'wm-reflection-change');
    try {
      answer(el, 'surprise').focus();
      await sendKeys({ type: 'She asked questions' });
      expect(events).to.have.length(0);
      expect(debounce.pending).to.equal(1, 'one debounce, restarted on every key');
      debounce.runAll();
    } finally {
      debounce.restore();
    }
    expect(events).to.have.length(1);
    const event = events[0]!;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.promptId).to.equal('surprise');
    expect(event.text).to.equal('She asked questions');
    expect(event.progress).to.deep.equal({ type: 'reflection', answers: { surprise: 'She asked questions' }, submitted: false });
  });

  it('sends a pending change at once when the text area loses focus', async () => {
    const el = await renderReflection();
    answer(el, 'next-step').focus();
    await sendKeys({ type: 'Plan Monday' });
    const pending = oneEvent(el, 'wm-reflection-change') as Promise<WmReflectionChangeEvent>;
    await sendKeys({ press: 'Shift+Tab' });
    const event = await pending;
    expect(event.promptId).to.equal('next-step');
    expect(event.progress.answers['next-step']).to.equal('Plan Monday');
  });

  it('sends the text typed just before the page closes at once, without waiting for the debounce', async () => {
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    try {
      const el = await renderReflection();
      const events = collect(el, 'wm-reflection-change');
      answer(el, 'surprise').focus();
      await sendKeys({ type: 'She asked why, then wait' });
      expect(events, 'held back by the debounce').to.have.length(0);
      closePage();
      expect(events).to.have.length(1);
      expect(events[0]!.text).to.equal('She asked why, then wait');
      expect(events[0]!.progress.answers).to.deep.equal({ surprise: 'She asked why, then wait' });
      expect(debounce.pending).to.equal(0, 'the debounce was cancelled');
      closePage();
      expect(events).to.have.length(1, 'nothing new, nothing sent again');
      el.remove();
      await sendKeys({ press: 'Tab' });
      requestFlush();
      expect(events).to.have.length(1, 'a removed element listens no more');
    } finally {
      debounce.restore();
    }
  });

  it('sends pending text before the shell saves on pagehide, when the shell calls requestFlush() first', async () => {
    // The shell adds its pagehide listener before any activity element connects, and browsers
    // run listeners on window in the order they were added, so the shell must ask.
    const seenByShell: string[] = [];
    const shellPageHide = () => {
      requestFlush();
      seenByShell.push(events.map((e) => e.text).join());
    };
    window.addEventListener('pagehide', shellPageHide);
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    let events: WmReflectionChangeEvent[] = [];
    try {
      const el = await renderReflection();
      events = collect(el, 'wm-reflection-change');
      answer(el, 'next-step').focus();
      await sendKeys({ type: 'Plan Monday' });
      expect(events).to.have.length(0);
      closePage();
      expect(seenByShell).to.deep.equal(['Plan Monday']);
      expect(events).to.have.length(1, 'sent once');
    } finally {
      debounce.restore();
      window.removeEventListener('pagehide', shellPageHide);
    }
  });

  it('sends the pending text at once when the page is hidden, not when it is shown', async () => {
    // Listeners on window in the capture phase run before listeners on document, so here the
    // element is first even when the shell does not ask.
    const seenByShell: number[] = [];
    const shellVisibility = () => seenByShell.push(events.length);
    document.addEventListener('visibilitychange', shellVisibility);
    const debounce = holdTimers(CHANGE_DEBOUNCE_MS);
    let events: WmReflectionChangeEvent[] = [];
    try {
      const el = await renderReflection();
      events = collect(el, 'wm-reflection-change');
      answer(el, 'surprise').focus();
      await sendKeys({ type: 'Calm' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Ask first' });
      expect(events.map((e) => e.text)).to.deep.equal(['Calm'], 'sent on blur');
      events.length = 0;
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // still visible
      expect(events).to.have.length(0);
      hidePage();
      expect(events.map((e) => [e.promptId, e.text])).to.deep.equal([['next-step', 'Ask first']]);
      expect(events[0]!.progress.answers).to.deep.equal({ surprise: 'Calm', 'next-step': 'Ask first' });
      expect(seenByShell.at(-1)).to.equal(1, 'the shell saw the text when it saved');
    } finally {
      debounce.restore();
      document.removeEventListener('visibilitychange', shellVisibility);
    }
  });

  it('sends nothing on leaving in review', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'Her questions.' }, submitted: true }, true);
    const events = collect(el, 'wm-reflection-change');
    closePage();
    hidePage();
    expect(events).to.have.length(0);
  });

  it('stops at maxLength and counts the characters left', async () => {
    const el = await renderReflection();
    answer(el, 'next-step').focus();
    await sendKeys({ type: 'x'.repeat(45) });
    await el.updateComplete;
    expect(answer(el, 'next-step').value).to.have.length(40);
    expect($(el, '#count-next-step').textContent).to.equal('0 characters left');
    expect($(el, '#count-next-step').classList.contains('near')).to.equal(true);
  });

  it('announces the count only near the limit, once typing pauses', async () => {
    const el = await renderReflection();
    const region = $(el, '[data-counter-for="count-next-step"]');
    expect(region.getAttribute('role')).to.equal('status');
    answer(el, 'next-step').focus();
    await sendKeys({ type: 'abcde' }); // 35 left, far from the limit (20)
    await aTimeout(ANNOUNCE_DELAY_MS + 100);
    expect(region.textContent).to.equal('');
    await sendKeys({ type: 'x'.repeat(20) }); // 15 left
    await el.updateComplete;
    expect(region.textContent).to.equal('', 'not on every key');
    await aTimeout(ANNOUNCE_DELAY_MS + 100);
    expect(region.textContent).to.equal('15 characters left');
  });

  it('can be completed with the keyboard only, announcing the save and keeping focus on the button', async () => {
    const el = await renderReflection();
    const events = collect(el, 'wm-reflection-submit');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(answer(el, 'surprise'));
    await sendKeys({ type: 'How calm she stayed with a customer.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ask before I explain' });
    await el.updateComplete;
    await expectAccessible(el, 'filled');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('save')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.progress).to.deep.equal({
      type: 'reflection',
      answers: { surprise: 'How calm she stayed with a customer.', 'next-step': 'Ask before I explain' },
      submitted: true,
    });
    expect(status(el)).to.contain('Saved to your portfolio');
    expect(focused(el)?.classList.contains('save')).to.equal(true);
    await expectAccessible(el, 'submitted');
  });

  it('refuses to save with an empty answer and moves focus to it with the error linked', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'Her questions.' }, submitted: false });
    const events = collect(el, 'wm-reflection-submit');
    $<HTMLButtonElement>(el, 'button.save').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(events).to.have.length(0);
    const empty = answer(el, 'next-step');
    expect(focused(el)).to.equal(empty);
    expect(empty.getAttribute('aria-invalid')).to.equal('true');
    expect(empty.getAttribute('aria-describedby')).to.contain('error-next-step');
    expect($(el, '#error-next-step').textContent).to.equal('Write an answer to this question.');
    expect(status(el)).to.equal('1 question has no answer yet.');
    await expectAccessible(el, 'missing answer');
  });

  it('keeps answers editable after saving; edits still send change events and stay submitted', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'A', 'next-step': 'B' }, submitted: true });
    answer(el, 'next-step').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'C' });
    const event = (await oneEvent(el, 'wm-reflection-change')) as WmReflectionChangeEvent;
    expect(event.progress).to.deep.equal({ type: 'reflection', answers: { surprise: 'A', 'next-step': 'BC' }, submitted: true });
  });

  it('restores the answers from a saved progress (resume)', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'Ørjan was early every day.' }, submitted: false });
    expect(answer(el, 'surprise').value).to.equal('Ørjan was early every day.');
    expect(answer(el, 'next-step').value).to.equal('');
    expect($(el, '#count-surprise').textContent).to.equal(`${500 - 'Ørjan was early every day.'.length} characters left`);
    el.progress = { type: 'reflection', answers: { 'next-step': 'Other' }, submitted: false };
    await el.updateComplete;
    expect(answer(el, 'surprise').value).to.equal('');
    expect(answer(el, 'next-step').value).to.equal('Other');
  });

  it('keeps what the learner typed when the shell passes the stored progress back later', async () => {
    const el = await renderReflection();
    answer(el, 'surprise').focus();
    await sendKeys({ type: 'First part' });
    const sent = ((await oneEvent(el, 'wm-reflection-change')) as WmReflectionChangeEvent).progress;
    await sendKeys({ type: ', second part' });
    await oneEvent(el, 'wm-reflection-change');
    await sendKeys({ type: '!' });
    // A shell that stores asynchronously hands back an earlier progress while the learner types on.
    el.progress = sent;
    await el.updateComplete;
    expect(answer(el, 'surprise').value).to.equal('First part, second part!');
  });

  it('shows the saved answers read-only in review and sends no events', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'Her questions.' }, submitted: true }, true);
    const events = collect(el, 'wm-reflection-change');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button.save')).to.equal(null);
    const answers = [...el.shadowRoot!.querySelectorAll('.answer')].map((p) => p.textContent);
    expect(answers).to.deep.equal(['Her questions.', '(no answer)']);
    expect($(el, 'h3').textContent).to.equal(reflection.prompts[0]!.text);
    expect(events).to.have.length(0);
    await expectAccessible(el, 'review');
  });

  it('downloads the answers as a plain-text file', async () => {
    const el = await renderReflection({ type: 'reflection', answers: { surprise: 'Åse asked good questions.' }, submitted: true });
    let href = '';
    let fileName = '';
    el.shadowRoot!.addEventListener('click', (event) => {
      const anchor = event.target as HTMLAnchorElement;
      if (anchor.localName !== 'a') return;
      event.preventDefault();
      href = anchor.href;
      fileName = anchor.download;
    });
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Download'))!.click();
    expect(fileName).to.equal('first-week-reflection.txt');
    const text = await (await fetch(href)).text();
    expect(text).to.contain('Looking back on the first week');
    expect(text).to.contain(`Question: ${reflection.prompts[0]!.text}\nAnswer:\nÅse asked good questions.`);
    expect(text).to.contain(`Question: ${reflection.prompts[1]!.text}\nAnswer:\n(no answer)`);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderReflection();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('speaks Dutch and Norwegian', async () => {
    await setUiLanguage('nl');
    const el = await renderReflection();
    expect($(el, 'button.save').textContent).to.equal('Bewaar in mijn portfolio');
    expect($(el, '#count-next-step').textContent).to.equal('Nog 40 tekens');
    await expectAccessible(el, 'empty, Dutch');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect($(el, 'button.save').textContent).to.equal('Lagre i mappen min');
    expect($(el, '#count-next-step').textContent).to.equal('40 tegn igjen');
  });
});
