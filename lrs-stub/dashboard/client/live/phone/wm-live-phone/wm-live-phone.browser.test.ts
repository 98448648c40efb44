import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { JOIN_URL } from '../join-request.ts';
import { setLiveLanguage } from '../../i18n/live-i18n.ts';
import { json, MockApi } from '../../../test-support/mock-api.ts';
import { audit } from '../../../test-support/render.ts';
import { expectRenderedAsText, XSS } from '../../../test-support/xss-corpus.ts';
import { dialogueAtStart, PARTICIPANT, participantView, reflection, SESSION_ID } from '../../test-support/live-view-fixtures.ts';
import { ANN, deepActiveElement, deepQuery, deepQueryAll, phoneShowing, renderPhone, said, settle } from '../../test-support/render-live.ts';
import type { WmLivePhone } from './wm-live-phone.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const heading = (el: WmLivePhone) => said(deepQuery(el, 'h1'));
const statusLine = (el: WmLivePhone) => said(el.shadowRoot!.querySelector('.connection[role="status"]'));
const JOINED = { sessionId: SESSION_ID, participantId: 'p-new', token: 'token-new-0123456789' };

describe('<wm-live-phone>', () => {
  afterEach(() => setLiveLanguage('en'));

  it('joins with the code from the QR code and a name, keeps the join and says hello with its token', async () => {
    const api = new MockApi().on('POST', JOIN_URL, JOINED);
    const phone = await renderPhone({ code: 'kmp7rx', api });
    const code = deepQuery<HTMLInputElement>(phone.el, '#code')!;
    expect(code.value).to.equal('kmp7rx');
    expect(heading(phone.el)).to.equal('Join the session');
    await audit(phone.el, 'join form');

    deepQuery<HTMLInputElement>(phone.el, '#name')!.focus();
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => phone.opened.length === 1, 'the phone connects');

    expect(JSON.parse(api.to(JOIN_URL)[0]!.body!)).to.deep.equal({ code: 'KMP-7RX', displayName: 'Ann' });
    expect(phone.store.current()).to.deep.equal({ ...JOINED, code: 'KMP-7RX', displayName: 'Ann' });
    expect(phone.connection.sessionId).to.equal(SESSION_ID);
    expect(phone.connection.hello).to.deep.equal({ type: 'hello', role: 'participant', participantId: 'p-new', token: 'token-new-0123456789' });

    phone.connection.emitParticipant(participantView({ phase: 'waiting', me: { id: 'p-new', displayName: 'Ann' } }));
    await settle(phone.el);
    expect(heading(phone.el)).to.equal('You are in, Ann');
    expect(said(deepQuery(phone.el, 'main p'))).to.equal('Waiting for the facilitator to start.');
    await audit(phone.el, 'waiting');
  });

  it('comes back as the same participant after a reload, without the form', async () => {
    const phone = await renderPhone({ joined: ANN });
    expect(phone.opened).to.have.length(1);
    expect(phone.connection.hello).to.deep.equal({ type: 'hello', role: 'participant', participantId: ANN.participantId, token: ANN.token });
    expect(deepQuery(phone.el, 'wm-live-join')).to.equal(undefined);
    expect(said(deepQuery(phone.el, 'main'))).to.equal('Connecting to the session…');
    phone.connection.emitParticipant(PARTICIPANT.dialogueVoted());
    await settle(phone.el);
    expect(deepQuery<HTMLInputElement>(phone.el, 'input[value="tell"]')!.checked, 'the vote from before the reload').to.equal(true);
  });

  it('rejoins when the QR code is the same session’s, and starts a new join for another one', async () => {
    const same = await renderPhone({ joined: ANN, code: 'kmp 7rx' });
    expect(same.opened).to.have.length(1);
    const other = await renderPhone({ joined: ANN, code: 'WXY-349' });
    expect(other.opened).to.have.length(0);
    expect(deepQuery<HTMLInputElement>(other.el, '#code')!.value).to.equal('WXY-349');
  });

  for (const refusal of ['rejoin-refused', 'no-session'] as const) {
    it(`forgets the join and shows the form again with the reason when the session refuses the phone (${refusal})`, async () => {
      const phone = await phoneShowing(PARTICIPANT.waiting());
      const connection = phone.connection;
      connection.refuse(refusal);
      await waitUntil(() => deepQuery(phone.el, 'wm-live-join') !== undefined, 'the form is back');
      await settle(phone.el);
      expect(phone.store.current()).to.equal(undefined);
      expect(phone.storage.length).to.equal(0);
      expect(connection.closed).to.equal(true);
      expect(said(deepQuery(phone.el, '.notice'))).to.equal(
        refusal === 'rejoin-refused' ? 'The session no longer knows this phone. Join again.' : 'That session has ended or no longer exists. Join with the code on the screen.',
      );
      expect(deepQuery<HTMLInputElement>(phone.el, '#code')!.value).to.equal('KMP-7RX');
      expect(deepQuery<HTMLInputElement>(phone.el, '#name')!.value).to.equal('Ann');
      expect(deepActiveElement()?.localName).to.equal('h1');
      await audit(phone.el, `refused: ${refusal}`);
    });
  }

  it('shows a dialogue decision: the situation, who is who, the lines by name and the choices', async () => {
    const { el } = await phoneShowing(PARTICIPANT.dialogue());
    expect(heading(el)).to.equal('Late again');
    expect(said(el.shadowRoot!.querySelector('.bar'))).to.equal('WORKMENTOR live Step 1 of 5');
    expect(said(deepQuery(el, '.scene'))).to.equal(dialogueAtStart.scene);
    expect(deepQueryAll(el, '.cast li').map(said)).to.deep.equal(['Sam, Workplace mentor', 'Noor, Apprentice']);
    expect(deepQueryAll(el, '.line').map(said)).to.deep.equal(['Noor: Sorry, the bus was late.']);
    expect(said(deepQuery(el, 'legend'))).to.equal('What should Sam say?');
    expect(deepQueryAll(el, 'label.option-card').map(said)).to.deep.equal(['Ask what happened', 'Third time this week.', 'Let’s talk at the break.']);
    await audit(el, 'dialogue vote');
  });

  it('announces the new lines once the room has followed a choice', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogue());
    const region = deepQuery(phone.el, '[aria-live="polite"]')!;
    expect(said(region)).to.equal('The conversation Noor: Sorry, the bus was late.');
    phone.connection.emitParticipant(PARTICIPANT.dialogueFollowed());
    await settle(phone.el);
    expect(deepQuery(phone.el, '[aria-live="polite"]'), 'the same region, updated').to.equal(region);
    expect(said(region)).to.equal('The conversation Noor: My little brother was ill and I had to take him to school.');
  });

  it('shows the revealed votes with the phone’s own vote, round 1 beside round 2 and the moves', async () => {
    const { el } = await phoneShowing(PARTICIPANT.dialogueRevealed());
    const results = deepQuery(el, 'wm-live-results')!;
    expect(deepQueryAll(results, '.votes li').map(said)[0]).to.equal('Ask what happened Your vote Round 1: 5 votes · 42% Round 2: 8 votes · 67%');
    expect(deepQueryAll(results, '.moves li')).to.have.length(4);
    expect(deepQuery(el, 'wm-live-vote'), 'no voting after the reveal').to.equal(undefined);
    await audit(el, 'dialogue revealed');
  });

  it('marks the right answer of a quiz item, says whether the phone was right and why', async () => {
    const { el } = await phoneShowing(PARTICIPANT.singleRevealed());
    expect(said(deepQuery(el, '.prompt'))).to.equal('Which comes first in feedback?');
    const results = deepQuery(el, 'wm-live-results')!;
    expect(said(deepQuery(results, '[data-key="b"]'))).to.contain('Right answer');
    expect(said(deepQuery(results, '[data-key="a"]'))).to.contain('Your vote');
    expect(said(deepQuery(el, '.verdict'))).to.equal('Not quite this time.');
    expect(said(deepQuery(el, '.explanation'))).to.equal('Why Not quite: start with what you saw.');
    await audit(el, 'quiz revealed');
  });

  it('shows the choice the room followed and why, then the next decision', async () => {
    const { el } = await phoneShowing(PARTICIPANT.dialogueFollowed());
    expect(said(deepQuery(el, '.followed'))).to.equal('The room chose Ask what happened Good choice Asking first opens the talk.');
    expect(deepQueryAll(el, 'label.option-card')).to.have.length(2);
    await audit(el, 'after following');
  });

  it('shows the ending and its debrief', async () => {
    const { el } = await phoneShowing(PARTICIPANT.dialogueEnded());
    expect(said(deepQuery(el, '.ending h2'))).to.equal('How it ended: A plan together');
    expect(said(deepQuery(el, '.ending .outcome'))).to.equal('It went well');
    expect(said(deepQuery(el, '.debrief'))).to.equal('Noor made her own plan, so she is more likely to keep it.');
    expect(deepQuery(el, 'wm-live-vote')).to.equal(undefined);
    await audit(el, 'ending');
  });

  it('shows the reflection prompt and the wall', async () => {
    const { el } = await phoneShowing(PARTICIPANT.reflection());
    expect(heading(el)).to.equal('Looking back');
    expect(deepQuery(el, 'wm-live-reflection')).to.exist;
    await audit(el, 'reflection');
  });

  it('thanks the participant at the end', async () => {
    const { el } = await phoneShowing(PARTICIPANT.finished());
    expect(heading(el)).to.equal('Thank you');
    expect(said(el.shadowRoot!.querySelector('.bar'))).to.equal('WORKMENTOR live');
    await audit(el, 'finished');
  });

  it('says when the connection dropped and when it is back, politely', async () => {
    const phone = await phoneShowing(PARTICIPANT.dialogueVoted());
    expect(statusLine(phone.el)).to.equal('');
    phone.connection.setStatus('reconnecting');
    await phone.el.updateComplete;
    expect(statusLine(phone.el)).to.equal('The connection dropped. Reconnecting…');
    expect(deepQuery<HTMLInputElement>(phone.el, 'input[value="tell"]')!.checked, 'the last view stays').to.equal(true);
    await audit(phone.el, 'reconnecting');
    phone.connection.setStatus('open');
    await phone.el.updateComplete;
    expect(statusLine(phone.el)).to.equal('');
  });

  it('moves focus to the heading of each new screen, but not when a view only updates it', async () => {
    const phone = await phoneShowing(PARTICIPANT.waiting());
    expect(said(deepActiveElement())).to.equal('You are in, Ann');
    phone.connection.emitParticipant(PARTICIPANT.reflection());
    await settle(phone.el);
    expect(said(deepActiveElement())).to.equal('Looking back');
    const box = deepQuery<HTMLTextAreaElement>(phone.el, 'textarea')!;
    box.focus();
    phone.connection.emitParticipant(participantView({ ...PARTICIPANT.reflection(), revision: 8, content: { ...reflection, wall: [...reflection.wall, { id: 'w-3', text: 'New on the wall' }] } }));
    await settle(phone.el);
    expect(deepQueryAll(phone.el, '.wall li')).to.have.length(3);
    expect(deepActiveElement(), 'the person typing keeps the focus').to.equal(box);
  });

  it('speaks the session’s language once the first view arrives', async () => {
    const phone = await phoneShowing(participantView({ phase: 'waiting', locale: 'nl' }));
    await waitUntil(() => heading(phone.el) === 'Je bent binnen, Ann', 'Dutch');
    phone.connection.emitParticipant(participantView({ phase: 'voting', locale: 'nb', content: dialogueAtStart, round: 2 }));
    await waitUntil(() => heading(phone.el) === 'Late again' && said(deepQuery(phone.el, '.revote')) === 'Stem på nytt etter diskusjonen.', 'Norwegian');
    expect(deepQueryAll(phone.el, '.cast li').map(said)).to.deep.equal(['Sam, Instruktør', 'Noor, Lærling']);
  });

  it('shows names, lines and wall entries that look like markup as text', async () => {
    const evil = participantView({ phase: 'waiting', me: { id: 'p-ann', displayName: XSS.img } });
    const phone = await phoneShowing(evil);
    expect(heading(phone.el)).to.equal(`You are in, ${XSS.img}`);
    const content = {
      ...dialogueAtStart,
      title: XSS.template,
      scene: XSS.rtl,
      cast: [
        { id: 'sam', name: XSS.svg, role: 'mentor' as const },
        { id: 'noor', name: XSS.script, role: 'apprentice' as const },
      ],
      lines: [{ speaker: 'noor', text: XSS.link }],
      choices: [
        { id: 'ask', text: XSS.formula },
        { id: 'tell', text: XSS.img },
      ],
    };
    phone.connection.emitParticipant(participantView({ phase: 'voting', me: { id: 'p-ann', displayName: XSS.img }, content, round: 1 }));
    await settle(phone.el);
    await expectRenderedAsText(phone.el, [XSS.template, XSS.rtl, XSS.svg, XSS.script, XSS.link, XSS.formula, XSS.img]);
    phone.connection.emitParticipant(
      participantView({ phase: 'writing', me: { id: 'p-ann', displayName: XSS.img }, content: { ...reflection, text: XSS.svg, wall: [{ id: 'w-1', text: XSS.img }, { id: 'w-2', text: XSS.script }] } }),
    );
    await settle(phone.el);
    await expectRenderedAsText(phone.el, [XSS.svg, XSS.img, XSS.script]);
  });
});

describe('<wm-live-phone> joining', () => {
  afterEach(() => setLiveLanguage('en'));

  async function tryJoin(api: MockApi, code: string, name: string) {
    const phone = await renderPhone({ code, api });
    deepQuery<HTMLInputElement>(phone.el, '#name')!.focus();
    if (name) await sendKeys({ type: name });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => said(deepQuery(phone.el, '#join-problem')) !== '', 'the problem is said');
    return { el: phone.el, opened: phone.opened, problem: said(deepQuery(phone.el, '#join-problem')) };
  }

  const error = (status: number, code: string, headers: Record<string, string> = {}) => json({ error: { code, message: `(server) ${code}` } }, status, headers);

  it('says to check the code when no session has it, and puts the focus on the code', async () => {
    const { el, problem, opened } = await tryJoin(new MockApi().on('POST', JOIN_URL, error(404, 'no-session')), 'KMP-7RX', 'Ann');
    expect(problem).to.equal('No session is running with that code. Check the code on the screen.');
    expect(deepActiveElement()).to.equal(deepQuery(el, '#code'));
    expect(deepQuery(el, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(opened).to.have.length(0);
    await audit(el, 'no session');
  });

  it('tells a full session from a finished one', async () => {
    expect((await tryJoin(new MockApi().on('POST', JOIN_URL, error(409, 'session-full')), 'KMP-7RX', 'Ann')).problem).to.equal('This session is full. Ask the facilitator.');
    expect((await tryJoin(new MockApi().on('POST', JOIN_URL, error(409, 'session-finished')), 'KMP-7RX', 'Ann')).problem).to.equal('This session has finished.');
  });

  it('says how long to wait after too many tries, from Retry-After', async () => {
    const { problem } = await tryJoin(new MockApi().on('POST', JOIN_URL, error(429, 'throttled', { 'retry-after': '30' })), 'KMP-7RX', 'Ann');
    expect(problem).to.equal('Too many tries. Wait 30 seconds, then try again.');
  });

  it('asks for another name when the server refuses it, and puts the focus on the name', async () => {
    const { el, problem } = await tryJoin(new MockApi().on('POST', JOIN_URL, error(400, 'invalid-command')), 'KMP-7RX', 'Ann');
    expect(problem).to.equal('That name cannot be used. Use 1 to 40 letters, digits or spaces.');
    expect(deepActiveElement()).to.equal(deepQuery(el, '#name'));
    await audit(el, 'bad name');
  });

  it('says when the phone cannot reach the session', async () => {
    const api = new MockApi().on('POST', JOIN_URL, () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await tryJoin(api, 'KMP-7RX', 'Ann')).problem).to.equal('Your phone could not reach the session. Check your connection and try again.');
  });

  it('checks the code and the name before asking the server', async () => {
    const api = new MockApi();
    expect((await tryJoin(api, 'KMP-0OO', 'Ann')).problem).to.equal('That is not a code: a code is six letters and digits, like KMP-7RX.');
    expect((await tryJoin(api, '', 'Ann')).problem).to.equal('Type the code from the screen.');
    const noName = await tryJoin(api, 'kmp–7rx', '');
    expect(noName.problem).to.equal('Type your name.');
    expect(deepActiveElement()).to.equal(deepQuery(noName.el, '#name'));
    expect(api.requests).to.have.length(0);
  });
});
