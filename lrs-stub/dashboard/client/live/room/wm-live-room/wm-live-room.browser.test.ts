import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RoomView } from '../../../../../live/session-views.ts';
import { setLiveLanguage } from '../../i18n/live-i18n.ts';
import { audit } from '../../../test-support/render.ts';
import { expectRenderedAsText, XSS } from '../../../test-support/xss-corpus.ts';
import { FakeLiveConnection } from '../../test-support/fake-live-connection.ts';
import { dialogueAtStart, reflection, ROOM, roomView, SESSION_ID } from '../../test-support/live-view-fixtures.ts';
import { MemoryStorage } from '../../test-support/memory-storage.ts';
import { deepQuery, deepQueryAll, said, settle } from '../../test-support/render-live.ts';
import { backgroundOf, textSamples } from '../../test-support/text-legibility.ts';
import './wm-live-room.ts';
import type { WmLiveRoom } from './wm-live-room.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

async function renderRoom(view?: RoomView, storage = new MemoryStorage()) {
  const connection = new FakeLiveConnection();
  const el = await fixture<WmLiveRoom>(
    html`<wm-live-room .connection=${connection} .sessionId=${SESSION_ID} .joinUrl=${'https://lrs.example.org/live'} .storage=${storage}></wm-live-room>`,
  );
  if (view) connection.emitRoom(view);
  await settle(el);
  return { el, connection, storage };
}

const main = (el: WmLiveRoom) => el.shadowRoot!.querySelector('main')!;

describe('<wm-live-room>', () => {
  afterEach(async () => {
    await setLiveLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows how to join in the waiting room: the address, the code, the QR code and who is in', async () => {
    const { el } = await renderRoom(ROOM.waiting());
    expect(said(deepQuery(el, 'h1'))).to.equal('Join the session');
    expect(said(deepQuery(el, '.url'))).to.equal('lrs.example.org/live');
    expect(said(deepQuery(el, '.code'))).to.equal('KMP-7RX');
    const qr = deepQuery<HTMLImageElement>(el, 'img.qr')!;
    expect(qr.getAttribute('src')).to.equal(`/live/api/sessions/${SESSION_ID}/qr.svg`);
    expect(qr.alt).to.equal('QR code that opens lrs.example.org/live with the code KMP-7RX');
    expect(said(deepQuery(el, '#people-heading'))).to.equal('3 joined');
    expect(deepQueryAll(el, '.chips li').map(said)).to.deep.equal(['Ann', 'Bo', 'Cy']);
    await audit(el, 'waiting');
  });

  it('says nobody has joined yet in an empty room', async () => {
    const { el } = await renderRoom(ROOM.empty());
    expect(said(deepQuery(el, '.people'))).to.equal('0 joined Nobody has joined yet.');
    await audit(el, 'empty room');
  });

  it('shows a dialogue decision with how many voted, never how, and the join line for latecomers', async () => {
    const { el } = await renderRoom(ROOM.dialogue());
    expect(said(deepQuery(el, 'h1'))).to.equal('Late again');
    expect(said(deepQuery(el, '.join-line'))).to.equal('Join at lrs.example.org/live with the code KMP-7RX · 3 joined');
    expect(said(deepQuery(el, '.scene'))).to.equal(dialogueAtStart.scene);
    expect(deepQueryAll(el, '.line').map(said)).to.deep.equal(['Noor: Sorry, the bus was late.']);
    expect(deepQueryAll(el, '.choices li').map(said)).to.deep.equal(['Ask what happened', 'Third time this week.', 'Let’s talk at the break.']);
    expect(said(deepQuery(el, '.tally-line'))).to.equal('2 of 3 voted · Vote on your phone.');
    expect(deepQuery(el, 'wm-live-results')).to.equal(undefined);
    expect(said(main(el))).not.to.match(/\d+ votes?\b|%/);
    await audit(el, 'dialogue voting');
  });

  it('shows a quiz item’s prompt and options, and true and false in words', async () => {
    const { el, connection } = await renderRoom(ROOM.single());
    expect(said(deepQuery(el, '.prompt'))).to.equal('Which comes first in feedback?');
    expect(deepQueryAll(el, '.choices li').map(said)).to.deep.equal(['Your opinion', 'What you saw', 'A solution']);
    expect(said(deepQuery(el, '.tally-line'))).to.equal('1 of 3 voted · Vote on your phone.');
    connection.emitRoom(ROOM.trueFalse());
    await settle(el);
    expect(deepQueryAll(el, '.choices li').map(said)).to.deep.equal(['True', 'False']);
    await audit(el, 'true-false voting');
  });

  it('shows the revealed votes, round 1 beside round 2 and how they moved', async () => {
    const { el } = await renderRoom(ROOM.dialogueRevealed());
    const results = deepQuery(el, 'wm-live-results')!;
    expect(results.getAttribute('size')).to.equal('room');
    expect(deepQueryAll(results, '.votes li').map(said)[0]).to.equal('Ask what happened Round 1: 5 votes · 42% Round 2: 8 votes · 67%');
    expect(deepQueryAll(results, '.moves li').map(said)[1]).to.equal('3 went from Third time this week. to Ask what happened');
    expect(deepQueryAll(results, '.tag.mine'), 'the projector has no “your vote”').to.have.length(0);
    await audit(el, 'dialogue revealed');
  });

  it('marks the right answer of a quiz item and explains it', async () => {
    const { el } = await renderRoom(ROOM.singleRevealed());
    const results = deepQuery(el, 'wm-live-results')!;
    expect(said(deepQuery(results, '[data-key="b"] .tag.correct'))).to.equal('✓ Right answer');
    expect(said(deepQuery(results, '.right'))).to.equal('6 of 10 answered exactly right.');
    expect(said(deepQuery(el, '.explanation'))).to.equal('Why Right: start with what you saw.');
    await audit(el, 'quiz revealed');
  });

  it('shows the followed choice with its feedback, and the ending’s debrief', async () => {
    const { el, connection } = await renderRoom(ROOM.dialogueFollowed());
    expect(said(deepQuery(el, '.followed'))).to.equal('The room chose Ask what happened Good choice Asking first opens the talk.');
    connection.emitRoom(ROOM.dialogueEnded());
    await settle(el);
    expect(said(deepQuery(el, '.ending'))).to.equal('How it ended: A plan together It went well Noor made her own plan, so she is more likely to keep it.');
    await audit(el, 'ending');
  });

  it('shows the reflection prompt and the wall the facilitator let through', async () => {
    const { el } = await renderRoom(ROOM.reflection());
    expect(said(deepQuery(el, '.prompt'))).to.equal('A moment you gave feedback that worked.');
    expect(deepQueryAll(el, '.wall li').map((entry) => entry.textContent)).to.deep.equal(['I asked first and listened.', 'Short and on the spot.\nIt worked.']);
    expect(said(main(el))).to.contain('Answer on your phone. Answers are anonymous.');
    await audit(el, 'reflection');
  });

  it('thanks the room at the end', async () => {
    const { el } = await renderRoom(ROOM.finished());
    expect(said(main(el))).to.equal('Thank you The session has finished. Thank you all for taking part.');
    await audit(el, 'finished');
  });

  it('says when the connection dropped, and what to do when the screen is refused', async () => {
    const { el, connection } = await renderRoom(ROOM.dialogue());
    connection.setStatus('reconnecting');
    await el.updateComplete;
    expect(said(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('The connection dropped. Reconnecting…');
    await audit(el, 'reconnecting');
    connection.refuse('not-allowed');
    await el.updateComplete;
    expect(said(main(el))).to.contain('once you are logged in to the dashboard in this browser');
    expect(deepQuery<HTMLAnchorElement>(el, 'main a')!.getAttribute('href')).to.equal('/dashboard');
    expect(said(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('');
    await audit(el, 'not allowed');
  });

  it('speaks the session’s language', async () => {
    const { el } = await renderRoom(roomView({ ...ROOM.dialogue(), locale: 'nb' }));
    await waitUntil(() => said(deepQuery(el, '.tally-line')) === '2 av 3 har stemt · Stem på telefonen.', 'Norwegian');
    expect(said(deepQuery(el, 'header button'))).to.equal('Høy kontrast');
  });

  it('switches to high contrast and remembers it on this laptop', async () => {
    const { el, storage } = await renderRoom(ROOM.waiting());
    const toggle = deepQuery<HTMLButtonElement>(el, 'header button')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(backgroundOf(main(el))).to.equal('#ffffff');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('contrast')).to.equal('high');
    expect(backgroundOf(main(el))).to.equal('#000000');
    expect(getComputedStyle(deepQuery(el, '.code')!).color).to.equal('rgb(255, 255, 255)');
    await audit(el, 'high contrast');
    const again = await renderRoom(ROOM.waiting(), storage);
    expect(again.el.getAttribute('contrast'), 'the next session on this laptop').to.equal('high');
    deepQuery<HTMLButtonElement>(again.el, 'header button')!.click();
    await again.el.updateComplete;
    expect(storage.length).to.equal(0);
  });

  for (const contrast of ['normal', 'high'] as const) {
    it(`is readable from the back of the room at 1280 × 720: text at least 28 px, headings larger, contrast at least 7:1 (${contrast})`, async () => {
      await setViewport({ width: 1280, height: 720 });
      const storage = new MemoryStorage();
      if (contrast === 'high') storage.setItem('workmentor.live.room.high-contrast', 'true');
      for (const [state, view] of Object.entries({ waiting: ROOM.waiting(), voting: ROOM.dialogueFollowed(), revealed: ROOM.dialogueRevealed(), quiz: ROOM.singleRevealed(), ending: ROOM.dialogueEnded(), wall: ROOM.reflection() })) {
        const { el } = await renderRoom(view, storage);
        expect(el.getAttribute('contrast')).to.equal(contrast);
        const samples = textSamples(el);
        expect(samples.length, state).to.be.greaterThan(5);
        for (const sample of samples) {
          expect(sample.fontSize, `${state}: ${sample.where} font size`).to.be.at.least(28);
          expect(Math.floor(sample.ratio * 100) / 100, `${state}: ${sample.where} contrast`).to.be.at.least(7);
        }
        const body = parseFloat(getComputedStyle(main(el)).fontSize);
        expect(parseFloat(getComputedStyle(deepQuery(el, 'h1')!).fontSize), `${state}: h1`).to.be.greaterThan(body);
        await audit(el, `${state} at 1280 × 720, ${contrast} contrast`);
        // One screen in the page at a time, as on the projector (one main, one banner).
        fixtureCleanup();
      }
    });
  }

  it('fits a 1280 × 720 projector without sideways scrolling', async () => {
    await setViewport({ width: 1280, height: 720 });
    for (const view of [ROOM.waiting(), ROOM.dialogue(), ROOM.dialogueRevealed(), ROOM.reflection()]) {
      const { el } = await renderRoom(view);
      expect(document.documentElement.scrollWidth, view.phase).to.be.at.most(1280);
    }
  });

  it('shows names, lines and wall entries that look like markup as text', async () => {
    const { el, connection } = await renderRoom(roomView({ phase: 'waiting', participants: [XSS.img, XSS.svg, XSS.script, XSS.template] }));
    await expectRenderedAsText(deepQuery(el, '.people')!, [XSS.img, XSS.svg, XSS.script, XSS.template]);
    connection.emitRoom(
      roomView({
        phase: 'voting',
        round: 1,
        participants: [XSS.img],
        content: { ...dialogueAtStart, title: XSS.svg, scene: XSS.rtl, cast: [{ id: 'sam', name: XSS.link, role: 'mentor' }, { id: 'noor', name: XSS.img, role: 'apprentice' }], lines: [{ speaker: 'noor', text: XSS.script }], choices: [{ id: 'ask', text: XSS.formula }, { id: 'tell', text: XSS.img }] },
      }),
    );
    await settle(el);
    await expectRenderedAsText(main(el), [XSS.svg, XSS.rtl, XSS.link, XSS.img, XSS.script, XSS.formula]);
    connection.emitRoom(roomView({ phase: 'writing', participants: [XSS.img], content: { ...reflection, wall: [{ id: 'w-1', text: XSS.img }, { id: 'w-2', text: XSS.template }] } }));
    await settle(el);
    await expectRenderedAsText(main(el), [XSS.img, XSS.template]);
  });
});
