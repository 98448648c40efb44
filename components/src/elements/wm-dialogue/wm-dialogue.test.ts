import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import { expectAccessible as audit } from '../../test-support/axe.ts';
import { fakeClock, type FakeClock } from '../../test-support/fake-clock.ts';
import type { DialogueData } from '../../../../course/schema/course-data.ts';
import type { WmChoiceSelectEvent, WmDialogueEndEvent, WmDialogueRestartEvent } from './events.ts';
import { useRevealClock } from './reveal-controller.ts';
import { lateAgain, withoutLooks } from './test-data.ts';
import { NOTE_PAUSE, revealDelay, SETTLE_PAUSE } from './transcript.ts';
import './wm-dialogue.ts';
import type { WmDialogue } from './wm-dialogue.ts';

const render = (progress?: DialogueProgress, review = false, seed = 'learner-1', activity: DialogueData = lateAgain) =>
  fixture<WmDialogue>(html`<wm-dialogue .activity=${activity} .progress=${progress} ?review=${review} .seed=${seed}></wm-dialogue>`);

const root = (el: WmDialogue) => el.shadowRoot!;
const texts = (el: WmDialogue, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const count = (el: WmDialogue, selector: string) => root(el).querySelectorAll(selector).length;
const liveRegion = (el: WmDialogue) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const radio = (el: WmDialogue, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
/** The choice ids in the order they are shown. */
const shown = (el: WmDialogue) => [...root(el).querySelectorAll<HTMLInputElement>('input[name="reply"]')].map((r) => r.value);
const confirmButton = (el: WmDialogue) => root(el).querySelector<HTMLButtonElement>('form button')!;
const showAllButton = (el: WmDialogue) => root(el).querySelector<HTMLButtonElement>('button.skip');
/** Transcript entries as short strings, in order: `line:Sam`, `reply`, `note:good`, `typing:Sam`. */
const entries = (el: WmDialogue) =>
  [...root(el).querySelectorAll('.transcript > li')].map((li) => {
    if (li.classList.contains('typing')) return `typing:${li.classList.contains('tint-teal') ? 'Sam' : '?'}`;
    if (li.classList.contains('note')) return `note:${[...li.classList].find((c) => c !== 'note')}`;
    if (li.classList.contains('reply')) return 'reply';
    return `line:${li.querySelector('.speaker')!.textContent!.trim()}`;
  });
/** The focused node inside the element, as a short string: a failing assertion on DOM nodes stalls the runner's error serialiser. */
const focused = (el: WmDialogue) => describeNode(root(el).activeElement);
const describeNode = (node: Element | null | undefined) =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className ? `.${node.className.toString().trim().split(/\s+/).join('.')}` : ''}${node.getAttribute('value') ? `[${node.getAttribute('value')}]` : ''}` : 'nothing';

/** Every text the live region took, in order (each one is announced once). */
function recordAnnouncements(el: WmDialogue): string[] {
  const said: string[] = [];
  const region = root(el).querySelector('[role="status"]')!;
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text && said.at(-1) !== text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

const line = (node: number, i: number) => lateAgain.nodes[node]!.lines[i]!;
const delayOf = (node: number, i: number) => revealDelay({ kind: 'line', ...line(node, i) });

/**
 * The axe audit, once the entries' short fade-in has ended: axe measures colours as they are
 * painted, and half-way through a fade the text is paler than it will ever stay. The typing
 * dots pulse without end, and are decorative.
 */
async function expectAccessible(el: WmDialogue, state: string): Promise<void> {
  for (const animation of root(el).getAnimations()) if (animation.effect?.getTiming().iterations !== Infinity) animation.finish();
  await audit(el, state);
}

let clock: FakeClock;
let restoreClock: () => void;

async function tick(el: WmDialogue, ms: number): Promise<void> {
  clock.tick(ms);
  await el.updateComplete;
}

async function say(el: WmDialogue, choiceId: string): Promise<void> {
  radio(el, choiceId).click();
  confirmButton(el).click();
  await el.updateComplete;
}

/** Says `choiceId` and lets the reveal run to its end. */
async function sayAndWait(el: WmDialogue, choiceId: string): Promise<void> {
  await say(el, choiceId);
  clock.runAll();
  await el.updateComplete;
}

describe('<wm-dialogue>', () => {
  beforeEach(() => {
    clock = fakeClock();
    restoreClock = useRevealClock(clock);
  });

  afterEach(async () => {
    restoreClock();
    document.documentElement.style.fontSize = '';
    document.body.style.background = '';
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the scene, the cast with their faces and roles, and the opening lines at once', async () => {
    const el = await render();
    expect(root(el).querySelector('.scene')!.textContent).to.contain('twenty minutes late');
    expect(texts(el, '.member .role')).to.deep.equal(['Workplace mentor', 'Apprentice']);
    expect(root(el).querySelector('.member.player')!.textContent).to.contain('You play this part');
    expect(entries(el)).to.deep.equal(['line:Sam']);
    expect(texts(el, '.transcript .line')).to.deep.equal(['Sam Sorry, the bus was late again.']);
    expect(root(el).querySelector('legend')!.textContent).to.equal('What do you say?');
    expect(count(el, 'input[type="radio"]')).to.equal(3);
    expect(count(el, 'h2')).to.equal(0);
    expect(showAllButton(el)).to.equal(null);
    expect(liveRegion(el)).to.equal('');
    expect(focused(el)).to.equal('nothing');
    expect(clock.pending).to.equal(0);
    await expectAccessible(el, 'fresh');
  });

  it('draws each person from the cast registry: described once in the cast list, decorative in the bubbles, a neutral marker for the learner', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] });
    const [anna, sam] = [...root(el).querySelectorAll('.member')];
    // The learner's own part: a neutral outline, not a face, hidden from screen readers (the tag says it).
    expect(anna!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(anna!.querySelector('.you-figure')).to.not.equal(null);
    // Sam: drawn, with the registry's sentence as the picture's name, and tinted with his colour.
    const face = sam!.querySelector('svg')!;
    expect(face.getAttribute('role')).to.equal('img');
    expect(face.getAttribute('aria-label')).to.equal('A teenage boy with brown curly hair, in blue work overalls.');
    expect(sam!.classList.contains('tint-teal')).to.equal(true);
    // In the conversation the name is the text; faces there are decorative.
    for (const svg of root(el).querySelectorAll('.transcript svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelector('.line.tint-teal .avatar-disc')).to.not.equal(null);
    expect(root(el).querySelector('.line.reply .you-figure')).to.not.equal(null);
    // A second line of the same speaker shows no second face.
    expect(count(el, '.line.continued .face svg')).to.equal(0);
    expect(count(el, '.line.continued')).to.equal(1);
  });

  it('draws an initial on a coloured disc for people in a course without a cast registry', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] }, false, 'learner-1', withoutLooks);
    const sam = root(el).querySelectorAll('.member')[1]!;
    expect(sam.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(sam.querySelector('.avatar-initial')!.textContent).to.equal('S');
    expect([...sam.classList].some((c) => c.startsWith('tint-'))).to.equal(true);
    await expectAccessible(el, 'without a cast registry');
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

  it('reveals the reaction line by line after a typing cue, then the coach\'s note, then the choices, announcing each once', async () => {
    const el = await render();
    const said = recordAnnouncements(el);
    await say(el, 'skip');
    // The reply shows at once; Sam is "typing"; the choices wait; focus is on "show all".
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'typing:Sam']);
    expect(texts(el, '.line.reply')).to.deep.equal(['Anna (you) Fine, just start working.']);
    expect(root(el).querySelector('.typing')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelector('.typing .avatar-disc')).to.not.equal(null);
    expect(count(el, 'form')).to.equal(0);
    expect(focused(el)).to.equal('button.quiet.skip');
    expect(showAllButton(el)!.textContent).to.equal('Show all now');
    expect(liveRegion(el)).to.equal('');
    await expectAccessible(el, 'typing');

    await tick(el, delayOf(1, 0) - 1);
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'typing:Sam']);
    await tick(el, 1);
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'typing:Sam']);
    expect(liveRegion(el)).to.equal('Sam: My mother works nights now, so I take my little brother to school.');

    await tick(el, delayOf(1, 1));
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'line:Sam']);
    expect(liveRegion(el)).to.equal('Sam: The next bus only leaves at eight.');
    await expectAccessible(el, 'lines revealed');

    await tick(el, NOTE_PAUSE);
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'line:Sam', 'note:acceptable']);
    expect(liveRegion(el)).to.equal('Could be better: Quick, but the pattern stays untouched.');
    expect(count(el, 'form')).to.equal(0);

    await tick(el, SETTLE_PAUSE);
    expect(showAllButton(el)).to.equal(null);
    expect(count(el, 'input[type="radio"]')).to.equal(2);
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    expect(said).to.deep.equal([
      'Sam: My mother works nights now, so I take my little brother to school.',
      'Sam: The next bus only leaves at eight.',
      'Could be better: Quick, but the pattern stays untouched.',
    ]);
    expect(clock.pending).to.equal(0);
    await expectAccessible(el, 'choices');
  });

  it('keeps the learner in the scene: the note follows the reaction, with its quality in words and an icon', async () => {
    const el = await render();
    await sayAndWait(el, 'skip');
    const transcript = [...root(el).querySelectorAll('.transcript > li')];
    const note = root(el).querySelector<HTMLElement>('.note')!;
    // After the reply and both of Sam's reactions, inside the conversation: not a box of its own.
    expect(transcript.indexOf(note)).to.equal(4);
    expect(note.closest('.transcript')).to.not.equal(null);
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Could be better Quick, but the pattern stays untouched.');
    expect(note.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(count(el, '.ending')).to.equal(0);
    await expectAccessible(el, 'feedback in scene');
  });

  it('shows everything at once on "Show all now", announces the rest in one message and focuses the first choice', async () => {
    const el = await render();
    const said = recordAnnouncements(el);
    await say(el, 'skip');
    await tick(el, delayOf(1, 0));
    showAllButton(el)!.click();
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'line:Sam', 'note:acceptable']);
    expect(said).to.deep.equal([
      'Sam: My mother works nights now, so I take my little brother to school.',
      'Sam: The next bus only leaves at eight. Could be better: Quick, but the pattern stays untouched.',
    ]);
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    expect(clock.pending).to.equal(0);
  });

  it('shows the reaction, the note and the choices at once with reduced motion, and focuses the first choice', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await render();
    await say(el, 'skip');
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'line:Sam', 'note:acceptable']);
    expect(showAllButton(el)).to.equal(null);
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    expect(liveRegion(el)).to.equal(
      'Sam: My mother works nights now, so I take my little brother to school. Sam: The next bus only leaves at eight. Could be better: Quick, but the pattern stays untouched.',
    );
    expect(clock.pending).to.equal(0);
    await expectAccessible(el, 'reduced motion');
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
    expect((await selected).choiceId).to.equal('listen');
    await el.updateComplete;
    // While Sam answers, Enter on the focused "show all" skips the wait; focus lands on the new choices.
    expect(focused(el)).to.equal('button.quiet.skip');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    if (shown(el)[0] !== 'plan') await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    expect(radio(el, 'plan').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await ended).endingId).to.equal('good-end');
  });

  it('dispatches wm-choice-select with the node, choice, quality, score and new progress at once, before the reveal', async () => {
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
    expect(clock.now).to.equal(0);
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

  it('ends with the last reaction and note in the scene, then the debrief, focused on its title', async () => {
    const el = await render();
    await sayAndWait(el, 'skip');
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await say(el, 'plan');
    const event = await ended;
    expect({ endingId: event.endingId, outcome: event.outcome, score: event.score }).to.deep.equal({ endingId: 'good-end', outcome: 'positive', score: 60 });
    expect(event.progress).to.deep.equal({ type: 'dialogue', path: ['skip', 'plan'], best: 60, ending: 'good-end' });
    // The debrief waits for the scene to play out.
    expect(count(el, '.ending')).to.equal(0);
    await tick(el, delayOf(2, 0) + NOTE_PAUSE);
    expect(entries(el).slice(-3)).to.deep.equal(['reply', 'line:Sam', 'note:good']);
    expect(count(el, '.ending')).to.equal(0);
    await tick(el, SETTLE_PAUSE);
    const ending = root(el).querySelector('.ending')!;
    expect(ending.querySelector('h3')!.textContent).to.equal('A plan together');
    expect(focused(el)).to.equal('h3#ending-title');
    expect(ending.textContent).to.contain('Outcome: it went well');
    expect(ending.textContent).to.contain('You scored 3 of 5 points.');
    expect(texts(el, '.taken li')).to.deep.equal([
      'Fine, just start working. Could be better',
      'Let us look at your hours together and call your school supervisor. Good choice',
    ]);
    expect(count(el, 'form')).to.equal(0);
    expect(liveRegion(el)).to.equal('The conversation has ended: A plan together');
    await expectAccessible(el, 'ending');
  });

  it('ends at once with a note when the ending has no lines', async () => {
    const el = await render();
    await say(el, 'blame');
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply']);
    await tick(el, NOTE_PAUSE);
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'note:poor']);
    await tick(el, SETTLE_PAUSE);
    expect(root(el).querySelector('.ending h3')!.textContent).to.equal('Closed door');
    expect(focused(el)).to.equal('h3#ending-title');
  });

  it('restarts on Try again, keeps the best score and reveals the opening again', async () => {
    const el = await render({ type: 'dialogue', path: ['listen', 'plan'], best: 100, ending: 'good-end' });
    const said = recordAnnouncements(el);
    const restarted = oneEvent(el, 'wm-dialogue-restart') as Promise<WmDialogueRestartEvent>;
    root(el).querySelector<HTMLButtonElement>('.ending button')!.click();
    expect((await restarted).progress).to.deep.equal({ type: 'dialogue', path: [], best: 100, ending: 'good-end' });
    await el.updateComplete;
    expect(count(el, '.ending')).to.equal(0);
    expect(entries(el)).to.deep.equal(['typing:Sam']);
    expect(focused(el)).to.equal('button.quiet.skip');
    clock.runAll();
    await el.updateComplete;
    expect(said).to.deep.equal(['The conversation starts again from the beginning.', 'The conversation starts again from the beginning. Sam: Sorry, the bus was late again.']);
    expect(focused(el)).to.equal(`input[${shown(el)[0]}]`);
    const ended = oneEvent(el, 'wm-dialogue-end') as Promise<WmDialogueEndEvent>;
    await say(el, 'blame');
    const event = await ended;
    expect(event.score).to.equal(0);
    expect(event.progress.best).to.equal(100);
  });

  it('resumes from a saved path instantly without moving focus or announcing', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] });
    expect(texts(el, '.transcript .line')).to.deep.equal([
      'Sam Sorry, the bus was late again.',
      'Anna (you) That is the third time. What is going on?',
      'Sam My mother works nights now, so I take my little brother to school.',
      'Sam The next bus only leaves at eight.',
    ]);
    expect(texts(el, '.note .verdict')).to.deep.equal(['Good choice']);
    expect(count(el, 'input[value="plan"]')).to.equal(1);
    expect(focused(el)).to.equal('nothing');
    expect(liveRegion(el)).to.equal('');
    expect(clock.pending).to.equal(0);
  });

  it('resumes at an ending and stops replaying an untrusted path at the first bad step', async () => {
    const ended = await render({ type: 'dialogue', path: ['blame'], best: 0, ending: 'bad-end' });
    expect(root(ended).querySelector('.ending h3')!.textContent).to.equal('Closed door');
    expect(root(ended).querySelector('.ending')!.textContent).to.contain('You scored 0 of 5 points.');
    const broken = await render({ type: 'dialogue', path: ['listen', 'nonsense', 'plan'] });
    expect(texts(broken, '.line.reply')).to.have.length(1);
    expect(count(broken, 'input[value="plan"]')).to.equal(1);
  });

  it('restores exactly when the progress is replaced from outside (mid-reveal too), and not when its own progress is handed back', async () => {
    const el = await render();
    await say(el, 'listen');
    el.progress = structuredClone(el.progress); // the shell may hand back a copy of what it stored
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'typing:Sam']);
    await tick(el, delayOf(1, 0));
    const announced = liveRegion(el);
    expect(announced).to.contain('My mother works nights');
    el.progress = { type: 'dialogue', path: ['skip'] };
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['line:Sam', 'reply', 'line:Sam', 'line:Sam', 'note:acceptable']);
    expect(count(el, 'input[value="plan"]')).to.equal(1);
    expect(clock.pending).to.equal(0);
    expect(liveRegion(el)).to.equal('');
    el.progress = undefined;
    await el.updateComplete;
    expect(texts(el, '.line.reply')).to.deep.equal([]);
  });

  it('in review mode plays along but dispatches nothing', async () => {
    const el = await render({ type: 'dialogue', path: ['listen'] }, true);
    const seen: string[] = [];
    for (const name of ['wm-choice-select', 'wm-dialogue-end', 'wm-dialogue-restart']) el.addEventListener(name, () => seen.push(name));
    await sayAndWait(el, 'plan');
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
    const fresh = await render();
    await say(fresh, 'skip');
    expect(showAllButton(fresh)!.textContent).to.equal('Nu alles tonen');
  });

  it('is accessible in dark mode, mid-reveal and at the ending', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render();
    // The shell paints the page in the theme's colour; here the test page does.
    document.body.style.background = getComputedStyle(el).getPropertyValue('--wm-bg');
    await say(el, 'skip');
    await tick(el, delayOf(1, 0));
    await expectAccessible(el, 'typing, dark');
    clock.runAll();
    await el.updateComplete;
    await expectAccessible(el, 'choices, dark');
    await sayAndWait(el, 'plan');
    await expectAccessible(el, 'ending, dark');
  });

  for (const { width, text } of [{ width: 320, text: '100%' }, { width: 360, text: '200%' }]) {
    it(`fits ${width} px with ${text} text in every state, without horizontal scrolling`, async () => {
      await setViewport({ width, height: 640 });
      document.documentElement.style.fontSize = text;
      const el = await render();
      const fits = (state: string) => {
        expect(document.documentElement.scrollWidth, state).to.be.at.most(width);
        expect(el.scrollWidth, state).to.be.at.most(el.clientWidth);
        for (const node of root(el).querySelectorAll<HTMLElement>('.bubble, .note, .member, .choice, button')) {
          expect(node.getBoundingClientRect().right, `${state}: ${describeNode(node)}`).to.be.at.most(width + 0.5);
        }
      };
      fits('fresh');
      await say(el, 'skip');
      fits('typing');
      await tick(el, delayOf(1, 0));
      fits('lines revealed');
      clock.runAll();
      await el.updateComplete;
      fits('choices');
      const button = confirmButton(el).getBoundingClientRect();
      expect(button.height).to.be.at.least(44);
      for (const label of root(el).querySelectorAll('.choice')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
      await sayAndWait(el, 'plan');
      fits('ending');
    });
  }
});
