/**
 * The course certificate: a card that reads like a certificate on screen, prints on its own
 * (see the print caveat in wm-certificate.styles.ts) and downloads as an A4 PDF made in the
 * browser (certificate-pdf.ts, loaded only on click). When the LMS gave no learner name, the
 * learner types the name to print. When the course is not complete yet, the element shows the
 * modules still to do instead of the certificate, each a link to its start screen.
 *
 * Focus: a refused Print or Download (no name yet) moves focus to the name field, with the
 * reason linked to it and announced; a finished download is announced in a polite live
 * region and focus stays on the button.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CertificateData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { EchoGuard } from '../../controllers/echo-guard.ts';
import { FlushOnLeaveController } from '../../controllers/flush-on-leave-controller.ts';
import { saveFile } from '../../app/save-file.ts';
import type { RegisteredCertificateLink } from '../../tracking/registered-certificate.ts';
import type { CertificateText } from './certificate-pdf.ts';
import { WmCertificateDownloadEvent, WmCertificateNameEvent } from './events.ts';
import { certificateStyles } from './wm-certificate.styles.ts';

/** Quiet time after the last key before the typed name is sent. */
export const NAME_DEBOUNCE_MS = 400;
/** Longest name the learner can type (the shell stores it in the resume state). */
export const NAME_MAX_LENGTH = 80;

/** Turns the certificate's finished text into PDF bytes. */
export type CertificatePdfMaker = (text: CertificateText) => Promise<Uint8Array>;

/**
 * The real maker, loaded on demand: the PDF writer and its fonts cost nothing until a learner
 * asks for a PDF. Browser tests inject a fake (the test runner's dev server cannot load pdf-lib's
 * CommonJS dependencies); the real PDF is checked end to end on a built package
 * (tests/e2e/certificate-pdf.spec.ts) and in Node (components/src/pdf).
 */
const loadCertificatePdf: CertificatePdfMaker = async (text) => (await import('./certificate-pdf.ts')).certificatePdf(text);

/**
 * @summary The course certificate, printable and downloadable as a PDF.
 * @event wm-certificate-name - WmCertificateNameEvent: the learner typed the name to print (debounced; sent at once on blur and when the page is hidden or closed).
 * @event wm-certificate-download - WmCertificateDownloadEvent: printed or downloaded as PDF.
 */
@customElement('wm-certificate')
export class WmCertificate extends LitElement {
  static override styles = [tokens, buttons, certificateStyles];

  /** Heading, statement and issuer of the certificate. */
  @property({ attribute: false }) activity: CertificateData | undefined;
  /** The course's title, printed under the heading. */
  @property({ attribute: false }) courseTitle = '';
  /** The learner's name from the LMS, or the one they typed before; empty shows a name field. */
  @property({ attribute: false }) learnerName = '';
  /**
   * Whether the learner may type the name. Leave unset to decide from `learnerName`: once it
   * was empty, the field stays (the shell passing the typed name back must not remove it).
   * Set it to `!lmsName` so a learner who typed their name can still correct it after resume.
   */
  @property({ attribute: false }) nameEditable: boolean | undefined;
  /** ISO date (YYYY-MM-DD) of issue; today when empty. */
  @property({ attribute: false }) issuedOn = '';
  /** Verification code a school can register. */
  @property({ attribute: false }) code = '';
  /** Titles of the competences the course covered. */
  @property({ attribute: false }) competences: readonly string[] = [];
  /** Whether the course is complete enough for the certificate. */
  @property({ type: Boolean }) eligible = false;
  /** The modules still to complete (shown when not eligible), each with a link to its start screen. */
  @property({ attribute: false }) missing: ReadonlyArray<{ title: string; href: string }> = [];
  /** The certificate as the school's register holds it (xAPI and cmi5, when the LRS has a register): its code replaces the browser's, and the page links to it. */
  @property({ attribute: false }) registered: RegisteredCertificateLink | undefined;
  /** Makes the PDF; the real writer, loaded on demand, unless a test injects another. */
  @property({ attribute: false }) pdfMaker: CertificatePdfMaker = loadCertificatePdf;

  @state() private typedName = '';
  @state() private status: '' | 'nameFirst' | 'pdfReady' | 'pdfFailed' = '';

  private readonly i18n = new LocalizeController(this);
  private hadNoName = false;
  private readonly echoes = new EchoGuard();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly leave = new FlushOnLeaveController(this, () => this.flushName());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.learnerName) this.hadNoName = true;
    if (changed.has('learnerName') && !this.echoes.isEcho(this.learnerName)) this.typedName = this.learnerName;
  }

  override disconnectedCallback(): void {
    this.flushName();
    super.disconnectedCallback();
  }

  private get editable(): boolean {
    return this.nameEditable ?? this.hadNoName;
  }

  /** The name to print. */
  private get name(): string {
    return (this.editable ? this.typedName : this.learnerName).trim();
  }

  private flushName(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.echoes.remember(this.name);
    this.dispatchEvent(new WmCertificateNameEvent({ name: this.name }));
  }

  private handleNameInput(event: Event): void {
    this.typedName = (event.target as HTMLInputElement).value.slice(0, NAME_MAX_LENGTH);
    if (this.status === 'nameFirst' && this.name) this.status = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushName(), NAME_DEBOUNCE_MS);
  }

  /** False (and focus on the name field) when there is no name to print yet. */
  private async ensureName(): Promise<boolean> {
    this.flushName();
    if (this.name) return true;
    this.status = 'nameFirst';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#learner-name')?.focus();
    return false;
  }

  private formattedDate(): string {
    const [year, month, day] = (this.issuedOn || new Date().toISOString().slice(0, 10)).split('-').map(Number);
    const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    // UTC on both sides, so the date printed is the date issued in every time zone.
    return new Intl.DateTimeFormat(this.i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  private certificateText(): CertificateText {
    const activity = this.activity!;
    return {
      issuer: activity.issuer,
      heading: activity.heading,
      courseTitle: this.courseTitle,
      name: this.name,
      statement: activity.statement,
      competencesLabel: this.i18n.t('certificate.competences'),
      competences: this.competences,
      issuedOn: this.i18n.t('certificate.issuedOn', { date: this.formattedDate() }),
      issuedBy: this.i18n.t('certificate.issuedBy', { issuer: activity.issuer }),
      code: this.i18n.t('certificate.code', { code: this.shownCode }),
      lang: this.i18n.language,
    };
  }

  private async handlePrint(): Promise<void> {
    if (!(await this.ensureName())) return;
    this.status = '';
    this.dispatchEvent(new WmCertificateDownloadEvent({ format: 'print' }));
    window.print();
  }

  private async handlePdf(): Promise<void> {
    if (!(await this.ensureName())) return;
    this.status = '';
    try {
      const bytes = await this.pdfMaker(this.certificateText());
      const fileName = `${this.i18n.t('certificate.fileName')}-${this.shownCode || 'workmentor'}.pdf`;
      saveFile(this.renderRoot as ShadowRoot, new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName);
      this.status = 'pdfReady';
      this.dispatchEvent(new WmCertificateDownloadEvent({ format: 'pdf' }));
    } catch (error) {
      console.error('workmentor: could not make the certificate PDF', error);
      this.status = 'pdfFailed';
    }
  }

  private renderNameEntry(): TemplateResult | typeof nothing {
    if (!this.editable) return nothing;
    const invalid = this.status === 'nameFirst';
    return html`<div class="name-entry">
      <label for="learner-name">${this.i18n.t('certificate.nameLabel')}</label>
      <p class="hint" id="name-hint">${this.i18n.t('certificate.nameHint')}</p>
      <input
        id="learner-name"
        type="text"
        autocomplete="name"
        maxlength=${NAME_MAX_LENGTH}
        aria-describedby=${invalid ? 'name-hint name-problem' : 'name-hint'}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(this.typedName)}
        @input=${this.handleNameInput}
        @blur=${this.flushName}
      />
    </div>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    switch (this.status) {
      case 'nameFirst':
        return html`<p class="error" id="name-problem">${this.i18n.t('certificate.nameFirst')}</p>`;
      case 'pdfReady':
        return html`<p class="ok">${this.i18n.t('certificate.pdfReady')}</p>`;
      case 'pdfFailed':
        return html`<p class="error">${this.i18n.t('certificate.pdfFailed')}</p>`;
      default:
        return nothing;
    }
  }

  /**
   * "Verification code: WM-7K3Q-9XPD" with the code kept on one line (a code broken at its
   * hyphen is easy to copy wrong). Splitting the translation at a marker keeps the word order
   * of every language.
   */
  private renderCode(): TemplateResult {
    const marker = '\u2063';
    const [before = '', after = ''] = this.i18n.t('certificate.code', { code: marker }).split(marker);
    return html`<p class="code">${before}<span class="code-value">${this.shownCode}</span>${after}</p>`;
  }

  /** The register's code once the register holds the certificate: the one anyone can check. */
  private get shownCode(): string {
    return this.registered?.code ?? this.code;
  }

  /** Where the register holds the certificate; the URLs were checked to be http(s) when read. */
  private renderRegistered(): TemplateResult | typeof nothing {
    const link = this.registered;
    if (!link) return nothing;
    if (link.status === 'revoked') {
      return html`<section class="registered" aria-labelledby="registered-heading">
        <h3 id="registered-heading">${this.i18n.t('certificate.registeredHeading')}</h3>
        <p class="error">${this.i18n.t('certificate.revoked')}</p>
      </section>`;
    }
    return html`<section class="registered" aria-labelledby="registered-heading">
      <h3 id="registered-heading">${this.i18n.t('certificate.registeredHeading')}</h3>
      <p>${this.i18n.t('certificate.registered')}</p>
      <ul>
        <li><a href=${link.verifyUrl} target="_blank" rel="noopener">${this.i18n.t('certificate.registeredVerify')}</a></li>
        <li>
          <a href=${link.credentialUrl} download aria-describedby="credential-hint">${this.i18n.t('certificate.registeredCredential')}</a>
          <p class="hint" id="credential-hint">${this.i18n.t('certificate.registeredCredentialHint')}</p>
        </li>
      </ul>
    </section>`;
  }

  private renderCertificate(activity: CertificateData): TemplateResult {
    const name = this.name;
    return html`<article class="certificate" part="certificate" aria-labelledby="certificate-heading">
      <p class="issuer-top">${activity.issuer}</p>
      <h3 id="certificate-heading">${activity.heading}</h3>
      ${this.courseTitle ? html`<p class="course">${this.courseTitle}</p>` : nothing}
      <p class="name ${name ? '' : 'placeholder'}">${name || this.i18n.t('certificate.namePlaceholder')}</p>
      <p class="statement">${activity.statement}</p>
      ${this.competences.length > 0
        ? html`<h4>${this.i18n.t('certificate.competences')}</h4>
            <ul class="competences">
              ${this.competences.map((title) => html`<li>${title}</li>`)}
            </ul>`
        : nothing}
      <div class="meta">
        <p>${this.i18n.t('certificate.issuedOn', { date: this.formattedDate() })}</p>
        <p>${this.i18n.t('certificate.issuedBy', { issuer: activity.issuer })}</p>
        ${this.shownCode ? this.renderCode() : nothing}
      </div>
    </article>`;
  }

  override render(): TemplateResult {
    const activity = this.activity;
    if (!activity) return html``;
    if (!this.eligible) {
      return html`<div class="not-yet">
        <h3>${this.i18n.t('certificate.notYetHeading')}</h3>
        <p>${this.i18n.t('certificate.notYet', { count: this.missing.length })}</p>
        <ul>
          ${this.missing.map((m) => html`<li><a href=${m.href}>${m.title}</a></li>`)}
        </ul>
      </div>`;
    }
    return html`${this.renderNameEntry()} ${this.renderCertificate(activity)}
      <div class="actions">
        <button type="button" class="print" @click=${this.handlePrint}>${this.i18n.t('certificate.print')}</button>
        <button type="button" class="secondary pdf" @click=${this.handlePdf}>${this.i18n.t('certificate.downloadPdf')}</button>
      </div>
      <div role="status" class="live">${this.renderStatus()}</div>
      ${this.renderRegistered()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-certificate': WmCertificate;
  }
}
