import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setUiLanguage } from '../../i18n/i18n.ts';
import { expectAccessible } from '../../test-support/axe.ts';
import { requestFlush } from '../../controllers/flush-on-leave-controller.ts';
import { holdTimers } from '../../test-support/held-timers.ts';
import { closePage, hidePage } from '../../test-support/page-lifecycle.ts';
import type { WmCertificateDownloadEvent, WmCertificateNameEvent } from './events.ts';
import { certificate, code, competences, courseTitle, issuedOn, missing } from './test-data.ts';
import { NAME_DEBOUNCE_MS } from './wm-certificate.ts';
import './wm-certificate.ts';
import type { CertificatePdfMaker, WmCertificate } from './wm-certificate.ts';
import type { CertificateText } from './certificate-pdf.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;
declare const beforeEach: (body: () => Promise<void> | void) => void;
declare const afterEach: (body: () => Promise<void> | void) => void;

type El = WmCertificate;
const render = ({ learnerName = 'Åse Ødegård', eligible = true } = {}) =>
  fixture<El>(html`<wm-certificate
    .activity=${certificate}
    .courseTitle=${courseTitle}
    .learnerName=${learnerName}
    .issuedOn=${issuedOn}
    .code=${code}
    .competences=${competences}
    .eligible=${eligible}
    .missing=${missing}
  ></wm-certificate>`);

const $ = <T extends HTMLElement = HTMLElement>(el: El, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: El): Element | null => el.shadowRoot!.activeElement;

/**
 * A stand-in for the PDF writer: the test runner's dev server cannot load pdf-lib's CommonJS
 * dependencies, and the real PDF is checked in Node (components/src/pdf) and end to end on a
 * built package (tests/e2e/certificate-pdf.spec.ts). It records the text it was given.
 */
function fakePdfMaker(): { maker: CertificatePdfMaker; calls: CertificateText[] } {
  const calls: CertificateText[] = [];
  const maker: CertificatePdfMaker = async (text) => {
    calls.push(text);
    return new TextEncoder().encode(`%PDF-1.7 fake for ${text.name}`);
  };
  return { maker, calls };
}

/** Catches the `<a download>` the element clicks, returning its file name and contents. */
function catchDownload(el: El): Promise<{ fileName: string; bytes: Uint8Array }> {
  return new Promise((resolve) => {
    el.shadowRoot!.addEventListener('click', (event) => {
      const anchor = event.target as HTMLAnchorElement;
      if (anchor.localName !== 'a') return;
      event.preventDefault();
      void fetch(anchor.href)
        .then((response) => response.arrayBuffer())
        .then((buffer) => resolve({ fileName: anchor.download, bytes: new Uint8Array(buffer) }));
    });
  });
}

describe('<wm-certificate>', () => {
  let printed = 0;
  const realPrint = window.print;
  beforeEach(() => {
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(async () => {
    window.print = realPrint;
    await setUiLanguage('en');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('shows the certificate with heading, name, statement, competences, date, issuer and code', async () => {
    const el = await render();
    const card = $(el, 'article.certificate');
    expect(card.getAttribute('aria-labelledby')).to.equal('certificate-heading');
    expect(text($(el, 'h3'))).to.equal('Work Mentor Certificate');
    expect(text($(el, '.course'))).to.equal(courseTitle);
    expect(text($(el, '.name'))).to.equal('Åse Ødegård');
    expect(text($(el, '.statement'))).to.equal(certificate.statement);
    expect([...el.shadowRoot!.querySelectorAll('.competences li')].map(text)).to.deep.equal(competences);
    expect(text($(el, '.meta'))).to.contain('Issued on May 3, 2025');
    expect(text($(el, '.meta'))).to.contain('Issued by WORKMENTOR partnership');
    expect(text($(el, '.code'))).to.equal(`Verification code: ${code}`);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null, 'no name field when the LMS gave a name');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    await expectAccessible(el, 'eligible with learner name');
  });

  it('asks for the name when the LMS gave none, shows it on the card and sends it debounced', async () => {
    const el = await render({ learnerName: '' });
    const input = $<HTMLInputElement>(el, '#learner-name');
    expect(text($(el, 'label[for="learner-name"]'))).to.equal('Your name as it should appear on the certificate');
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint');
    expect(input.autocomplete).to.equal('name');
    expect($(el, '.name').classList.contains('placeholder')).to.equal(true);
    await expectAccessible(el, 'eligible without learner name');
    const names: WmCertificateNameEvent[] = [];
    el.addEventListener('wm-certificate-name', (event) => names.push(event));
    const debounce = holdTimers(NAME_DEBOUNCE_MS);
    try {
      input.focus();
      await sendKeys({ type: 'Ingrid Ørbæk' });
      await el.updateComplete;
      expect(text($(el, '.name'))).to.equal('Ingrid Ørbæk');
      expect(names).to.have.length(0);
      debounce.runAll();
    } finally {
      debounce.restore();
    }
    expect(names).to.have.length(1);
    expect(names[0]!.name).to.equal('Ingrid Ørbæk');
    expect(names[0]!.bubbles && names[0]!.composed).to.equal(true);
    expect(names[0]!.progress).to.deep.equal({ type: 'certificate' });
    await expectAccessible(el, 'eligible with a typed name');
  });

  it('sends the name typed just before the page closes or is hidden at once, without waiting for the debounce', async () => {
    const debounce = holdTimers(NAME_DEBOUNCE_MS);
    try {
      const el = await render({ learnerName: '' });
      const names: WmCertificateNameEvent[] = [];
      el.addEventListener('wm-certificate-name', (event) => names.push(event));
      $(el, '#learner-name').focus();
      await sendKeys({ type: 'Ingrid' });
      expect(names).to.have.length(0);
      closePage();
      expect(names.map((n) => n.name)).to.deep.equal(['Ingrid']);
      await sendKeys({ type: ' Ørbæk' });
      hidePage();
      expect(names.map((n) => n.name)).to.deep.equal(['Ingrid', 'Ingrid Ørbæk']);
      closePage();
      expect(names).to.have.length(2, 'nothing new, nothing sent again');
    } finally {
      debounce.restore();
    }
  });

  it('sends the pending name before the shell saves on pagehide, when the shell calls requestFlush() first', async () => {
    const seenByShell: Array<string | undefined> = [];
    const names: WmCertificateNameEvent[] = [];
    const shellPageHide = () => {
      requestFlush();
      seenByShell.push(names.at(-1)?.name);
    };
    window.addEventListener('pagehide', shellPageHide);
    const debounce = holdTimers(NAME_DEBOUNCE_MS);
    try {
      const el = await render({ learnerName: '' });
      el.addEventListener('wm-certificate-name', (event) => names.push(event));
      $(el, '#learner-name').focus();
      await sendKeys({ type: 'Åse' });
      closePage();
      expect(seenByShell).to.deep.equal(['Åse']);
      expect(names).to.have.length(1);
    } finally {
      debounce.restore();
      window.removeEventListener('pagehide', shellPageHide);
    }
  });

  it('keeps the name field when the shell passes the typed name back', async () => {
    const el = await render({ learnerName: '' });
    el.addEventListener('wm-certificate-name', (event) => {
      el.learnerName = event.name;
    });
    $(el, '#learner-name').focus();
    await sendKeys({ type: 'Ingrid' });
    await aTimeout(NAME_DEBOUNCE_MS + 100);
    await sendKeys({ type: ' Ørbæk' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#learner-name').value).to.equal('Ingrid Ørbæk');
  });

  it('lets a resumed learner correct their typed name when the shell marks it editable', async () => {
    const el = await render({ learnerName: 'Ingrid Orbak' });
    el.nameEditable = true;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#learner-name').value).to.equal('Ingrid Orbak');
  });

  it('refuses to print without a name and moves focus to the name field with the reason', async () => {
    const el = await render({ learnerName: '' });
    const downloads: WmCertificateDownloadEvent[] = [];
    el.addEventListener('wm-certificate-download', (event) => downloads.push(event));
    $(el, 'button.print').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(printed).to.equal(0);
    expect(downloads).to.have.length(0);
    expect(focused(el)?.id).to.equal('learner-name');
    expect($(el, '#learner-name').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#learner-name').getAttribute('aria-describedby')).to.equal('name-hint name-problem');
    expect(text($(el, '#name-problem'))).to.equal('Type your name first.');
    expect($(el, '#name-problem').closest('[role="status"]')).to.not.equal(null);
    await expectAccessible(el, 'name missing');
  });

  it('prints with the Print button and reports it', async () => {
    const el = await render();
    const event = oneEvent(el, 'wm-certificate-download') as Promise<WmCertificateDownloadEvent>;
    $(el, 'button.print').click();
    expect((await event).format).to.equal('print');
    await aTimeout(0);
    expect(printed).to.equal(1);
  });

  it('can be completed with the keyboard only: type the name, then download the PDF', async () => {
    const el = await render({ learnerName: '' });
    const pdf = fakePdfMaker();
    el.pdfMaker = pdf.maker;
    const download = catchDownload(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('learner-name');
    await sendKeys({ type: 'Ayşe Yılmaz' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('print')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('pdf')).to.equal(true);
    const event = oneEvent(el, 'wm-certificate-download') as Promise<WmCertificateDownloadEvent>;
    await sendKeys({ press: 'Enter' });
    const { fileName, bytes } = await download;
    expect((await event).format).to.equal('pdf');
    expect(pdf.calls).to.have.length(1);
    expect(pdf.calls[0]).to.include({ name: 'Ayşe Yılmaz', lang: 'en', code: `Verification code: ${code}`, heading: certificate.heading, courseTitle });
    expect(pdf.calls[0]!.issuedOn).to.equal('Issued on May 3, 2025');
    expect(pdf.calls[0]!.competences).to.deep.equal(competences);
    expect(fileName).to.equal(`certificate-${code}.pdf`);
    expect(new TextDecoder().decode(bytes)).to.equal('%PDF-1.7 fake for Ayşe Yılmaz');
    await el.updateComplete;
    expect(text($(el, '.live'))).to.equal('Your certificate has been downloaded as a PDF.');
    expect(focused(el)?.classList.contains('pdf')).to.equal(true);
    await expectAccessible(el, 'PDF downloaded');
  });

  it('says so when the PDF cannot be made, and offers no file', async () => {
    const el = await render();
    el.pdfMaker = () => Promise.reject(new Error('no fonts'));
    const downloads: WmCertificateDownloadEvent[] = [];
    el.addEventListener('wm-certificate-download', (event) => downloads.push(event));
    const error = console.error;
    console.error = () => undefined;
    try {
      $(el, 'button.pdf').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.live .error') !== null, 'the failure is told');
    } finally {
      console.error = error;
    }
    expect(downloads).to.have.length(0);
    expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
    await expectAccessible(el, 'PDF failed');
  });

  it('shows the modules still to complete instead of the certificate when not eligible', async () => {
    const el = await render({ eligible: false });
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(text($(el, '.not-yet h3'))).to.equal('Your certificate is waiting for you');
    expect(text($(el, '.not-yet p'))).to.equal('Complete these 2 modules to receive your certificate:');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.not-yet li a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal(missing.map((m) => [m.title, m.href]));
    await expectAccessible(el, 'not eligible');
  });

  it('links to the certificate the school registered, with the register\'s code, and stays accessible', async () => {
    const el = await render();
    el.registered = { code: '7K3M-Q9XD-2HPA', verifyUrl: 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA', credentialUrl: 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA/credential.json', awardedOn: '2026-11-30', status: 'active' };
    await el.updateComplete;
    expect(text($(el, '.code'))).to.contain('7K3M-Q9XD-2HPA');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.registered a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://lrs.school.example/verify/7K3M-Q9XD-2HPA', 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA/credential.json']);
    expect(links.map((a) => text(a))).to.deep.equal(['Check it in the register', 'Download it as a digital credential (Open Badge)']);
    await expectAccessible(el);
  });

  it('says so when the school withdrew the registered certificate, and links to nothing', async () => {
    const el = await render();
    el.registered = { code: '7K3M-Q9XD-2HPA', verifyUrl: 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA', credentialUrl: 'https://lrs.school.example/c.json', awardedOn: '2026-11-30', status: 'revoked' };
    await el.updateComplete;
    expect(text($(el, '.registered'))).to.contain('withdrawn');
    expect(el.shadowRoot!.querySelectorAll('.registered a').length).to.equal(0);
    await expectAccessible(el);
  });

  it('writes the date and labels in the interface language', async () => {
    await setUiLanguage('nl');
    const el = await render();
    expect(text($(el, '.meta'))).to.contain('Uitgereikt op 3 mei 2025');
    expect(text($(el, 'button.pdf'))).to.equal('Download als pdf');
    await expectAccessible(el, 'eligible, Dutch');
    await setUiLanguage('nb');
    await el.updateComplete;
    expect(text($(el, '.meta'))).to.contain('Utstedt 3. mai 2025');
    expect(text($(el, 'button.print'))).to.equal('Skriv ut');
  });

  it('prints only the certificate: buttons and the name field are hidden on paper', async () => {
    const el = await render({ learnerName: '' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
    expect(getComputedStyle($(el, '.name-entry')).display).to.equal('none');
    expect(getComputedStyle($(el, 'article.certificate')).display).to.equal('block');
  });

  it('fits a 320 px wide screen, long names included, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render({ learnerName: 'Ingrid Marie Ørbæk-Christiansen Haugland' });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expectAccessible(el, 'eligible at 320 px');
  });
});
