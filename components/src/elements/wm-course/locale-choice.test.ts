import { expect } from '@open-wc/testing';
import { hostPageLanguage } from './host-page-language.ts';
import { chooseLocale, matchLocale } from './locale-choice.ts';

describe('locale choice', () => {
  it('matches the tags LMSs send by their primary subtag and common aliases', () => {
    const all = ['en', 'nl', 'nb'] as const;
    expect(matchLocale('nb-NO', all)).to.equal('nb');
    expect(matchLocale('no', all)).to.equal('nb');
    expect(matchLocale('nl_BE', all)).to.equal('nl');
    expect(matchLocale('dut', all)).to.equal('nl');
    expect(matchLocale('fr-FR', all)).to.equal(undefined);
    expect(matchLocale('nl', ['en'])).to.equal(undefined);
  });

  it("prefers the learner's own choice, then the LMS, then the browser, then the source locale", () => {
    const all = ['en', 'nl', 'nb'] as const;
    expect(chooseLocale(all, 'en', { stored: 'nl', lms: 'nb', browser: ['en'] })).to.equal('nl');
    expect(chooseLocale(all, 'en', { stored: null, lms: 'nb-NO', browser: ['nl'] })).to.equal('nb');
    expect(chooseLocale(all, 'en', { lms: 'de', browser: ['fr', 'nl-BE'] })).to.equal('nl');
    expect(chooseLocale(all, 'en', { browser: ['fr'] })).to.equal('en');
  });

  it('takes the LMS page language after the LMS preference and before the browser (Moodle sends none, its page says it)', () => {
    const all = ['en', 'nl', 'nb'] as const;
    expect(chooseLocale(all, 'en', { page: 'no', browser: ['en-US'] })).to.equal('nb');
    expect(chooseLocale(all, 'en', { lms: 'nl', page: 'no', browser: ['en-US'] })).to.equal('nl');
    expect(chooseLocale(all, 'en', { page: 'de', browser: ['nl'] })).to.equal('nl');
  });
});

describe('host page language', () => {
  const previous = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = previous;
    document.querySelectorAll('iframe.wm-test-frame').forEach((f) => f.remove());
  });

  async function frame(): Promise<Window> {
    const iframe = document.createElement('iframe');
    iframe.className = 'wm-test-frame';
    iframe.srcdoc = '<!doctype html><html lang="en"><body>package</body></html>';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    return iframe.contentWindow!;
  }

  it("reads the lang of the same-origin page around the player's frame (Moodle's player page)", async () => {
    document.documentElement.lang = 'no';
    expect(hostPageLanguage(await frame())).to.equal('no');
  });

  it('has no answer at the top window, or when the page around says nothing', async () => {
    document.documentElement.lang = '';
    expect(hostPageLanguage(await frame())).to.equal(undefined);
    expect(hostPageLanguage(window.top!)).to.equal(undefined);
  });
});
