/**
 * The top of the console: how a room gets in (the join code, large enough to read out, the join
 * address and its QR code), the projector's page to open on the second screen, and when the
 * session and the names in it are deleted.
 */
import { html, type TemplateResult } from 'lit';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { liveApi, type FacilitatorScreen } from '../../api/live-api.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

export function joinPanel(screen: FacilitatorScreen, view: FacilitatorView, format: DashboardFormats): TemplateResult {
  return html`<section class="join panel" aria-labelledby="join-heading">
    <h2 id="join-heading">${translate('liveConsole.join.heading')}</h2>
    <div class="join-body">
      <div class="join-text stack">
        <p class="join-code-line">
          <span class="label">${translate('liveConsole.join.code')}</span>
          <span class="join-code">${view.joinCode}</span>
        </p>
        <p class="join-url"><span class="label">${translate('liveConsole.join.url')}</span> <code>${screen.joinUrl}</code></p>
        <p>
          <a class="button secondary projector" href=${liveApi.room(view.sessionId)} target="_blank" rel="noopener"
            >${translate('liveConsole.join.projector')} <span class="visually-hidden">${translate('liveConsole.join.newWindow')}</span></a
          >
        </p>
        <p class="muted delete-after">${translate('liveConsole.join.deleteAfter', { date: format.dateTime(screen.deleteAfter) })}</p>
      </div>
      <img class="qr" src=${liveApi.qr(view.sessionId)} alt=${translate('liveConsole.join.qr')} width="160" height="160" />
    </div>
  </section>`;
}
