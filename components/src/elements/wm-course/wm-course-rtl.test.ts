import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { messages as arabic } from '../../../../tests/fixtures/locales/ar/index.ts';
import { i18n, setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import { rtlShellConfig } from './test-data.ts';
import { mount, welcome } from './test-driver.ts';

// Arabic is a right-to-left sample here (test data), not one of the course's languages.
describe('<wm-course> in a right-to-left language', () => {
  const lang = document.documentElement.lang;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('wm-course').forEach((e) => e.remove());
    fixtureCleanup();
    if (i18n.hasResourceBundle('ar', 'translation')) i18n.removeResourceBundle('ar', 'translation');
    await setUiLanguage('en');
    document.documentElement.lang = lang;
    document.documentElement.dir = 'ltr';
  });

  it('turns the page right to left and shows the Arabic course and interface text', async () => {
    // The interface text comes from the fixture folder, as the player would load locales/ar/.
    i18n.addResourceBundle('ar', 'translation', arabic);
    const { el, loaded } = await mount({ config: rtlShellConfig, tracker: new MemoryTracker({ language: 'ar' }) });
    expect(loaded).to.include('ar');
    expect(document.documentElement.lang).to.equal('ar');
    expect(document.documentElement.dir).to.equal('rtl');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const screen = welcome(el)!.shadowRoot!;
    expect(screen.querySelector('h2')!.textContent).to.equal('أساسيات الإرشاد');
    expect(screen.querySelector('button.start')!.textContent!.trim()).to.equal('ابدأ الدورة');
    // The browser lays it out right to left: the start button's text runs from the right edge.
    expect(getComputedStyle(screen.querySelector('h2')!).direction).to.equal('rtl');
    // The picker names each language in that language, from Intl, not from a list in code.
    expect([...screen.querySelectorAll('option')].map((o) => o.textContent!.trim())).to.deep.equal(['English', 'العربية']);
    await expectAccessible(el, 'Arabic welcome');
  });

  it('reads right to left by the course language even when the language has no interface text of its own', async () => {
    const { el } = await mount({ config: rtlShellConfig, tracker: new MemoryTracker({ language: 'ar' }) });
    expect(document.documentElement.lang).to.equal('ar');
    expect(document.documentElement.dir).to.equal('rtl');
    const screen = welcome(el)!.shadowRoot!;
    expect(screen.querySelector('h2')!.textContent).to.equal('أساسيات الإرشاد');
    // No locales/ar/ in the repository: the buttons stay English rather than showing keys.
    expect(screen.querySelector('button.start')!.textContent!.trim()).to.equal('Start the course');
  });

  it('turns back to left to right when the learner picks English', async () => {
    const { el } = await mount({ config: rtlShellConfig, tracker: new MemoryTracker({ language: 'ar' }) });
    const select = welcome(el)!.shadowRoot!.querySelector('select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => welcome(el)!.shadowRoot!.querySelector('h2')!.textContent === 'Mentoring basics');
    expect(document.documentElement.dir).to.equal('ltr');
    expect(document.documentElement.lang).to.equal('en');
  });
});
