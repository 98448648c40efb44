import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoSidewaysScroll, REFLOW_CASES, resetReflow, useReflowCase } from '../../../../../components/src/test-support/reflow.ts';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { FakeLiveConnection } from '../../test-support/fake-live-connection.ts';
import { LIVE_VIEW_NAMES, liveScreen, liveView, SESSION_ID, XSS_ANSWER, XSS_NAME, type LiveViewName } from '../../test-support/live-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText } from '../../test-support/xss-corpus.ts';
import './wm-live-console.ts';
import type { WmLiveConsole } from './wm-live-console.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const SCREEN = `/live/api/sessions/${SESSION_ID}`;

interface Rendered {
  el: WmLiveConsole;
  connection: FakeLiveConnection;
  api: MockApi;
  opened: string[];
}

async function renderConsole(options: { screen?: Response | Promise<Response>; connection?: FakeLiveConnection } = {}): Promise<Rendered> {
  const connection = options.connection ?? new FakeLiveConnection();
  const opened: string[] = [];
  const api = new MockApi().on('GET', SCREEN, () => options.screen ?? json(liveScreen('waiting')));
  const connect = (sessionId: string) => {
    opened.push(sessionId);
    return connection;
  };
  const el = await renderWithApi<WmLiveConsole>(html`<wm-live-console .sessionId=${SESSION_ID} .connect=${connect}></wm-live-console>`, api.client('csrf-live'));
  return { el, connection, api, opened };
}

/** The console in the state the socket says, once drawn. */
async function inState(name: LiveViewName): Promise<Rendered> {
  const rendered = await renderConsole();
  await showing(rendered, liveView(name));
  return rendered;
}

async function showing({ el, connection }: Rendered, view: FacilitatorView): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the console shows');
  connection.pushView(view);
  await el.updateComplete;
}

const buttons = (el: Element) => $$<HTMLButtonElement>(el, '.actions button').map((button) => button.textContent!.trim());
const button = (el: Element, label: string): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`no button “${label}” among ${$$(el, 'button').map((b) => b.textContent!.trim()).join(', ')}`);
  return found;
};
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;
/**
 * Lets the command's answer reach the console and the console draw it: the answer settles in a
 * chain of microtasks, which one task (no delay) outlasts.
 */
const settled = async (el: WmLiveConsole) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};

describe('<wm-live-console>', () => {
  afterEach(() => resetReflow());

  it('shows how to join and who is in, loads the screen once and opens one socket', async () => {
    const rendered = await renderConsole();
    const { el, api, opened } = rendered;
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the console shows');
    expect(opened).to.deep.equal([SESSION_ID]);
    expect(api.to(SCREEN)).to.have.length(1);
    expect(textOf(el, 'h1')).to.equal('Live session: Giving and asking for feedback');
    expect(textOf(el, '.join-code')).to.equal('KMP-7RX');
    expect(textOf(el, '.join-url code')).to.equal('http://localhost:8080/live?code=KMP-7RX');
    const qr = $<HTMLImageElement>(el, 'img.qr');
    expect(new URL(qr.src).pathname).to.equal('/live/api/sessions/session-1/qr.svg');
    expect(qr.alt).to.equal('QR code that opens the join page with the code filled in');
    const projector = $<HTMLAnchorElement>(el, 'a.projector');
    expect(new URL(projector.href).pathname).to.equal('/live/room/session-1');
    expect(projector.target).to.equal('_blank');
    expect(textOf(el, 'a.projector')).to.equal('Open the projector view (opens in a new window)');
    expect(textOf(el, '.delete-after')).to.match(/^This session and the names participants typed are deleted on Mar 9, 2026, .+, or later if the session changes again\.$/);
    expect(textOf(el, '.participant-count')).to.equal('3 participants');
    expect($$(el, '.names li').map((li) => li.textContent!.trim())).to.deep.equal(['Ann', 'Bo', XSS_NAME]);
    expect(textOf(el, '#step-heading')).to.equal('Waiting for participants');
    expect(buttons(el)).to.deep.equal(['Start', 'End the session…']);
    expect(new URL($<HTMLAnchorElement>(el, 'a.csv').href).pathname).to.equal('/live/api/sessions/session-1/export.csv');
    expect(new URL($<HTMLAnchorElement>(el, 'a.summary').href).pathname).to.equal('/live/api/sessions/session-1/summary');
    await audit(el, 'waiting');
    await expectRenderedAsText($(el, '.participants'), [XSS_NAME]);
  });

  it('says it is loading, then draws the session as the server has it', async () => {
    const answer = deferred<Response>();
    const { el } = await renderConsole({ screen: answer.promise });
    expect(textOf(el, '.page > p.muted[role=status]')).to.equal('Loading the session…');
    expect($(el, '.page').getAttribute('aria-busy')).to.equal('true');
    await audit(el, 'loading');
    answer.resolve(json(liveScreen('waiting')));
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the console shows');
    expect($(el, '.page').getAttribute('aria-busy')).to.equal('false');
  });

  it('starts the session', async () => {
    const { el, connection } = await inState('waiting');
    button(el, 'Start').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'start' }]);
    expect(textOf(el, '.failure')).to.equal('');
  });

  it('shows a dialogue decision with what the room does not see, the live count and who voted', async () => {
    const { el, connection } = await inState('dialogueVoting');
    expect(textOf(el, '#step-heading')).to.equal('Step 1 of 5: Late again');
    expect(textOf(el, '.phase')).to.equal('The room is voting (round 1).');
    expect(textOf(el, '.lines')).to.include('Sorry, the bus was late.');
    const choices = $$(el, '.answers .choice');
    expect(choices.map((li) => li.querySelector('.answer-text')!.textContent)).to.deep.equal(['What happened?', 'Third time this week.']);
    expect(choices.map((li) => li.querySelector('.badge')!.textContent)).to.deep.equal(['good', 'poor']);
    expect(choices[1]!.textContent).to.include('Why: Blame closes the talk.');
    expect(choices.map((li) => li.querySelector('.vote-count')!.textContent)).to.deep.equal(['1 vote (50%)', '1 vote (50%)']);
    expect(textOf(el, '.voted-count')).to.equal('2 of 3 voted');
    expect($$(el, '.names li.has-voted .name').map((name) => name.textContent)).to.deep.equal(['Ann', 'Bo']);
    expect(buttons(el)).to.deep.equal(['Reveal the votes', 'End the session…'], 'no answer to hold back in a dialogue, no going back from the first decision');
    expect($$(el, 'button.follow')).to.have.length(0, 'no following before the reveal');
    await audit(el, 'dialogue voting');
    button(el, 'Reveal the votes').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'reveal', withholdAnswer: false }]);
  });

  it('after a dialogue reveal: follows the majority, a choice of the facilitator’s, or votes again', async () => {
    const { el, connection } = await inState('dialogueRevealed');
    expect(textOf(el, '.phase')).to.equal('The results are on the projector.');
    expect(buttons(el)).to.deep.equal(['Follow the majority', 'Vote again', 'End the session…']);
    expect(textOf(el, '.results')).to.include('3 participants voted.');
    const follows = $$<HTMLButtonElement>(el, 'button.follow');
    expect(follows.map((b) => b.textContent!.trim())).to.deep.equal(['Follow this choice', 'Follow this choice']);
    expect(follows.map((b) => $(el, `#${b.getAttribute('aria-describedby')}`).textContent)).to.deep.equal(['What happened?', 'Third time this week.']);
    await audit(el, 'dialogue revealed');
    follows[0]!.click();
    await settled(el);
    button(el, 'Follow the majority').click();
    await settled(el);
    button(el, 'Vote again').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'follow', choiceId: 'ask' }, { type: 'follow' }, { type: 'revote' }]);
  });

  it('offers no majority when nobody voted, and says so', async () => {
    const { el } = await inState('dialogueNobodyVoted');
    expect(buttons(el)).to.deep.equal(['Vote again', 'End the session…']);
    expect(textOf(el, '.nobody')).to.equal('Nobody voted, so there is no majority: follow a choice of your own.');
    expect($$(el, 'button.follow')).to.have.length(2);
    await audit(el, 'nobody voted');
  });

  it('shows the choice the room followed, and goes back to the decision before', async () => {
    const { el, connection } = await inState('dialogueSecondDecision');
    expect(textOf(el, '.followed')).to.equal('The room chose: “What happened?” good Why: Asking first opens the talk.');
    expect(buttons(el)).to.deep.equal(['Reveal the votes', 'Back to the previous decision', 'End the session…']);
    button(el, 'Back to the previous decision').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'back' }]);
  });

  it('shows a dialogue’s ending with its debrief, then moves on or back', async () => {
    const { el, connection } = await inState('dialogueEnded');
    expect(textOf(el, '.ending')).to.equal('positive ending A plan Noor knows what to do.');
    expect(buttons(el)).to.deep.equal(['Next step', 'Back to the previous decision', 'End the session…']);
    expect($$(el, '.answers')).to.have.length(0);
    await audit(el, 'dialogue ended');
    button(el, 'Next step').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'next' }]);
  });

  it('marks a quiz item’s right answer for the facilitator and can reveal without it, for a re-vote', async () => {
    const { el, connection } = await inState('quizVoting');
    expect(textOf(el, '#step-heading')).to.equal('Step 2 of 5: Check');
    expect(textOf(el, '.prompt')).to.equal('Which comes first?');
    expect($$(el, '.answers li').map((li) => li.querySelector('.answer-text')!.textContent)).to.deep.equal(['Ask', 'Listen', 'Tell']);
    expect($$(el, '.answers li.correct .answer-text').map((p) => p.textContent)).to.deep.equal(['Listen']);
    expect(textOf(el, '.answers li.correct .badge')).to.equal('✓ right answer');
    expect(textOf(el, '.voted-count')).to.equal('1 of 3 voted');
    expect(buttons(el)).to.deep.equal(['Reveal the votes', 'Reveal without the answer', 'End the session…']);
    const withheld = button(el, 'Reveal without the answer');
    expect(textOf(el, `#${withheld.getAttribute('aria-describedby')}`)).to.include('keeps the right answer back');
    await audit(el, 'quiz voting');
    withheld.click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'reveal', withholdAnswer: true }]);
  });

  it('with the answer held back: shows it, votes again or moves on', async () => {
    const { el, connection } = await inState('quizWithheld');
    expect(buttons(el)).to.deep.equal(['Show the answer', 'Vote again', 'Next step', 'End the session…']);
    expect(textOf(el, '.withheld')).to.include('The right answer is not shown yet');
    await audit(el, 'quiz withheld');
    button(el, 'Show the answer').click();
    await settled(el);
    button(el, 'Vote again').click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'reveal', withholdAnswer: false }, { type: 'revote' }]);
  });

  it('after a re-vote: both rounds, how the room moved, how many had it right', async () => {
    const { el } = await inState('quizRevoteShown');
    expect(buttons(el)).to.deep.equal(['Next step', 'End the session…']);
    expect(rowsOf($(el, '#rounds'))).to.deep.equal([
      ['Ask', '2', '0'],
      ['Listen', '1', '3'],
      ['Tell', '0', '0'],
    ]);
    expect($$(el, '.moves li').map((li) => li.textContent)).to.deep.equal(['2 moved from “Ask” to “Listen”', '1 stayed with “Listen”']);
    expect(textOf(el, '.right')).to.equal('3 of 3 had it exactly right.');
    expect(textOf(el, '.explanation')).to.equal('Why it is right: Right, because B is how it works.');
    await audit(el, 'quiz after a re-vote');
  });

  it('moderates the wall: only this prompt’s answers, shown only when let through, as text', async () => {
    const rendered = await inState('reflectionWriting');
    const { el, connection } = rendered;
    expect(textOf(el, '#step-heading')).to.equal('Step 5 of 5: Looking back');
    expect(textOf(el, '.prompt')).to.equal('What will you try next?');
    const texts = (state: string) => $$(el, `.wall-list.${state} .entry-text`).map((p) => p.textContent);
    expect(texts('pending')).to.deep.equal(['Ask before I tell.', XSS_ANSWER]);
    expect(texts('shown')).to.deep.equal(['Agree on a plan together.']);
    expect(texts('hidden')).to.deep.equal(['Something rude.']);
    expect(textOf(el, '.wall-list.pending h4')).to.equal('Waiting for you (2)');
    expect(buttons(el)).to.deep.equal(['Finish the session', 'End the session…'], 'the last step finishes the session');
    await audit(el, 'reflection');
    await expectRenderedAsText($(el, '.participants'), [XSS_NAME]);
    await expectRenderedAsText($(el, '.wall'), [XSS_ANSWER]);

    const show = $<HTMLButtonElement>(el, '.wall-list.pending li:first-child button.show');
    expect(textOf(el, `#${show.getAttribute('aria-describedby')}`)).to.equal('Ask before I tell.');
    show.focus();
    show.click();
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'moderate', entryId: 'w-1', state: 'shown' }]);
    const next = liveView('reflectionWriting');
    next.revision += 1;
    next.wall = next.wall.map((entry) => (entry.id === 'w-1' ? { ...entry, state: 'shown' } : entry));
    connection.pushView(next);
    await el.updateComplete;
    expect(texts('shown')).to.deep.equal(['Ask before I tell.', 'Agree on a plan together.']);
    expect(focused(el)).to.equal($(el, '.wall-list.pending li:first-child button.show'), 'focus on the next answer waiting');

    $<HTMLButtonElement>(el, '.wall-list.hidden button.show').click();
    await settled(el);
    $<HTMLButtonElement>(el, '.wall-list.shown li:first-child button.hide').click();
    await settled(el);
    expect(connection.commands.slice(1)).to.deep.equal([
      { type: 'moderate', entryId: 'w-4', state: 'shown' },
      { type: 'moderate', entryId: 'w-1', state: 'hidden' },
    ]);
    button(el, 'Finish the session').click();
    await settled(el);
    expect(connection.commands.at(-1)).to.deep.equal({ type: 'next' });
  });

  it('says why the session refused a command, in the facilitator’s words, and keeps focus there', async () => {
    const { el, connection } = await inState('dialogueRevealed');
    connection.answer = () => ({ ok: false, error: { code: 'no-votes', message: 'Nobody voted, so there is no majority to follow: name the choice to follow.' } });
    const follow = button(el, 'Follow the majority');
    follow.focus();
    follow.click();
    await settled(el);
    expect($(el, '.failure').getAttribute('role')).to.equal('alert');
    expect(textOf(el, '.failure')).to.equal('Nobody voted, so there is no majority. Follow a choice of your own.');
    expect(focused(el)).to.equal(follow);
    await audit(el, 'command refused');

    connection.answer = () => ({ ok: false, error: { code: 'offline', message: 'not connected' } });
    button(el, 'Vote again').click();
    await settled(el);
    expect(textOf(el, '.failure')).to.equal('This screen is not connected to the session right now. Wait until it has reconnected, then try again.');

    connection.answer = () => ({ ok: false, error: { code: 'wall-full', message: 'The reflection wall has as many entries as it takes.' } });
    button(el, 'Vote again').click();
    await settled(el);
    expect(textOf(el, '.failure')).to.equal('The session did not do that: The reflection wall has as many entries as it takes.');

    connection.answer = () => ({ ok: true });
    button(el, 'Vote again').click();
    await settled(el);
    expect(textOf(el, '.failure')).to.equal('', 'a command that worked clears the message');
  });

  it('sends one command at a time', async () => {
    const { el, connection } = await inState('waiting');
    const held = deferred<{ ok: true }>();
    connection.answer = () => held.promise;
    button(el, 'Start').click();
    button(el, 'Start').click();
    expect(connection.commands).to.deep.equal([{ type: 'start' }]);
    held.resolve({ ok: true });
    await settled(el);
    button(el, 'Start').click();
    expect(connection.commands).to.have.length(2);
  });

  it('ends the session only after asking, and then says it has finished', async () => {
    const { el, connection } = await inState('quizVoting');
    const end = button(el, 'End the session…');
    end.focus();
    end.click();
    const dialog = $<HTMLDialogElement>(el, '#end-dialog');
    expect(dialog.open).to.equal(true);
    expect(focused(el)).to.equal(button(el, 'Cancel'), 'the harmless choice has focus');
    await audit(el, 'end dialog');
    button(el, 'Cancel').click();
    expect(dialog.open).to.equal(false);
    expect(connection.commands).to.deep.equal([]);
    end.click();
    button(el, 'End the session').click();
    await settled(el);
    expect(dialog.open).to.equal(false);
    expect(connection.commands).to.deep.equal([{ type: 'end' }]);
    connection.pushView(liveView('finished'));
    await el.updateComplete;
    expect(textOf(el, '#step-heading')).to.equal('The session has finished');
    expect(buttons(el)).to.deep.equal([]);
    expect(focused(el)).to.equal($(el, '#step-heading'), 'focus did not drop to the page with the button');
    await audit(el, 'finished');
  });

  it('shows the module’s facilitator notes beside the console', async () => {
    const { el } = await inState('dialogueVoting');
    const notes = $(el, 'aside.notes');
    expect(textOf(el, 'aside.notes h2')).to.equal('Notes for the facilitator');
    expect(textOf(el, '.minutes')).to.equal('Plan for about 90 minutes.');
    expect($$(notes, 'ol li').map((li) => li.textContent)).to.deep.equal(['30 min: Play the dialogue together.', '60 min: Discuss and reflect.']);
    expect($$(notes, '[aria-labelledby=notes-questions] li').map((li) => li.textContent)).to.deep.equal(['When did feedback last change how you work?', 'What makes asking first hard on a busy day?']);
    expect($$(notes, '[aria-labelledby=notes-watch] li')).to.have.length(2);
    const sources = $$(notes, '[aria-labelledby=notes-sources] li');
    expect(sources[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/feedback');
    expect(sources[1]!.querySelector('a'), 'only web addresses become links').to.equal(null);
    await expectRenderedAsText(notes, ['javascript:window.__xss=6']);

    const bare = await renderConsole({ screen: json(liveScreen('waiting', false)) });
    await waitUntil(() => bare.el.shadowRoot!.querySelector('aside.notes'), 'the console shows');
    expect(textOf(bare.el, 'aside.notes')).to.include('This module has no notes for facilitators.');
  });

  it('says when the connection is lost and when it is back, and why a socket was refused', async () => {
    const { el, connection } = await inState('dialogueVoting');
    const status = $(el, '.connection');
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(el, '.connection')).to.equal('Connected to the session.');
    connection.setStatus('reconnecting');
    await el.updateComplete;
    expect(textOf(el, '.connection')).to.equal('The connection to the session was lost. Reconnecting… The phones keep their votes.');
    await audit(el, 'reconnecting');
    connection.setStatus('open');
    await el.updateComplete;
    expect(textOf(el, '.connection')).to.equal('Connected to the session.');
    connection.refuse({ type: 'refused', code: 'not-allowed', message: 'not yours' });
    await el.updateComplete;
    expect(textOf(el, '.connection')).to.equal('This session is run by another coordinator, so you cannot open its console.');
  });

  it('comes back to the session as it is now after a reload, never to an older view', async () => {
    const connection = new FakeLiveConnection();
    connection.pushView(liveView('quizVoting'));
    const { el } = await renderConsole({ connection, screen: json(liveScreen('waiting')) });
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the console shows');
    expect(textOf(el, '#step-heading')).to.equal('Step 2 of 5: Check', 'the socket’s view is newer than the loaded one');

    const stale = new FakeLiveConnection();
    stale.pushView(liveView('waiting'));
    const again = await renderConsole({ connection: stale, screen: json(liveScreen('quizWithheld')) });
    await waitUntil(() => again.el.shadowRoot!.querySelector('#step-heading'), 'the console shows');
    expect(buttons(again.el)[0]).to.equal('Show the answer', 'the loaded view is newer than the socket’s');
  });

  it('announces what changed for the room, and closes its socket when it leaves the page', async () => {
    const { el, connection } = await inState('dialogueEnded');
    connection.pushView(liveView('quizVoting'));
    await waitUntil(() => textOf(el, '.announcer') === 'Step 2 of 5: Check.', 'the new step announced');
    connection.pushView(liveView('quizWithheld'));
    await waitUntil(() => textOf(el, '.announcer') === 'The results are shown.', 'the reveal announced');
    el.remove();
    expect(connection.closed).to.equal(true);
  });

  it('says when the session is not there (deleted, or another coordinator’s)', async () => {
    const { el } = await renderConsole({ screen: apiError(404, '/live/api/sessions/session-1: no live session of yours with that id') });
    await waitUntil(() => el.shadowRoot!.querySelector('.not-found'), 'the notice');
    expect(textOf(el, '.not-found')).to.equal('This session is not there It may have been deleted after it ended, or it belongs to another coordinator. The live sessions page lists yours.');
    expect(new URL($<HTMLAnchorElement>(el, 'a.back').href).pathname).to.equal('/dashboard/live');
    await audit(el, 'not found');
    const failed = await renderConsole({ screen: apiError(500, 'boom') });
    await waitUntil(() => failed.el.shadowRoot!.querySelector('.notice.bad button'), 'the failure');
    expect(textOf(failed.el, '.notice.bad')).to.include('Try again');
  });

  it('passes the accessibility audit in every state', async () => {
    const rendered = await renderConsole();
    for (const name of LIVE_VIEW_NAMES) {
      const view = liveView(name);
      // Each pushed view newer than the last, as the server's are.
      view.revision = 100 + LIVE_VIEW_NAMES.indexOf(name);
      await showing(rendered, view);
      await audit(rendered.el, name);
    }
  });

  it('names each kind of heading apart, so moving by headings tells a quiz’s answers from the wall', async () => {
    // The quiz's hidden "Answers" heading and the wall's heading once shared a name, and a
    // screen-reader user (and the end-to-end test) could not tell the two steps apart by it.
    const rendered = await renderConsole();
    const idsByName = new Map<string, Set<string>>();
    for (const name of LIVE_VIEW_NAMES) {
      const view = liveView(name);
      view.revision = 200 + LIVE_VIEW_NAMES.indexOf(name);
      await showing(rendered, view);
      for (const heading of $$<HTMLElement>(rendered.el, 'h2[id], h3[id]')) {
        const ids = idsByName.get(heading.textContent!.trim()) ?? new Set<string>();
        idsByName.set(heading.textContent!.trim(), ids.add(heading.id));
      }
    }
    const shared = [...idsByName].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
    expect(shared, 'headings of different kinds with one name').to.deep.equal([]);
    expect(idsByName.get('Reflection wall')).to.deep.equal(new Set(['wall-heading']));
  });

  it('runs by keyboard alone, with focus kept on the step when its button goes', async () => {
    const { el, connection } = await inState('waiting');
    $<HTMLElement>(el, 'h1').focus();
    for (let presses = 0; presses < 20 && focused(el)?.textContent?.trim() !== 'Start'; presses++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(connection.commands).to.deep.equal([{ type: 'start' }]);
    connection.pushView(liveView('dialogueVoting'));
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#step-heading'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Reveal the votes');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(connection.commands.at(-1)).to.deep.equal({ type: 'reveal', withholdAnswer: false });
    button(el, 'End the session…').focus();
    await sendKeys({ press: 'Enter' });
    expect($<HTMLDialogElement>(el, '#end-dialog').open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect($<HTMLDialogElement>(el, '#end-dialog').open).to.equal(false);
    expect(connection.commands.at(-1)).to.deep.equal({ type: 'reveal', withholdAnswer: false }, 'Escape ends nothing');
  });

  for (const c of REFLOW_CASES) {
    it(`fits ${c.name} in every state with content`, async () => {
      await useReflowCase(c);
      const rendered = await renderConsole();
      // As inside the app's <main>, which pads the page: the console gets less than the screen.
      rendered.el.parentElement!.style.padding = '1.5rem';
      for (const [index, name] of (['waiting', 'dialogueRevealed', 'dialogueEnded', 'quizRevoteShown', 'reflectionWriting'] as const).entries()) {
        const view = liveView(name);
        view.revision = 200 + index;
        await showing(rendered, view);
        await expectNoSidewaysScroll(rendered.el, name);
      }
    });
  }
});
