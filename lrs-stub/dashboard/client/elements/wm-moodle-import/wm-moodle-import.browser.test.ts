import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { importReport } from '../../test-support/people-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import './wm-moodle-import.ts';
import type { WmMoodleImport } from './wm-moodle-import.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const IMPORT = '/register/api/import/moodle';
const CSV = 'First name,Surname,Email address\nSara,Janssens,sara.janssens@example.be\n';
const render = (api: MockApi) => renderWithApi<WmMoodleImport>(html`<wm-moodle-import></wm-moodle-import>`, api.client('csrf-imp'));

function chooseFile(el: WmMoodleImport, text = CSV): void {
  const input = $<HTMLInputElement>(el, '#moodle-file');
  const files = new DataTransfer();
  files.items.add(new File([text], 'moodle.csv', { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('<wm-moodle-import>', () => {
  it('asks for a file first, pointing at the field', async () => {
    const api = new MockApi();
    const el = await render(api);
    await audit(el, 'empty form');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(textOf(el, '#file-error')).to.equal('Choose a CSV file first.');
    expect($(el, '#moodle-file').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#moodle-file'));
    expect(api.requests).to.have.length(0);
    await audit(el, 'no file');
  });

  it('sends the file as text/csv with the CSRF token and shows the report, unmatched rows with their lines', async () => {
    const answer = deferred<Response>();
    const api = new MockApi().on('POST', IMPORT, () => answer.promise);
    const el = await render(api);
    chooseFile(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => textOf(el, '[role="status"]') === 'Importing…', 'busy');
    await audit(el, 'importing');
    const imported = oneEvent(el, 'wm-register-imported');
    answer.resolve(json(importReport));
    await imported;
    const sent = api.to(IMPORT)[0]!;
    expect(sent.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expect(sent.headers.get('x-csrf-token')).to.equal('csrf-imp');
    expect(sent.body).to.equal(CSV);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#report-heading'), 'focus on the report');
    expect($$(el, '.report-counts li').map((li) => li.textContent)).to.deep.equal(['5 rows read.', '1 certificate added.', '2 rows were already in the register.']);
    expect(textOf(el, '.notice.warn')).to.equal('2 rows could not be added:');
    const rows = rowsOf($(el, '#unmatched'));
    expect(rows.map((row) => row.slice(0, 2))).to.deep.equal([
      ['4', 'no email address and no account in the row'],
      ['6', 'grade 48 is below the pass grade 60'],
    ]);
    await audit(el, 'report');
  });

  it('says why a file was refused', async () => {
    const el = await render(new MockApi().on('POST', IMPORT, apiError(400, 'POST /register/api/import/moodle: no column with an email address; nothing was registered')));
    chooseFile(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"].notice.bad'), 'the failure');
    expect(textOf(el, '[role="status"]')).to.equal('The file could not be imported: POST /register/api/import/moodle: no column with an email address; nothing was registered');
    await audit(el, 'refused');
  });

  it('shows the values of the file as text, never as markup', async () => {
    const unmatched = XSS_VALUES.map((value, i) => ({ line: i + 2, reason: value, row: { [value]: value } }));
    const added = XSS_VALUES.map((value, i) => ({ ...importReport.added[0]!, code: `CODE-${i}`, name: value, identifier: value }));
    const el = await render(new MockApi().on('POST', IMPORT, { ...importReport, added, unmatched }));
    chooseFile(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#unmatched'), 'the report');
    await expectRenderedAsText(el);
  });
});
