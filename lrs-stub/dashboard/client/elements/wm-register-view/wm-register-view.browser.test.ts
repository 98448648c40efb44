import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { holdTimers } from '../../../../../components/src/test-support/held-timers.ts';
import { emptyRegister, registerList } from '../../test-support/people-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import type { WmRevokeDialog } from '../wm-revoke-dialog/wm-revoke-dialog.ts';
import { REGISTER_SEARCH_DEBOUNCE_MS } from './wm-register-view.ts';
import type { WmRegisterView } from './wm-register-view.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const ENTRIES = '/register/api/entries';
const REVOKE = '/register/api/entries/7K3M-Q9XD-2HPA/revoke';
const ready = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('.content:not(.stale), .notice.empty'), 'the register shows');
const render = (api: MockApi, role: 'coordinator' | 'viewer' = 'coordinator') =>
  renderWithApi<WmRegisterView>(html`<wm-register-view user-role=${role}></wm-register-view>`, api.client('csrf-reg'));

async function openRevoke(el: WmRegisterView): Promise<WmRevokeDialog> {
  $<HTMLButtonElement>(el, 'button.revoke').click();
  const dialog = $<WmRevokeDialog>(el, 'wm-revoke-dialog');
  await waitUntil(() => dialog.open, 'the dialog opens');
  return dialog;
}

describe('<wm-register-view>', () => {
  it('lists every certificate with its status and credential downloads', async () => {
    const answer = deferred<Response>();
    const el = await render(new MockApi().on('GET', ENTRIES, () => answer.promise));
    expect(textOf(el, 'h1')).to.equal('Register of certified mentors');
    await audit(el, 'loading');
    answer.resolve(json(registerList));
    await ready(el);
    expect(textOf(el, '.found')).to.equal('3 certificates match.');
    const rows = rowsOf($(el, '#register'));
    expect(rows[0]!.slice(0, 8)).to.deep.equal(['7K3M-Q9XD-2HPA', 'Lena Vermeulen', 'lena.vermeulen@example.be', 'May 12, 2026', 'Dutch', '1.2.0', 'this LRS', 'Valid']);
    expect(rows[2]![7]).to.equal('Revoked on May 2, 2026 Reason: Issued to the wrong account; re-issued under his email address.');
    const downloads = $$<HTMLAnchorElement>(el, '#register tbody tr:first-child .downloads a');
    expect(downloads.map((a) => new URL(a.href).pathname)).to.deep.equal([
      '/register/api/entries/7K3M-Q9XD-2HPA/credential.json',
      '/register/api/entries/7K3M-Q9XD-2HPA/credential.jwt',
      '/register/api/entries/7K3M-Q9XD-2HPA/certificate.svg',
    ]);
    expect(downloads[1]!.getAttribute('aria-label')).to.equal('Credential of Lena Vermeulen (7K3M-Q9XD-2HPA) as a signed JWT');
    expect($$(el, 'button.revoke')).to.have.length(2, 'only valid certificates can be revoked');
    await audit(el, 'data');
  });

  it('searches (debounced) and filters by status, and the CSV link follows both', async () => {
    const debounce = holdTimers(REGISTER_SEARCH_DEBOUNCE_MS);
    try {
      const api = new MockApi().on('GET', ENTRIES, registerList);
      const el = await render(api);
      await ready(el);
      const status = $<HTMLSelectElement>(el, '#status');
      status.value = 'revoked';
      status.dispatchEvent(new Event('change'));
      await waitUntil(() => api.to(ENTRIES).length === 2, 'the status is applied');
      expect(api.to(ENTRIES)[1]!.url.search).to.equal('?status=revoked');
      $<HTMLInputElement>(el, '#search').focus();
      await sendKeys({ type: 'okafor' });
      expect(api.to(ENTRIES)).to.have.length(2);
      debounce.runAll();
      await waitUntil(() => api.to(ENTRIES).length === 3, 'the search is sent');
      expect(api.to(ENTRIES)[2]!.url.search).to.equal('?q=okafor&status=revoked');
      const csv = new URL($<HTMLAnchorElement>(el, 'a.csv').href);
      expect(csv.pathname + csv.search).to.equal('/register/api/entries?q=okafor&status=revoked&format=csv');
    } finally {
      debounce.restore();
    }
  });

  it('revokes with a reason, after a dialog that names whose certificate it is', async () => {
    let revoked = false;
    const api = new MockApi()
      .on('GET', ENTRIES, () => json(revoked ? { ...registerList, entries: registerList.entries.map((e, i) => (i === 0 ? { ...e, status: 'revoked', revokedOn: '2026-06-01', revokedReason: 'Issued in error' } : e)) } : registerList))
      .on('POST', REVOKE, (request) => {
        revoked = true;
        return json({ ...registerList.entries[0]!, status: 'revoked', revokedReason: JSON.parse(request.body!).reason });
      });
    const el = await render(api);
    await ready(el);
    const dialog = await openRevoke(el);
    expect(textOf(dialog, 'h2')).to.equal('Revoke the certificate of Lena Vermeulen?');
    expect(textOf(dialog, '#revoke-body')).to.include('7K3M-Q9XD-2HPA');
    expect(dialog.shadowRoot!.activeElement).to.equal($(dialog, '#reason'));
    await audit(dialog, 'dialog open');

    await sendKeys({ type: 'no' });
    $<HTMLButtonElement>(dialog, 'button[type=submit]').click();
    await dialog.updateComplete;
    expect(textOf(dialog, '#reason-error')).to.equal('Give a reason of at least 3 characters.');
    expect(api.to(REVOKE)).to.have.length(0);
    await audit(dialog, 'dialog with a too short reason');

    await sendKeys({ type: 't valid, issued in error' });
    $<HTMLButtonElement>(dialog, 'button[type=submit]').click();
    await waitUntil(() => !dialog.open, 'the dialog closes');
    const sent = api.to(REVOKE)[0]!;
    expect(sent.headers.get('x-csrf-token')).to.equal('csrf-reg');
    expect(sent.headers.get('content-type')).to.equal('application/json');
    expect(JSON.parse(sent.body!)).to.deep.equal({ reason: 'not valid, issued in error' });
    await waitUntil(() => api.to(ENTRIES).length === 2 && el.shadowRoot!.querySelectorAll('button.revoke').length === 1, 'the register loads again');
    const message = $(el, '.message');
    expect(message.textContent).to.equal('The certificate of Lena Vermeulen (7K3M-Q9XD-2HPA) is revoked.');
    expect(el.shadowRoot!.activeElement).to.equal(message);
  });

  it('says why a revocation failed and keeps the dialog open', async () => {
    const api = new MockApi().on('GET', ENTRIES, registerList).on('POST', REVOKE, apiError(409, 'already revoked on 2026-05-02'));
    const el = await render(api);
    await ready(el);
    const dialog = await openRevoke(el);
    await sendKeys({ type: 'Issued in error' });
    $<HTMLButtonElement>(dialog, 'button[type=submit]').click();
    await waitUntil(() => textOf(dialog, '[role="status"]').includes('already revoked'), 'the failure is said');
    expect(dialog.open).to.equal(true);
    await audit(dialog, 'dialog after a failure');
  });

  it('shows viewers the register without revoking or importing', async () => {
    const el = await render(new MockApi().on('GET', ENTRIES, registerList), 'viewer');
    await ready(el);
    expect($$(el, 'button.revoke')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('wm-moodle-import')).to.equal(null);
    expect($$(el, '#register thead th')).to.have.length(9);
    expect(textOf(el, '.viewer-note')).to.equal('Revoking certificates and importing from Moodle need the coordinator role.');
    await audit(el, 'viewer');
  });

  it('shows the empty and the failed state', async () => {
    const empty = await render(new MockApi().on('GET', ENTRIES, emptyRegister));
    await waitUntil(() => empty.shadowRoot!.querySelector('.notice.empty'), 'empty');
    expect(textOf(empty, '.notice.empty')).to.include('No certificate is in the register yet.');
    await audit(empty, 'empty');
    const failed = await render(new MockApi().on('GET', ENTRIES, apiError(500, 'x')));
    await waitUntil(() => failed.shadowRoot!.querySelector('.notice.bad'), 'error');
    await audit(failed, 'error');
  });

  it('shows names, identifiers and revocation reasons as text, in the table and the dialog', async () => {
    const entries = XSS_VALUES.map((value, i) => ({ ...registerList.entries[i % 3]!, code: `AAAA-BBBB-CC${String(i).padStart(2, '0')}`, name: value, identifier: value, revokedReason: registerList.entries[i % 3]!.status === 'revoked' ? value : null }));
    const el = await render(new MockApi().on('GET', ENTRIES, { entries, total: entries.length, truncated: false }));
    await ready(el);
    const dialog = await openRevoke(el);
    await expectRenderedAsText(el);
    expect(textOf(dialog, 'h2')).to.equal(`Revoke the certificate of ${XSS.img}?`);
  });
});
