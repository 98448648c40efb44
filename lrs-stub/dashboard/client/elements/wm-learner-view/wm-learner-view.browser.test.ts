import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WmNavigateEvent } from '../../app/events.ts';
import { learnerDetail } from '../../test-support/people-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmEraseDialog } from '../wm-erase-dialog/wm-erase-dialog.ts';
import './wm-learner-view.ts';
import type { WmLearnerView } from './wm-learner-view.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const DETAIL = '/dashboard/api/learners/l-1';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice'), 'the learner shows');
const render = (api: MockApi, id = 'l-1') => renderWithApi<WmLearnerView>(html`<wm-learner-view .learnerId=${id}></wm-learner-view>`, api.client('csrf-123'));
const dialogOf = (el: WmLearnerView) => $<WmEraseDialog>(el, 'wm-erase-dialog');

async function openErase(el: WmLearnerView): Promise<WmEraseDialog> {
  $<HTMLButtonElement>(el, 'button.erase').click();
  const dialog = dialogOf(el);
  await waitUntil(() => dialog.open, 'the dialog opens');
  return dialog;
}

describe('<wm-learner-view>', () => {
  it('shows who the learner is, their modules, quizzes and latest statements', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', DETAIL, () => answer.promise));
    expect(textOf(el, 'h1')).to.equal('Learner');
    await audit(el, 'loading');
    answer.resolve(json(learnerDetail));
    await ready(el);
    expect(textOf(el, 'h1')).to.equal('Lena Vermeulen');
    expect(rowsOf($(el, '#modules'))[1]).to.deep.equal(['Giving and asking for feedback', 'Apr 10, 2026', 'not yet', '16 min']);
    expect(rowsOf($(el, '#quizzes'))[1]).to.deep.equal(['Final assessment', '1', '55%', 'no']);
    expect(rowsOf($(el, '#recent'))).to.have.length(2);
    expect(new URL($<HTMLAnchorElement>(el, 'a.back').href).pathname).to.equal('/dashboard/learners');
    await audit(el, 'data');
  });

  it('says a learner it cannot open may be erased or in a cohort not followed, without offering to try again', async () => {
    const el = await render(new MockApi().on('GET', DETAIL, () => apiError(404, 'GET /dashboard/api/learners/l-1: no such learner in this LRS')));
    await ready(el);
    expect(textOf(el, 'h1')).to.equal('Learner');
    expect(textOf(el, '.not-in-view .notice-title')).to.equal('This learner is not in your list');
    expect(textOf(el, '.not-in-view')).to.include('a cohort you do not follow');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.include('different versions');
    await audit(el, 'not in view');
  });

  it('offers the learner’s data as a download', async () => {
    const el = await render(new MockApi().on('GET', DETAIL, learnerDetail));
    await ready(el);
    const link = $<HTMLAnchorElement>(el, 'a.export');
    expect(new URL(link.href).pathname).to.equal('/dashboard/api/learners/l-1/export');
    expect(link.hasAttribute('download')).to.equal(true);
  });

  it('erases only after the learner’s identifier is typed, then goes back to the list and says so', async () => {
    const api = new MockApi().on('GET', DETAIL, learnerDetail).on('DELETE', DETAIL, json({ statements: 12, documents: 3, derived: 1 }));
    const el = await render(api);
    await ready(el);
    const dialog = await openErase(el);
    expect(dialog.shadowRoot!.activeElement).to.equal($(dialog, '#confirm-word'));
    expect(textOf(dialog, 'h2')).to.equal('Erase the data of Lena Vermeulen?');
    expect(textOf(dialog, 'label')).to.include('lena.vermeulen@example.be');
    await audit(dialog, 'dialog open');

    await sendKeys({ type: 'lena' });
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    expect(textOf(dialog, '#confirm-error')).to.equal('Type lena.vermeulen@example.be exactly as shown to confirm.');
    expect($(dialog, '#confirm-word').getAttribute('aria-invalid')).to.equal('true');
    expect(api.to(DETAIL, 'DELETE')).to.have.length(0);
    await audit(dialog, 'dialog with a mismatch');

    $<HTMLInputElement>(dialog, '#confirm-word').select();
    await sendKeys({ type: 'lena.vermeulen@example.be' });
    const navigated = oneEvent(el, 'wm-navigate') as Promise<WmNavigateEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await navigated;
    expect(event.href).to.equal('/dashboard/learners');
    expect(event.announcement).to.equal('The data of Lena Vermeulen has been erased.');
    const sent = api.to(DETAIL, 'DELETE')[0]!;
    expect(sent.headers.get('x-csrf-token')).to.equal('csrf-123');
    expect(JSON.parse(sent.body!)).to.deep.equal({ confirm: 'lena.vermeulen@example.be' });
    expect(dialog.open).to.equal(false);
  });

  it('keeps the dialog open and says why when the server refuses', async () => {
    const api = new MockApi().on('GET', DETAIL, learnerDetail).on('DELETE', DETAIL, apiError(403, 'coordinator role needed'));
    const el = await render(api);
    await ready(el);
    const dialog = await openErase(el);
    await sendKeys({ type: 'lena.vermeulen@example.be' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(dialog, '[role="status"]').startsWith('The data could not be erased'), 'the failure is said');
    expect(dialog.open).to.equal(true);
    await audit(dialog, 'dialog after a failure');
  });

  it('closes on Cancel without erasing', async () => {
    const api = new MockApi().on('GET', DETAIL, learnerDetail);
    const el = await render(api);
    await ready(el);
    const dialog = await openErase(el);
    $<HTMLButtonElement>(dialog, 'button.secondary').click();
    expect(dialog.open).to.equal(false);
    expect(api.to(DETAIL, 'DELETE')).to.have.length(0);
  });

  it('shows the learner’s name, identifier, cohorts and statements as text, also in the dialog', async () => {
    const hostile = {
      ...learnerDetail,
      learner: { ...learnerDetail.learner, name: XSS.img, identifier: XSS.link, cohorts: [...XSS_VALUES] },
      recent: XSS_VALUES.map((value) => ({ at: '2026-05-01T10:00:00Z', verb: value, object: value })),
    };
    const el = await render(new MockApi().on('GET', DETAIL, hostile));
    await ready(el);
    const dialog = await openErase(el);
    await expectRenderedAsText(el);
    expect(textOf(dialog, 'h2')).to.equal(`Erase the data of ${XSS.img}?`);
  });
});
