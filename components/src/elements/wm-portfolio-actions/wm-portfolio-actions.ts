/**
 * The two ways to take the portfolio of evidence away: "Download your portfolio (PDF)" and
 * "Printable version" (an HTML file to open and print), with a polite live region that says
 * when it is being made, when it is downloaded and when it failed. Shown on the module end, the
 * course end and in the shell's contents panel, so it is reachable at any time. The element
 * only asks: the host passes `download`, which gathers the course text and makes the file
 * (components/src/portfolio/download-portfolio.ts, loaded on the first click), so this stays
 * small enough for the launch bundle. Focus stays on the button pressed.
 *
 * @summary Download buttons for the portfolio of evidence, with their status.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { buttons, tokens } from '../../styles/tokens.ts';

export type PortfolioFormat = 'pdf' | 'html';
/** Makes and saves the portfolio in one format; rejects when it could not. */
export type PortfolioDownload = (format: PortfolioFormat) => Promise<void>;

type Status = '' | 'preparing' | 'pdfReady' | 'htmlReady' | 'failed';

@customElement('wm-portfolio-actions')
export class WmPortfolioActions extends LitElement {
  static override styles = [
    tokens,
    buttons,
    css`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .live p {
        margin-block: 0.75rem 0;
      }
      .live .error {
        color: var(--wm-bad);
      }
    `,
  ];

  /** Makes and saves the file; without it, nothing shows. */
  @property({ attribute: false }) download: PortfolioDownload | undefined;

  @state() private status: Status = '';

  private readonly i18n = new LocalizeController(this);

  private async handle(format: PortfolioFormat): Promise<void> {
    // One file at a time: a second click while the text is fetched would make it twice.
    if (!this.download || this.status === 'preparing') return;
    this.status = 'preparing';
    try {
      await this.download(format);
      this.status = format === 'pdf' ? 'pdfReady' : 'htmlReady';
    } catch (error) {
      console.error('workmentor: could not make the portfolio', error);
      this.status = 'failed';
    }
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    switch (this.status) {
      case 'preparing':
        return html`<p>${t('framing.portfolioActions.preparing')}</p>`;
      case 'pdfReady':
        return html`<p>${t('framing.portfolioActions.pdfReady')}</p>`;
      case 'htmlReady':
        return html`<p>${t('framing.portfolioActions.htmlReady')}</p>`;
      case 'failed':
        return html`<p class="error">${t('framing.portfolioActions.failed')}</p>`;
      default:
        return nothing;
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.download) return nothing;
    const t = this.i18n.t;
    const busy = this.status === 'preparing' ? 'true' : 'false';
    return html`<div class="actions">
        <button type="button" class="secondary pdf" aria-disabled=${busy} @click=${() => this.handle('pdf')}>${t('framing.portfolioActions.pdf')}</button>
        <button type="button" class="secondary html" aria-disabled=${busy} @click=${() => this.handle('html')}>${t('framing.portfolioActions.html')}</button>
      </div>
      <div role="status" class="live">${this.renderStatus()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-portfolio-actions': WmPortfolioActions;
  }
}
