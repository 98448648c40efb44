import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WmFiltersChangeEvent } from '../../app/events.ts';
import { setDashboardLanguage } from '../../i18n/dashboard-i18n.ts';
import { emptyFilterOptions, filterOptions } from '../../test-support/analytics-fixtures.ts';
import { apiError, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import './wm-filter-bar.ts';
import type { WmFilterBar } from './wm-filter-bar.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const OPTIONS = '/dashboard/api/filters';
const loaded = (el: WmFilterBar) => waitUntil(() => el.shadowRoot!.querySelector('.summary, .notice'), 'the options are in');
const render = (api: MockApi, filters = {}) => renderWithApi<WmFilterBar>(html`<wm-filter-bar .filters=${filters}></wm-filter-bar>`, api.client());
const optionsOf = (el: WmFilterBar, id: string) => $$<HTMLOptionElement>(el, `#${id} option`).map((o) => [o.value, o.textContent]);

describe('<wm-filter-bar>', () => {
  afterEach(() => setDashboardLanguage('en'));

  it('offers the cohorts, languages and modules the server knows, and says what is recorded', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions));
    await loaded(el);
    expect(optionsOf(el, 'cohort')).to.deep.equal([['', 'All'], ['2026-spring', '2026-spring'], ['2026-autumn', '2026-autumn'], ['bouw-gent', 'bouw-gent']]);
    expect(optionsOf(el, 'language').map(([, label]) => label)).to.deep.equal(['All', 'English', 'Dutch', 'Norwegian Bokmål']);
    expect(optionsOf(el, 'module')[1]).to.deep.equal(['being-a-mentor', 'Being a mentor: why it matters and what it takes']);
    expect(textOf(el, '.summary')).to.equal('18,432 statements from 124 learners, Feb 2, 2026 to May 29, 2026');
    expect(textOf(el, '.active')).to.equal('No filters: everything recorded');
    expect($<HTMLButtonElement>(el, '.reset button').disabled).to.equal(true);
    await audit(el, 'no filters');
  });

  it('reports a change at once, keeping the other filters', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions), { from: '2026-03-01' });
    await loaded(el);
    const select = $<HTMLSelectElement>(el, '#cohort');
    select.value = 'bouw-gent';
    const changed = oneEvent(el, 'wm-filters-change') as Promise<WmFiltersChangeEvent>;
    select.dispatchEvent(new Event('change'));
    expect((await changed).filters).to.deep.equal({ from: '2026-03-01', cohort: 'bouw-gent' });
    const from = $<HTMLInputElement>(el, '#from');
    expect(from.value).to.equal('2026-03-01');
    from.value = '';
    const cleared = oneEvent(el, 'wm-filters-change') as Promise<WmFiltersChangeEvent>;
    from.dispatchEvent(new Event('change'));
    expect((await cleared).filters).to.deep.equal({});
  });

  it('resets every filter and moves focus to the first field', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions), { cohort: '2026-spring', language: 'nl' });
    await loaded(el);
    expect(textOf(el, '.active')).to.equal('2 filters applied');
    await audit(el, 'with filters');
    const reset = oneEvent(el, 'wm-filters-change') as Promise<WmFiltersChangeEvent>;
    $<HTMLButtonElement>(el, '.reset button').click();
    const event = await reset;
    expect(event.filters).to.deep.equal({});
    expect(event.reset).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#from'));
  });

  it('keeps a bookmarked value the server no longer offers, so it can be seen and removed', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions), { cohort: 'old-cohort' });
    await loaded(el);
    const select = $<HTMLSelectElement>(el, '#cohort');
    expect(select.value).to.equal('old-cohort');
    expect(optionsOf(el, 'cohort').at(-1)).to.deep.equal(['old-cohort', 'old-cohort']);
  });

  it('warns when the range is upside down', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions), { from: '2026-05-01', to: '2026-04-01' });
    await loaded(el);
    expect(textOf(el, '#range-problem')).to.include('“To” is before “From”');
    expect($(el, '#to').getAttribute('aria-describedby')).to.equal('range-problem');
    await audit(el, 'upside-down range');
  });

  it('still works with dates when the options fail, and says so; and says when nothing is recorded', async () => {
    const failed = await render(new MockApi().on('GET', OPTIONS, apiError(500, 'x')));
    await loaded(failed);
    expect(textOf(failed, '.notice')).to.equal('The filter choices could not be loaded; dates still work.');
    await audit(failed, 'options failed');
    const empty = await render(new MockApi().on('GET', OPTIONS, emptyFilterOptions));
    await loaded(empty);
    expect(textOf(empty, '.summary')).to.equal('No statements recorded yet.');
  });

  it('writes counts, dates and language names in the chosen language', async () => {
    await setDashboardLanguage('nl');
    const el = await render(new MockApi().on('GET', OPTIONS, filterOptions));
    await loaded(el);
    expect(textOf(el, '.summary')).to.equal('18.432 statements van 124 cursisten, van 2 feb 2026 tot 29 mei 2026');
    expect(optionsOf(el, 'language').map(([, label]) => label)).to.deep.equal(['Alle', 'Engels', 'Nederlands', 'Noors - Bokmål']);
  });

  it('shows cohorts and module names as text, never as markup', async () => {
    const el = await render(new MockApi().on('GET', OPTIONS, { ...filterOptions, cohorts: [...XSS_VALUES], modules: XSS_VALUES.map((name, i) => ({ id: `m${i}`, names: { en: name } })) }));
    await loaded(el);
    await expectRenderedAsText(el);
  });
});
