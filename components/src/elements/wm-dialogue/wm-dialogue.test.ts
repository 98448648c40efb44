import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import type { WmChoiceSelectEvent, WmDialogueEndEvent, WmDialogueRestartEvent } from './events.ts';
import { lateAgain } from './test-data.ts';
import './wm-dialogue.ts';
import type { WmDialogue } from './wm-dialogue.ts';


const render = (progress?: DialogueProgress, review = false, seed = 'learner-1') =>
  fixture<WmDialogue>(html`<wm-dialogue .activity=${lateAgain} .progress=${progress} ?review=${review} .seed=${seed}></wm-dialogue>`);

const root = (el: WmDialogue) => el.shadowRoot!;
const texts = (el: WmDialogue, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const count = (el: WmDialogue, selector: string) => root(el).querySelectorAll(selector).length;
const liveRegion = (el: WmDialogue) => root(el).querySelector('[role="status"]')!;
const radio = (el: WmDialogue, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
/** The choice ids in the order they are shown. */
const shown = (el: WmDialogue) => [...root(el).querySelectorAll<HTMLInputElement>('input[name="reply"]')].map((r) => r.value);
const confirmButton = (el: WmDialogue) => root(el).querySelector<HTMLButtonElement>('form button')!;
/** The focused node inside the element, as a short string: a failing assertion on DOM nodes stalls the runner's error serialiser. */
const focused = (el: WmDialogue) => describeNode(root(el).activeElement);
const describeNode = (node: Element | null | undefined) =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className ? `.${node.className.toString().trim().split(/\s+/).join('.')}` : ''}${node.getAttribute('value') ? `[${node.getAttribute('value')}]` : ''}` : 'nothing';

async function say(el: WmDialogue, choiceId: string): Promise<void> {
  radio(el, choiceId).click();
  confirmButton(el).click();
  await el.updateComplete;
}

describe('<wm-dialogue>', () => {
  afterEach(async () => {
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the scene, the cast with their roles and the opening lines', async () => {
    const el = await render();
    expect(root(el).querySelector('.scene')!.textContent).to.contain('twenty minutes late');
    expect(texts(el, '.member .role')).to.deep.equal(['Workplace mentor', 'Apprentice']);
    expect(root(el).querySelector('.member.player')!.textContent).to.contain('You play this part');
    expect(texts(el, '.transcript .line')).to.deep.equal(['Sam Sorry, the bus was late again.']);
    expect(root(el).querySelector('legend')!.textContent).to.equal('What do you say?');
    expect(count(el, 'input[type="radio"]')).to.equal(3);
    expect(count(el, 'h2')).to.equal(0);
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    await expectAccessible(el, 'fresh');
  });

  it('shows the choices in an order shuffled per learner and decision point, the same after a resume', async () => {
    const ids = lateAgain.nodes[0]!.choices!.map((c) => c.id);
    const orders = new Set<string>();
    for (const seed of ['learner-1', 'learner-2', 'learner-3', 'learner-4', 'learner-5', 'learner-6']) {
      const el = await render(undefined, false, seed);
      expect(shown(el)).to.deep.equal(learnerOrder(ids, seed, 'late-again', 'open'));
      orders.add(shown(el).join());
    }
    expect(orders.size).to.be.greaterThan(1);
    const resumed = await render({ type: 'dialogue', path: ['listen'] }, false, 'learner-2');
    expect(shown(resumed)).to.deep.equal(learnerOrder(['plan', 'rule'], 'learner-2', 'late-again', 'talk'));
  });

  it('can be played with the keyboard alone: Tab, arrow keys, Space and Enter, in the order shown', async () => {
    const el = await render();
    const order = shown(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(`input[${order[0]}]`);
    // Arrow keys walk the group in the order shown, one tab stop for all.
    for (let i = 0; i < order.indexOf('listen'); i += 1) await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('input[listen]');
    expect(radio(el, 'listen').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('button');
    const selected = oneEvent(el, 'wm-choice-select') as Promise<WmChoiceSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.choiceId).to.equal('listen');
    await el.updateComplete;
    // Tab from the focused feedback reaches the next question's radio group, at its first choice shown.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    if (shown(el)[0] !== 'plan') await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    expect(radio(el, 'plan').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await ended).endingId).to.equal('good-end');
  });

  it('dispatches wm-choice-select with the node, choice, quality, score and new progress', async () => {
    const el = await render();
    radio(el, 'skip').click();
    const selected = oneEvent(el, 'wm-choice-select') as Promise<WmChoiceSelectEvent>;
    confirmButton(el).click();
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect({ nodeId: event.nodeId, choiceId: event.choiceId, quality: event.quality, score: event.score }).to.deep.equal({
      nodeId: 'open', choiceId: 'skip', quality: 'acceptable', score: 1,
    });
    expect(event.progress).to.deep.equal({ type: 'dialogue', path: ['skip'] });
  });

  it('shows the reply, its feedback with a text label and the next lines, focuses the feedback and announces the new lines', async () => {
    const el = await render();
    await say(el, 'skip');
    expect(texts(el, '.line.player')).to.deep.equal(['Anna (you) Fine, just start working.']);
    const feedback = root(el).querySelector<HTMLElement>('.feedback')!;
    expect(feedback.textContent!.replace(/\s+/g, ' ')).to.contain('Could be better Quick, but the pattern stays untouched.');
    expect(feedback.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).activeElement === feedback).to.equal(true);
    expect(focused(el)).to.equal('li.feedback.acceptable');
    expect(liveRegion(el).textContent).to.equal(
      'Sam: My mother works nights now, so I take my little brother to school. Sam: The next bus only leaves at eight.',
    );
    expect(count(el, 'input[type="radio"]')).to.equal(2);
    await expectAccessible(el, 'mid-conversation with feedback');
  });

  it('asks to choose first when confirming without a choice, and dispatches nothing', async () => {
    const el = await render();
    let dispatched = false;
    el.addEventListener('wm-choice-select', () => { dispatched = true; });
    confirmButton(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('#choose-first')!.textContent).to.equal('Choose what you want to say first.');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('choose-first');
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    expect(dispatched).to.equal(false);
    await expectAccessible(el, 'choose first');
  });

  it('ends with the debrief, the score, the choices taken and their quality', async () => {
    const el = await render();
    await say(el, 'skip');
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await say(el, 'plan');
    const event = await ended;
    expect({ endingId: event.endingId, outcome: event.outcome, score: event.score }).to.deep.equal({ endingId: 'good-end', outcome: 'positive', score: 60 });
    expect(event.progress).to.deep.equal({ type: 'dialogue', path: ['skip', 'plan'], best: 60, ending: 'good-end' });
    const ending = root(el).querySelector('.ending')!;
    expect(ending.querySelector('h3')!.textContent).to.equal('A plan together');
    // Focus is on the last feedback, the first new thing to read; the ending follows right below.
    expect(focused(el)).to.equal('li.feedback.good');
    expect(root(el).activeElement === [...root(el).querySelectorAll('.feedback')].at(-1)).to.equal(true);
    expect(ending.textContent).to.contain('Outcome: it went well');
    expect(ending.textContent).to.contain('You scored 3 of 5 points.');
    expect(texts(el, '.taken li')).to.deep.equal([
      'Fine, just start working. Could be better',
      'Let us look at your hours together and call your school supervisor. Good choice',
    ]);
    expect(count(el, 'form')).to.equal(0);
    expect(liveRegion(el).textContent).to.equal('Sam: Thanks. I did not dare to ask. The conversation has ended: A plan together');
    await expectAccessible(el, 'ending');
  });

  it('restarts on Try again, keeps the best score and focuses the conversation heading', async () => {
    const el = await render({ type: 'dialogue', path: ['listen', 'plan'], best: 100, ending: 'good-end' });
    const restarted = oneEvent(el, 'wm-dialogue-restart') as Promise<WmDialogueRestartEvent>;
    root(el).querySelector<HTMLButtonElement>('.ending button')!.click();
    expect((await restarted).progress).to.deep.equal({ type: 'dialogue', path: [], best: 100, ending: 'good-end' });
    await el.updateComplete;
    expect(focused(el)).to.equal('h3#conversation-title');
    expect(count(el, '.ending')).to.equal(0);
    expect(liveRegion(el).textContent).to.equal('The conversation starts again from the beginning.');
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await say(el, 'blame');
    const event = await ended;
    expect(event.score).to.equal(0);
    expect(event.progress.best).to.equal(100);
  });

  it('resumes from a saved path instantly without moving focus', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] });
    expect(texts(el, '.transcript .line')).to.deep.equal([
      'Sam Sorry, the bus was late again.',
      'Anna (you) That is the third time. What is going on?',
      'Sam My mother works nights now, so I take my little brother to school.',
      'Sam The next bus only leaves at eight.',
    ]);
    expect(texts(el, '.feedback .verdict')).to.deep.equal(['Good choice']);
    expect(count(el, 'input[value="plan"]')).to.equal(1);
    expect(focused(el)).to.equal('nothing');
  });

  it('resumes at an ending and stops replaying an untrusted path at the first bad step', async () => {
    const ended = await render({ type: 'dialogue', path: ['blame'], best: 0, ending: 'bad-end' });
    expect(root(ended).querySelector('.ending h3')!.textContent).to.equal('Closed door');
    expect(root(ended).querySelector('.ending')!.textContent).to.contain('You scored 0 of 5 points.');
    const broken = await render({ type: 'dialogue', path: ['listen', 'nonsense', 'plan'] });
    expect(texts(broken, '.line.player')).to.have.length(1);
    expect(count(broken, 'input[value="plan"]')).to.equal(1);
  });

  it('restores exactly when the progress is replaced from outside, and not when its own progress is handed back', async () => {
    const el = await render();
    await say(el, 'listen');
    const announced = liveRegion(el).textContent;
    el.progress = structuredClone(el.progress); // the shell may hand back a copy of what it stored
    await el.updateComplete;
    expect(liveRegion(el).textContent).to.equal(announced);
    el.progress = undefined;
    await el.updateComplete;
    expect(texts(el, '.line.player')).to.deep.equal([]);
    expect(liveRegion(el).textContent).to.equal('');
  });

  it('in review mode plays along but dispatches nothing', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] }, true);
    const seen: string[] = [];
    for (const name of ['wm-choice-select', 'wm-dialogue-end', 'wm-dialogue-restart']) el.addEventListener(name, () => seen.push(name));
    await say(el, 'plan');
    expect(root(el).querySelector('.ending h3')!.textContent).to.equal('A plan together');
    root(el).querySelector<HTMLButtonElement>('.ending button')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
  });

  it('speaks Norwegian and Dutch when the interface language changes', async () => {
    const el = await render({ type: 'dialogue', path: ['listen', 'rule'] });
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(texts(el, '.member .role')).to.deep.equal(['Instruktør', 'Lærling']);
    expect(root(el).querySelector('.ending')!.textContent).to.contain('Du fikk 3 av 5 poeng.');
    expect(texts(el, '.taken .quality')).to.deep.equal(['Godt valg', 'Ikke til hjelp']);
    await expectAccessible(el, 'ending, nb');
    await setUiLanguage('nl');
    await el.updateComplete;
    expect(root(el).querySelector('.ending')!.textContent).to.contain('Je behaalde 3 van 5 punten.');
    expect(root(el).querySelector('.ending button')!.textContent).to.equal('Opnieuw proberen');
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render({ type: 'dialogue', path: ['skip'] });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const button = confirmButton(el).getBoundingClientRect();
    expect(button.height).to.be.at.least(44);
    for (const label of root(el).querySelectorAll('.choice')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
  });
});
