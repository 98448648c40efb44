import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import type { WmNoticeDismissEvent, WmNoticeReloadEvent } from './events.ts';
import './wm-tracking-notice.ts';
import type { TrackingNoticeState, WmTrackingNotice } from './wm-tracking-notice.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

type El = WmTrackingNotice;
const render = (state: TrackingNoticeState = 'recording') => fixture<El>(html`<wm-tracking-notice .state=${state}></wm-tracking-notice>`);

const $ = <T extends HTMLElement = HTMLElement>(el: El, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const region = (el: El): HTMLElement => $(el, '[role="status"]');
const message = (el: El): string => region(el).textContent!.replace(/\s+/g, ' ').trim();
const buttons = (el: El): string[] => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());

/** Every state with a message, what it says (English), its buttons, and whether it asks the learner to act. */
const CASES: Array<{ state: Exclude<TrackingNoticeState, 'recording'>; says: string; buttons: string[]; tone: 'info' | 'act' }> = [
  { state: 'saved-on-device', says: 'Your progress is saved on this device and will be sent when the connection returns.', buttons: ['Hide message'], tone: 'info' },
  { state: 'sent', says: 'your progress has been sent', buttons: ['Hide message'], tone: 'info' },
  { state: 'refused', says: 'It is kept on this device; if your results look incomplete, tell your trainer.', buttons: ['Hide message'], tone: 'act' },
  { state: 'this-tab-records', says: 'This tab keeps saving your progress', buttons: ['Hide message'], tone: 'info' },
  { state: 'other-tab-records', says: 'that tab saves your progress. What you do here is not saved', buttons: [], tone: 'act' },
  { state: 'other-tab-closed', says: 'Reload this page to continue here', buttons: ['Reload this page'], tone: 'act' },
];

describe('<wm-tracking-notice>', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows nothing while progress is recorded, with its live region already in the page', async () => {
    const el = await render();
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(message(el)).to.equal('');
    expect(buttons(el)).to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.equal(0, 'takes no room');
    await expectAccessible(el, 'recording');
  });

  it('words each state calmly, in a polite live region, with the buttons it needs', async () => {
    const el = await render();
    for (const c of CASES) {
      el.state = c.state;
      await el.updateComplete;
      expect(message(el), c.state).to.contain(c.says);
      expect(buttons(el), c.state).to.deep.equal(c.buttons);
      const box = $(el, '[part="notice"]');
      expect(box.classList.contains(c.tone), c.state).to.equal(true);
      // Calm: never the red of an error; nothing is lost in any of these cases.
      expect(getComputedStyle(box).backgroundColor, c.state).not.to.equal('rgb(253, 232, 232)');
      expect(box.getBoundingClientRect().height, c.state).to.be.greaterThan(0);
      expect(el.getAttribute('state')).to.equal(c.state);
      await expectAccessible(el, c.state);
    }
  });

  it('announces a message once: rendering the same state again does not touch the live region', async () => {
    const el = await render();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region(el), { childList: true, subtree: true, characterData: true });
    try {
      el.state = 'saved-on-device';
      await el.updateComplete;
      await Promise.resolve(); // mutation records are delivered in a microtask
      expect(changes.length).to.be.greaterThan(0, 'the new message is announced');
      changes.length = 0;
      el.state = 'saved-on-device';
      el.requestUpdate();
      await el.updateComplete;
      await Promise.resolve();
      expect(changes).to.have.length(0, 'the same message is not announced again');
      el.state = 'sent';
      await el.updateComplete;
      await Promise.resolve();
      expect(changes.length).to.be.greaterThan(0);
    } finally {
      observer.disconnect();
    }
  });

  it('lets the learner hide a message with the keyboard, and shows the next state again', async () => {
    const el = await render('this-tab-records');
    const dismissed: WmNoticeDismissEvent[] = [];
    el.addEventListener('wm-notice-dismiss', (event) => dismissed.push(event));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Hide message');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dismissed.map((e) => e.state)).to.deep.equal(['this-tab-records']);
    expect(dismissed[0]!.bubbles && dismissed[0]!.composed).to.equal(true);
    expect(message(el)).to.equal('');
    expect(buttons(el)).to.deep.equal([]);
    expect(region(el).isConnected).to.equal(true, 'the live region stays for the next message');
    el.state = 'saved-on-device';
    await el.updateComplete;
    expect(message(el)).to.contain('saved on this device');
  });

  it('keeps the messages of a tab that saves nothing: no way to hide them', async () => {
    for (const state of ['other-tab-records', 'other-tab-closed'] as const) {
      const el = await render(state);
      expect(el.shadowRoot!.querySelector('button.dismiss'), state).to.equal(null);
    }
  });

  it('asks the shell before reloading when the tab that saved has closed', async () => {
    const el = await render('other-tab-closed');
    const asked: WmNoticeReloadEvent[] = [];
    el.addEventListener('wm-notice-reload', (event) => {
      asked.push(event);
      event.preventDefault(); // the shell reloads (and this test page stays)
    });
    $<HTMLButtonElement>(el, 'button.reload').click();
    expect(asked).to.have.length(1);
    expect(asked[0]!.cancelable && asked[0]!.bubbles && asked[0]!.composed).to.equal(true);
  });

  it('shows nothing for a state it does not know', async () => {
    const el = await fixture<El>(html`<wm-tracking-notice state="lost"></wm-tracking-notice>`);
    expect(message(el)).to.equal('');
  });

  it('fits a 320 px wide phone at 200 % text size in every state', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await render();
    for (const c of CASES) {
      el.state = c.state;
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, c.state).to.be.at.most(320);
      expect(el.scrollWidth, c.state).to.be.at.most(el.clientWidth);
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.right, `${c.state}: ${button.textContent}`).to.be.at.most(320);
        expect(box.height).to.be.at.least(44);
      }
    }
  });

  it('speaks Dutch and Norwegian', async () => {
    await setUiLanguage('nl');
    const el = await render('saved-on-device');
    expect(message(el)).to.equal('Je kunt gewoon verderwerken. Je voortgang wordt op dit toestel bewaard en doorgestuurd zodra er weer verbinding is.');
    expect(buttons(el)).to.deep.equal(['Melding verbergen']);
    await expectAccessible(el, 'saved on device, Dutch');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(message(el)).to.contain('Framdriften din lagres på denne enheten');
    el.state = 'other-tab-closed';
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Last inn siden på nytt']);
    await expectAccessible(el, 'other tab closed, Norwegian');
  });
});
