import { expect } from '@open-wc/testing';
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
});
