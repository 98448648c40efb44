import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { importReport } from '../../test-support/people-fixtures.ts';
import { apiError, deferred, json, MockApi } from '../../test-support/mock-api.ts';
import { $, $$, audit, renderWithApi, rowsOf, textOf } from '../../test-support/render.ts';
import { expectRenderedAsText, XSS, XSS_VALUES } from '../../test-support/xss-corpus.ts';
import './wm-moodle-import.ts';
import type { MoodleImportAnswer } from './moodle-import-settings.ts';
import type { WmMoodleImport } from './wm-moodle-import.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const IMPORT = '/register/api/import/moodle';
const CSV = 'First name,Surname,Email address\nSara,Janssens,sara.janssens@example.be\n';
const render = (api: MockApi) => renderWithApi<WmMoodleImport>(html`<wm-moodle-import></wm-moodle-import>`, api.client('csrf-imp'));

/** What the server answers it assumed for a grade export read with a course total and the course's pass mark. */
const SETTINGS: NonNullable<MoodleImportAnswer['settings']> = {
  format: 'grade-export',
  gradeColumn: 'Course total (Real)',
  passGrade: 80,
  courseVersion: '1.2.0',
  language: 'nl',
  dateOrder: 'dmy',
  separator: 'semicolon',
};

function setField(el: WmMoodleImport, selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

async function submitAndWait(el: WmMoodleImport, api: MockApi, requests: number): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await waitUntil(() => api.to(IMPORT).length === requests && !textOf(el, '[role="status"]').startsWith('Importing'), `request ${requests} answered`);
  await el.updateComplete;
}

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

  it('keeps the import settings folded, and sends only the ones filled in', async () => {
    const api = new MockApi().on('POST', IMPORT, importReport);
    const el = await render(api);
    const details = $<HTMLDetailsElement>(el, 'details.settings');
    expect(details.open).to.equal(false);
    expect(textOf(el, 'details.settings summary')).to.equal('Import settings');
    expect(textOf(el, '#grade-column-hint')).to.contain('Leave empty for the course total column.');
    expect(textOf(el, '#pass-grade-hint')).to.contain('Leave empty for the course’s pass mark.');
    expect(textOf(el, '#course-version-hint')).to.contain('Leave empty for the register’s version.');
    expect($$<HTMLOptionElement>(el, '#language option').map((option) => [option.value, option.textContent])).to.deep.equal([
      ['', 'From the file, or the course language'],
      ['en', 'English'],
      ['nl', 'Dutch'],
      ['nb', 'Norwegian Bokmål'],
    ]);
    expect($<HTMLSelectElement>(el, '#date-order').value).to.equal('dmy');
    chooseFile(el);
    setField(el, '#grade-column', '   ');
    await submitAndWait(el, api, 1);
    expect(api.to(IMPORT)[0]!.url.search, 'empty fields and the default date order are not sent').to.equal('');

    details.open = true;
    setField(el, '#grade-column', 'Course total (Percentage)');
    setField(el, '#pass-grade', '62.5');
    setField(el, '#course-version', '1.1.0');
    setField(el, '#language', 'nb');
    setField(el, '#date-order', 'mdy');
    await submitAndWait(el, api, 2);
    const sent = api.to(IMPORT)[1]!;
    expect(Object.fromEntries(sent.url.searchParams)).to.deep.equal({ gradeColumn: 'Course total (Percentage)', passGrade: '62.5', courseVersion: '1.1.0', language: 'nb', dateOrder: 'mdy' });
    expect(sent.body).to.equal(CSV);
    expect(sent.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
  });

  it('opens the import settings with Enter on their summary', async () => {
    const api = new MockApi();
    const el = await render(api);
    const details = $<HTMLDetailsElement>(el, 'details.settings');
    $(el, 'details.settings summary').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'the settings open');
    expect(api.requests).to.have.length(0);
    await audit(el, 'settings open');
  });

  it('shows what the import assumed, and goes back to the settings from there', async () => {
    const api = new MockApi().on('POST', IMPORT, { ...importReport, settings: SETTINGS });
    const el = await render(api);
    chooseFile(el);
    await submitAndWait(el, api, 1);
    await waitUntil(() => el.shadowRoot!.querySelector('dl.assumed'), 'the settings');
    expect(textOf(el, '#assumed-heading')).to.equal('What the import assumed');
    expect($$(el, 'dl.assumed > div').map((term) => [term.querySelector('dt')!.textContent, term.querySelector('dd')!.textContent])).to.deep.equal([
      ['File', 'grade export'],
      ['Grade column', 'Course total (Real)'],
      ['Pass grade', '80'],
      ['Course version', '1.2.0'],
      ['Language', 'Dutch'],
      ['Dates', 'day/month/year'],
      ['Separator', 'semicolon'],
    ]);
    await audit(el, 'settings shown');
    $<HTMLButtonElement>(el, '.assumed-actions button').click();
    expect($<HTMLDetailsElement>(el, 'details.settings').open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#grade-column'));
    await audit(el, 'settings shown and open');
  });

  it('leaves out the grade column and pass grade of a course completion report', async () => {
    const api = new MockApi().on('POST', IMPORT, { ...importReport, settings: { ...SETTINGS, format: 'completion-report', gradeColumn: null, passGrade: null, dateOrder: 'ymd' } });
    const el = await render(api);
    chooseFile(el);
    await submitAndWait(el, api, 1);
    await waitUntil(() => el.shadowRoot!.querySelector('dl.assumed'), 'the settings');
    expect($$(el, 'dl.assumed dt').map((dt) => dt.textContent)).to.deep.equal(['File', 'Course version', 'Language', 'Dates', 'Separator']);
    expect(textOf(el, 'dl.assumed')).to.contain('course completion report').and.to.contain('year-month-day');
  });

  it('shows a setting the server refused next to the form, and keeps what was filled in', async () => {
    const message = 'POST /register/api/import/moodle: passGrade: Too small: expected number to be >=0 (parameters: gradeColumn, passGrade, courseVersion, language, dateOrder=dmy|mdy|ymd)';
    const api = new MockApi().on('POST', IMPORT, apiError(400, message));
    const el = await render(api);
    chooseFile(el);
    $<HTMLDetailsElement>(el, 'details.settings').open = true;
    setField(el, '#grade-column', 'Grade');
    setField(el, '#pass-grade', '-5');
    await submitAndWait(el, api, 1);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"].notice.bad'), 'the failure');
    expect(textOf(el, '[role="status"]')).to.equal(`The file could not be imported: ${message}`);
    expect($<HTMLInputElement>(el, '#grade-column').value).to.equal('Grade');
    expect($<HTMLInputElement>(el, '#pass-grade').value).to.equal('-5');
    expect($<HTMLDetailsElement>(el, 'details.settings').open).to.equal(true);
    await audit(el, 'setting refused');
  });

  it('says so when the pass grade is not a number the field can read, and sends nothing', async () => {
    const api = new MockApi().on('POST', IMPORT, importReport);
    const el = await render(api);
    chooseFile(el);
    $<HTMLDetailsElement>(el, 'details.settings').open = true;
    $(el, '#pass-grade').focus();
    await sendKeys({ type: '6e' });
    $<HTMLDetailsElement>(el, 'details.settings').open = false;
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(textOf(el, '#pass-grade-error')).to.equal('Write the pass grade as a number, like 60 or 60.5.');
    expect($(el, '#pass-grade').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLDetailsElement>(el, 'details.settings').open, 'the settings open to show the field').to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#pass-grade'));
    expect(api.requests).to.have.length(0);
    await audit(el, 'pass grade unreadable');
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
    // The grade column is a header of the file; the course version and language may be typed by a coordinator.
    const settings = { ...SETTINGS, gradeColumn: XSS_VALUES.join(' '), courseVersion: XSS.svg, language: XSS.img };
    const el = await render(new MockApi().on('POST', IMPORT, { ...importReport, added, unmatched, settings }));
    chooseFile(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#unmatched') && el.shadowRoot!.querySelector('dl.assumed'), 'the report and its settings');
    expect(textOf(el, 'dl.assumed')).to.contain(XSS.script);
    await expectRenderedAsText(el);
  });
});
