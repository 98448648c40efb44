/**
 * The projector ("room") screen of a live session, opened by the facilitator on the laptop that
 * drives the projector (its socket is known by the dashboard login cookie). It draws the room
 * view (session-views.ts): in the waiting room the join address, the code and a QR code with
 * the names of who joined; during the session the step on screen for everyone to discuss, how
 * many have voted (never how, before the reveal: it would steer the votes still to come), the
 * revealed votes, the followed choice and the ending, the reflection wall; the thanks at the end.
 *
 * Set for the back of a room: large type that grows with the screen and AAA contrast, with a
 * high-contrast mode (white and yellow on black) the laptop remembers.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { JOIN_PATH, LIVE_API } from '../../../../../live/live-protocol.ts';
import type { RoomView } from '../../../../../live/session-views.ts';
import { answerLabels, type StepContent } from '../../content/answer-labels.ts';
import { renderEnding, renderFollowed, renderLines, renderSituation } from '../../content/dialogue-parts.ts';
import { isLiveLocale, setLiveLanguage } from '../../i18n/live-i18n.ts';
import { LiveLocalizeController } from '../../i18n/live-localize-controller.ts';
import type { ConnectionStatus, LiveConnection, Refusal, ViewMessage } from '../../live-connection.ts';
import '../../wm-live-results/wm-live-results.ts';
import { readHighContrast, storeHighContrast } from '../room-preferences.ts';
import type { RoomContrast } from './room-palette.ts';
import { roomStyles } from './wm-live-room.styles.ts';

/** The QR code of a session's join address, drawn by the server. */
export const qrCodeUrl = (sessionId: string): string => `${LIVE_API}/sessions/${encodeURIComponent(sessionId)}/qr.svg`;

/**
 * @summary The projector screen of a live session.
 */
@customElement('wm-live-room')
export class WmLiveRoom extends LitElement {
  static override styles = roomStyles;

  /** The session's socket, opened with a `room` hello. */
  @property({ attribute: false }) connection: LiveConnection | undefined;

  /** The session shown (for the QR code's address). */
  @property() sessionId = '';

  /** Where phones join, as shown on screen. */
  @property() joinUrl = `${location.origin}${JOIN_PATH}`;

  /** Where the high-contrast choice is kept; tests pass their own. */
  @property({ attribute: false }) storage: Storage | undefined;

  /** `high` for white and yellow on black; reflected for the styles. */
  @property({ reflect: true }) contrast: RoomContrast = 'normal';

  @state() private view: RoomView | undefined;
  @state() private status: ConnectionStatus = 'connecting';
  @state() private refusal: Refusal | undefined;

  private unsubscribe: Array<() => void> = [];
  private readonly i18n = new LiveLocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.contrast = readHighContrast(this.storage) ? 'high' : 'normal';
    // Back in the page after being moved: the first update subscribes otherwise.
    if (this.hasUpdated) this.listen();
  }

  override disconnectedCallback(): void {
    this.stopListening();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('connection') && this.isConnected) this.listen();
  }

  private listen(): void {
    this.stopListening();
    const connection = this.connection;
    if (!connection) return;
    this.status = connection.status;
    this.unsubscribe = [
      connection.onView((message) => this.handleView(message)),
      connection.onStatus((status) => (this.status = status)),
      connection.onRefused((refusal) => (this.refusal = refusal)),
    ];
  }

  private stopListening(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
  }

  private handleView(message: ViewMessage): void {
    if (message.type !== 'room-view') return;
    this.view = message.view;
    if (isLiveLocale(message.view.locale)) void setLiveLanguage(message.view.locale);
  }

  private handleContrast(): void {
    this.contrast = this.contrast === 'high' ? 'normal' : 'high';
    storeHighContrast(this.contrast === 'high', this.storage);
  }

  /** The join address without its scheme, as people type it. */
  private get shownUrl(): string {
    return this.joinUrl.replace(/^https?:\/\//, '');
  }

  private statusText(): string {
    if (this.refusal || !this.view) return '';
    if (this.status === 'reconnecting') return this.i18n.t('status.reconnecting');
    if (this.status === 'closed') return this.i18n.t('status.closed');
    return '';
  }

  private renderLobby(view: RoomView): TemplateResult {
    const { t } = this.i18n;
    return html`<h1>${t('join.heading')}</h1>
      <div class="lobby">
        <section class="join" aria-label=${t('join.heading')}>
          <img class="qr" src=${qrCodeUrl(view.sessionId || this.sessionId)} alt=${t('room.qr', { url: this.shownUrl, code: view.joinCode })} />
          <p class="join-at">${t('room.joinAt')}</p>
          <p class="url">${this.shownUrl}</p>
          <p class="with-code">${t('room.withCode')}</p>
          <p class="code">${view.joinCode}</p>
        </section>
        <section class="people" aria-labelledby="people-heading">
          <h2 id="people-heading">${t('room.joined', { count: view.participants.length })}</h2>
          ${view.participants.length === 0
            ? html`<p class="muted">${t('room.nobody')}</p>`
            : html`<ul class="chips" role="list" aria-label=${t('room.who')}>
                ${view.participants.map((name) => html`<li>${name}</li>`)}
              </ul>`}
        </section>
      </div>`;
  }

  private renderChoices(content: StepContent): TemplateResult {
    const trueFalse = content.kind === 'quiz-item' && content.itemKind === 'true-false';
    return html`<ul class="choices ${trueFalse ? 'true-false' : ''}" role="list">
      ${answerLabels(content).map((label) => html`<li>${label.text}</li>`)}
    </ul>`;
  }

  private renderVoting(view: RoomView, content: StepContent): TemplateResult {
    const { t } = this.i18n;
    const tally = html`<p class="tally-line">${t('room.voted', { voted: view.voted, count: view.participants.length })} · ${t('room.voteNow')}</p>`;
    if (content.kind === 'dialogue') {
      return html`${renderFollowed(content)} ${renderSituation(content)} ${renderLines(content)}
        ${view.round === 2 ? html`<p class="prompt">${t('dialogue.revote')}</p>` : nothing} ${this.renderChoices(content)} ${tally}`;
    }
    return html`<p class="prompt">${content.kind === 'quiz-item' ? content.prompt : ''}</p>
      ${view.round === 2 ? html`<p>${t('dialogue.revote')}</p>` : nothing} ${this.renderChoices(content)} ${tally}`;
  }

  private renderRevealed(view: RoomView, content: StepContent): TemplateResult {
    const { t } = this.i18n;
    const explanation = content.kind === 'quiz-item' ? content.explanation : undefined;
    return html`${content.kind === 'quiz-item' ? html`<p class="prompt">${content.prompt}</p>` : nothing}
      <wm-live-results .results=${view.results} .labels=${answerLabels(content)} size="room"></wm-live-results>
      ${explanation
        ? html`<section class="explanation" aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">${t('quiz.explanation')}</h2>
            <p>${explanation.correct}</p>
          </section>`
        : nothing}`;
  }

  private renderWall(content: Extract<StepContent, { kind: 'reflection' }>): TemplateResult {
    const { t } = this.i18n;
    return html`<p class="prompt">${content.text}</p>
      ${content.hint ? html`<p class="muted">${content.hint}</p>` : nothing}
      <p>${t('room.writeNow')}</p>
      <section aria-labelledby="wall-heading">
        <h2 id="wall-heading">${t('reflection.wall')}</h2>
        ${content.wall.length === 0
          ? html`<p class="muted">${t('reflection.wallEmpty')}</p>`
          : html`<ul class="wall" role="list">
              ${content.wall.map((entry) => html`<li>${entry.text}</li>`)}
            </ul>`}
      </section>`;
  }

  private renderStep(view: RoomView): TemplateResult {
    const { t } = this.i18n;
    const content = view.content;
    if (view.phase === 'waiting') return this.renderLobby(view);
    if (view.phase === 'finished' || !content) {
      return html`<h1>${t('finished.heading')}</h1>
        <p>${t('room.finished')}</p>`;
    }
    const heading = html`<h1>${content.title}</h1>`;
    if (view.phase === 'voting') return html`${heading}${this.renderVoting(view, content)}`;
    if (view.phase === 'revealed') return html`${heading}${this.renderRevealed(view, content)}`;
    if (content.kind === 'reflection') return html`${heading}${this.renderWall(content)}`;
    if (content.kind === 'dialogue') return html`${heading}${renderFollowed(content)} ${renderEnding(content)}`;
    return heading;
  }

  private renderRefusal(refusal: Refusal): TemplateResult {
    const { t } = this.i18n;
    if (refusal.code === 'not-allowed') {
      return html`<h1>${t('room.heading')}</h1>
        <p>${t('room.refused.not-allowed')}</p>
        <p><a href="/dashboard">${t('room.login')}</a></p>`;
    }
    return html`<h1>${t('room.heading')}</h1>
      <p>${refusal.code === 'no-session' ? t('room.refused.no-session') : t('room.refused.other')}</p>`;
  }

  private renderMain(): TemplateResult {
    if (this.refusal) return this.renderRefusal(this.refusal);
    if (!this.view) return html`<h1>${this.i18n.t('room.heading')}</h1><p class="muted">${this.i18n.t('status.connecting')}</p>`;
    return this.renderStep(this.view);
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const view = this.view;
    const lobby = !view || view.phase === 'waiting';
    return html`<header>
        ${lobby
          ? html`<p class="join-line">${t('product')}</p>`
          : html`<p class="join-line">
              <span>${t('room.joinAt')} <strong>${this.shownUrl}</strong></span>
              <span>${t('room.withCode')} <strong class="join-code">${view.joinCode}</strong></span>
              <span>· ${t('room.joined', { count: view.participants.length })}</span>
            </p>`}
        <button class="secondary" type="button" aria-pressed=${this.contrast === 'high' ? 'true' : 'false'} @click=${this.handleContrast}>${t('room.highContrast')}</button>
        <p class="connection" role="status">${this.statusText()}</p>
      </header>
      <main>${this.renderMain()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-room': WmLiveRoom;
  }
}
