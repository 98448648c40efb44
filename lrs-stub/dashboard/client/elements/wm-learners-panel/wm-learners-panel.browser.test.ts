import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { holdTimers } from '../../../../../components/src/test-support/held-timers.ts';
import { emptyLearners, learners } from '../../test-support/people-fixtures.ts';
import { deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import { SEARCH_DEBOUNCE_MS } from './wm-learners-panel.ts';
import type { WmLearnersPanel } from './wm-learners-panel.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const LEARNERS = '/dashboard/api/learners';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the list shows');
const render = (api: MockApi, filters = {}) => renderWithApi<WmLearnersPanel>(html`<wm-learners-panel heading-level="1" .filters=${filters}></wm-learners-panel>`, api.client());

describe('<wm-learners-panel>', () => {
  it("says whose learners are listed: every cohort, the coordinator's own, or none yet and how to get some", async () => {
    const el = await render(new MockApi().on('GET', LEARNERS, learners));
    await ready(el);
    expect(textOf(el, '.scope')).to.equal('You see the learners of every cohort.');
    el.cohorts = ['bouw-gent', '2026-spring'];
    await el.updateComplete;
    expect(textOf(el, '.scope')).to.equal('You see the learners of your cohorts: bouw-gent, 2026-spring.');
    await audit(el, 'own cohorts');
    el.cohorts = [];
    el.username = 'lotte';
    await el.updateComplete;
    expect(textOf(el, '.scope.notice')).to.equal(
      'No cohort is assigned to you yet, so no learner is listed. Whoever runs the LRS can assign yours with: npm run lrs:user -- cohorts lotte --cohort <name>',
    );
    await audit(el, 'no cohort assigned');
  });

  it('lists the learners in view, each name a link to their page', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', LEARNERS, () => answer.promise), { cohort: 'bouw-gent' });
    await audit(el, 'loading');
    answer.resolve(json(learners));
    await ready(el);
    expect(textOf(el, '.found')).to.equal('3 learners shown.');
    const rows = rowsOf($(el, '#learners'));
    expect(rows[1]).to.deep.equal(['Åse Nordmann-Haugland', 'ase@example.no', '2026-spring', 'Norwegian Bokmål, English', '6', 'no', 'May 20, 2026']);
    const links = $$<HTMLAnchorElement>(el, '#learners tbody a');
    expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal(['/dashboard/learners/l-1', '/dashboard/learners/l-2', '/dashboard/learners/l%2F3%20x']);
    expect(textOf(el, '#learners-caption')).to.equal('Learners matching the filters and the search');
    await audit(el, 'data');
  });

  it('searches once the coordinator stops typing (debounced), with the filters', async () => {
    const debounce = holdTimers(SEARCH_DEBOUNCE_MS);
    try {
      const api = new MockApi().on('GET', LEARNERS, learners);
      const el = await render(api, { language: 'nl' });
      await ready(el);
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: 'lena' });
      expect(api.to(LEARNERS)).to.have.length(1, 'nothing sent while typing');
      expect(debounce.pending).to.equal(1, 'one debounce, restarted on every key');
      debounce.runAll();
      await waitUntil(() => api.to(LEARNERS).length === 2, 'the search is sent');
      expect(api.to(LEARNERS)[1]!.url.search).to.equal('?language=nl&q=lena');
    } finally {
      debounce.restore();
    }
  });

  it('says when no learner matches, and when more match than are shown', async () => {
    const debounce = holdTimers(SEARCH_DEBOUNCE_MS);
    try {
      const api = new MockApi().on('GET', LEARNERS, (request) => json(request.url.searchParams.get('q') ? emptyLearners : { ...learners, truncated: true }));
      const el = await render(api);
      await ready(el);
      expect(textOf(el, '.notice.warn')).to.include('More learners match than are shown');
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: 'zz' });
      debounce.runAll();
      await waitUntil(() => el.shadowRoot!.querySelector('.notice.empty'), 'no match');
      expect(textOf(el, '.notice.empty')).to.equal('No learner matches “zz”.');
      await audit(el, 'no match');
    } finally {
      debounce.restore();
    }
  });

  it('says how a learner’s data is exported and erased on request', async () => {
    const el = await render(new MockApi().on('GET', LEARNERS, learners));
    await ready(el);
    expect(textOf(el, '.privacy h2')).to.equal('Privacy: a learner’s data on request');
    expect(textOf(el, '.privacy')).to.include('Download all of this learner’s data');
    expect(textOf(el, '.privacy')).to.include('Erase this learner’s data');
  });

  it('shows names, identifiers and cohorts as text, never as markup or a script link', async () => {
    const hostile = XSS_VALUES.map((value, i) => ({ ...learners.learners[0]!, id: value, name: value, identifier: XSS_VALUES[(i + 1) % XSS_VALUES.length]!, cohorts: [value] }));
    const el = await render(new MockApi().on('GET', LEARNERS, { learners: hostile, truncated: false }));
    await ready(el);
    await expectRenderedAsText(el);
    const link = $$<HTMLAnchorElement>(el, '#learners tbody a').find((a) => a.textContent === XSS.link)!;
    expect(new URL(link.href).pathname).to.equal(`/dashboard/learners/${encodeURIComponent(XSS.link)}`);
  });
});
