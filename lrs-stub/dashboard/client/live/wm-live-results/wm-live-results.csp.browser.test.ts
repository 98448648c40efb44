import { expect, fixture, html } from '@open-wc/testing';
import { $$ } from '../../test-support/render.ts';
import './wm-live-results.ts';
import type { WmLiveResults } from './wm-live-results.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

// A file of its own: the policy, once in the page, stays for every test after it.
describe('<wm-live-results> under the live pages’ Content-Security-Policy', () => {
  it('draws its bars where the policy refuses style attributes', async () => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "style-src 'self'";
    document.head.append(policy);

    // The policy is in force: a style attribute does nothing (this is what styleMap writes first).
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    probe.setAttribute('style', 'inline-size: 123px');
    expect(probe.getBoundingClientRect().width).not.to.equal(123);

    const el = await fixture<WmLiveResults>(
      html`<wm-live-results .results=${{ tally: { round: 1, voters: 4, counts: [{ key: 'a', count: 3 }, { key: 'b', count: 1 }] } }} .labels=${[{ key: 'a', text: 'A' }, { key: 'b', text: 'B' }]}></wm-live-results>`,
    );
    const shares = $$(el, '.track').map((track) => track.querySelector('.bar')!.getBoundingClientRect().width / track.getBoundingClientRect().width);
    expect(shares.map((share) => Math.round(share * 100))).to.deep.equal([75, 25]);
  });
});
