/**
 * The portfolio download buttons on their own and where they show (the module end, the course
 * end): the format asked for, the status told in a live region, one file at a time, a failure
 * said, axe in every state. The download itself is a fake; the real files are made in Node
 * (components/src/portfolio) and end to end (tests/e2e/certificate-pdf.spec.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import type { ModuleReport } from '../../runtime/module-report.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import '../wm-course-end/wm-course-end.ts';
import '../wm-module-end/wm-module-end.ts';
import './wm-portfolio-actions.ts';
import type { PortfolioFormat, WmPortfolioActions } from './wm-portfolio-actions.ts';

declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** A download that waits until the test lets it finish, recording the formats asked for. */
function heldDownload() {
  const formats: PortfolioFormat[] = [];
  let finish: (ok: boolean) => void = () => undefined;
  const download = (format: PortfolioFormat) => {
    formats.push(format);
    return new Promise<void>((resolve, reject) => {
      finish = (ok) => (ok ? resolve() : reject(new Error('no text')));
    });
  };
  return { formats, download, finish: (ok: boolean) => finish(ok) };
}

const card = { id: 'feedback', number: 2, title: 'Giving feedback', summary: 'How to say it.', objectives: ['Give feedback'], estimate: 20, done: 1, total: 1, status: 'completed' as const };
const report: ModuleReport = {
  card,
  activities: [{ activityId: 'reflect', title: 'Your first mentor', type: 'reflection', status: 'completed', required: true }],
  results: [],
  reflections: [{ activityId: 'reflect', title: 'Your first mentor', saved: true }],
};

describe('<wm-portfolio-actions>', () => {
  afterEach(() => setUiLanguage('en'));

  it('shows nothing without a download to run', async () => {
    const el = await fixture<WmPortfolioActions>(html`<wm-portfolio-actions></wm-portfolio-actions>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('downloads the PDF by keyboard, says it is being made and then that it is done, focus kept', async () => {
    const held = heldDownload();
    const el = await fixture<WmPortfolioActions>(html`<wm-portfolio-actions .download=${held.download}></wm-portfolio-actions>`);
    expect(text($(el, 'button.pdf'))).to.equal('Download your portfolio (PDF)');
    expect(text($(el, 'button.html'))).to.equal('Printable version');
    await expectAccessible(el, 'ready');
    $(el, 'button.pdf')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(held.formats).to.deep.equal(['pdf']);
    expect(text($(el, '[role="status"]'))).to.equal('Putting your portfolio together…');
    expect($(el, 'button.pdf')!.getAttribute('aria-disabled')).to.equal('true');
    // A second press while the first file is made asks for nothing more.
    $(el, 'button.html')!.click();
    expect(held.formats).to.deep.equal(['pdf']);
    await expectAccessible(el, 'preparing');
    held.finish(true);
    await waitUntil(() => text($(el, '[role="status"]')) === 'Your portfolio has been downloaded as a PDF.', 'PDF ready told');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.pdf'));
    expect($(el, 'button.pdf')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('downloads the printable version and says how to print it', async () => {
    const held = heldDownload();
    const el = await fixture<WmPortfolioActions>(html`<wm-portfolio-actions .download=${held.download}></wm-portfolio-actions>`);
    $(el, 'button.html')!.click();
    held.finish(true);
    await waitUntil(() => text($(el, '[role="status"]')).startsWith('Your portfolio has been downloaded as a web page.'), 'HTML ready told');
    expect(held.formats).to.deep.equal(['html']);
  });

  it('says so when the portfolio could not be made, and can try again', async () => {
    const held = heldDownload();
    const el = await fixture<WmPortfolioActions>(html`<wm-portfolio-actions .download=${held.download}></wm-portfolio-actions>`);
    const error = console.error;
    console.error = () => undefined;
    try {
      $(el, 'button.pdf')!.click();
      held.finish(false);
      await waitUntil(() => $(el, '[role="status"] .error') !== null, 'failure told');
    } finally {
      console.error = error;
    }
    expect(text($(el, '[role="status"]'))).to.equal('Your portfolio could not be made. Check your connection and try again.');
    await expectAccessible(el, 'failed');
    $(el, 'button.pdf')!.click();
    expect(held.formats).to.deep.equal(['pdf', 'pdf']);
  });

  it('speaks Flemish and bokmål', async () => {
    await setUiLanguage('nl');
    const el = await fixture<WmPortfolioActions>(html`<wm-portfolio-actions .download=${heldDownload().download}></wm-portfolio-actions>`);
    expect(text($(el, 'button.pdf'))).to.equal('Download je portfolio (pdf)');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(text($(el, 'button.pdf'))).to.equal('Last ned mappen din (PDF)');
    expect(text($(el, 'button.html'))).to.equal('Utskriftsvennlig versjon');
  });

  it('is on the module end, under its own heading, when the shell passes a download', async () => {
    const held = heldDownload();
    const end = await fixture(html`<wm-module-end .report=${report} .portfolio=${held.download}></wm-module-end>`);
    const section = $(end, 'section[aria-labelledby="portfolio-title"]')!;
    expect(text(section.querySelector('h3'))).to.equal('Your portfolio');
    const actions = section.querySelector<WmPortfolioActions>('wm-portfolio-actions')!;
    await actions.updateComplete;
    $(actions, 'button.pdf')!.click();
    expect(held.formats).to.deep.equal(['pdf']);
    await expectAccessible(end, 'module end with portfolio');
    const without = await fixture(html`<wm-module-end .report=${report}></wm-module-end>`);
    expect($(without, 'wm-portfolio-actions')).to.equal(null);
  });

  it('is on the course end, in the portfolio section', async () => {
    const held = heldDownload();
    const end = await fixture(html`<wm-course-end
      .modules=${[card]}
      .result=${{ complete: true, passed: true, score: 90, passMark: 80, scored: true }}
      .portfolio=${held.download}
    ></wm-course-end>`);
    const actions = $(end, 'section[aria-labelledby="portfolio-title"] wm-portfolio-actions') as WmPortfolioActions;
    await actions.updateComplete;
    $(actions, 'button.html')!.click();
    expect(held.formats).to.deep.equal(['html']);
    await expectAccessible(end, 'course end with portfolio');
  });
});
