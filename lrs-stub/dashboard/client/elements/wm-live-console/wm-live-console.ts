/**
 * The facilitator's console for one live session (/dashboard/live/<id>): how the room joins and
 * who is in, the step on screen with everything the room does not see (choice qualities and
 * feedback, the right answer, the live count, every wall entry), the buttons for what can happen
 * next, the module's notes for facilitators, and the exports.
 *
 * It loads the session's screen once (`GET /live/api/sessions/<id>`: the join address, the
 * notes, the deletion date and the view as it is), then follows the session over its socket,
 * which sends the current view on every (re)connection, so a reload or a lost network lands on
 * the session as it is now. Commands go over the same socket; a refusal is said in the
 * facilitator's words (live-error-text.ts). Focus never drops to the page: when a command
 * removes the button it came from, focus goes to the step's heading (or to the next answer
 * waiting for moderation).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { FacilitatorScreenSchema, liveApi, type FacilitatorScreen } from '../../api/live-api.ts';
import { ResourceController } from '../../api/resource-controller.ts';
import { pathOf } from '../../app/routes.ts';
import { connectLive, type ConnectionStatus, type LiveConnection, type Refusal, type ViewMessage } from '../../live/live-connection.ts';
import { DashboardPanel } from '../../ui/dashboard-panel.ts';
import { errorNotice } from '../../ui/panel-frame.ts';
import { canEnd, consoleActions, type ConsoleAction, type FacilitatorCommandInput } from './console-actions.ts';
import { dialogueStep } from './dialogue-step.ts';
import { facilitatorNotes } from './facilitator-notes.ts';
import { joinPanel } from './join-panel.ts';
import { liveErrorText } from './live-error-text.ts';
import { participantsPanel } from './participants-panel.ts';
import { quizStep } from './quiz-step.ts';
import { entriesOnScreen, reflectionStep } from './reflection-step.ts';
import { resultsSummary } from './results-summary.ts';
import { consoleStyles } from './wm-live-console.styles.ts';

/** Opens the session's socket; tests hand the console a fake. */
export type LiveConnectionFactory = (sessionId: string) => LiveConnection;

export const facilitatorConnection: LiveConnectionFactory = (sessionId) => connectLive(sessionId, { type: 'hello', role: 'facilitator' });

const ACTION_LABELS = {
  start: 'liveConsole.actions.start',
  reveal: 'liveConsole.actions.reveal',
  'reveal-withheld': 'liveConsole.actions.revealWithheld',
  revote: 'liveConsole.actions.revote',
  'follow-majority': 'liveConsole.actions.followMajority',
  'show-answer': 'liveConsole.actions.showAnswer',
  back: 'liveConsole.actions.back',
  next: 'liveConsole.actions.next',
  finish: 'liveConsole.actions.finish',
} as const;

/**
 * @summary Runs one live session: join details, participants, the step with its controls, notes, exports.
 * @event wm-session-expired - The API answered 401.
 */
@customElement('wm-live-console')
export class WmLiveConsole extends DashboardPanel {
  static override styles = [...DashboardPanel.styles, consoleStyles];

  /** The session's id (the last segment of /dashboard/live/<id>). */
  @property() sessionId = '';

  /** Opens the session's socket; the default is the real one (live-connection.ts). */
  @property({ attribute: false }) connect: LiveConnectionFactory = facilitatorConnection;

  /** The newest view the socket sent. */
  @state() private socketView: FacilitatorView | undefined;
  @state() private status: ConnectionStatus = 'connecting';
  @state() private refusal: Refusal | undefined;
  @state() private busy = false;
  /** Why the last command was refused, in the facilitator's words. */
  @state() private failure = '';
  @state() private announcement = '';

  @query('#end-dialog') private endDialog!: HTMLDialogElement;

  private readonly screen = new ResourceController<FacilitatorScreen>(this);
  private connection: LiveConnection | undefined;
  private connectedTo: { sessionId: string; connect: LiveConnectionFactory } | undefined;
  private unsubscribe: (() => void)[] = [];
  private focusWasInside = false;
  /** Where the last moderated entry sat in the waiting list, to focus the next one there. */
  private moderatedIndex: number | undefined;

  constructor() {
    super();
    this.headingLevel = 1;
  }

  /** The session as it is now: the socket's view, or the screen's until the socket has sent one. */
  private get view(): FacilitatorView | undefined {
    const loaded = this.screen.value?.view;
    const live = this.socketView;
    if (!live || live.sessionId !== this.sessionId) return loaded?.sessionId === this.sessionId ? loaded : undefined;
    return loaded && loaded.revision > live.revision ? loaded : live;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureConnection();
  }

  override disconnectedCallback(): void {
    this.closeConnection();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the render: was focus on something this update may remove?
    this.focusWasInside = this.shadowRoot?.activeElement != null;
    if (changed.has('sessionId')) this.screen.reset();
    if (changed.has('sessionId') || changed.has('connect')) this.ensureConnection();
    const api = this.api;
    if (api && this.sessionId) {
      const url = liveApi.session(this.sessionId);
      this.screen.request(url, (signal) => api.get(url, FacilitatorScreenSchema, signal));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusWasInside && this.shadowRoot?.activeElement == null) this.rescueFocus();
  }

  /** One socket for the session shown, while the console is in the page. */
  private ensureConnection(): void {
    if (!this.sessionId || !this.isConnected) return this.closeConnection();
    if (this.connection && this.connectedTo?.sessionId === this.sessionId && this.connectedTo.connect === this.connect) return;
    this.closeConnection();
    const connection = this.connect(this.sessionId);
    this.connection = connection;
    this.connectedTo = { sessionId: this.sessionId, connect: this.connect };
    this.status = connection.status;
    this.refusal = undefined;
    this.unsubscribe = [
      connection.onView((message) => this.handleView(message)),
      connection.onStatus((status) => (this.status = status)),
      connection.onRefused((refusal) => (this.refusal = refusal)),
    ];
  }

  private closeConnection(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.connection?.close();
    this.connection = undefined;
    this.connectedTo = undefined;
    this.socketView = undefined;
  }

  private handleView(message: ViewMessage): void {
    if (message.type !== 'facilitator-view' || message.view.sessionId !== this.sessionId) return;
    const before = this.view;
    this.socketView = message.view;
    const after = this.view;
    if (before && after && after.revision > before.revision) void this.announceChange(before, after);
  }

  /** Says what changed for everyone, not what this facilitator just did and can see. */
  private async announceChange(before: FacilitatorView, after: FacilitatorView): Promise<void> {
    const { t } = this.i18n;
    let text = '';
    if (after.phase === 'finished' && before.phase !== 'finished') text = t('liveConsole.announce.finished');
    else if (after.step.index !== before.step.index && after.content) text = t('liveConsole.announce.step', { index: after.step.index + 1, count: after.step.count, title: after.content.title });
    else if (after.phase !== before.phase && after.phase === 'revealed') text = t('liveConsole.announce.revealed');
    else if (after.phase !== before.phase && after.phase === 'voting') text = t('liveConsole.announce.voting', { round: after.round ?? 1 });
    else if (after.phase !== before.phase && after.phase === 'ended') text = t('liveConsole.announce.ended');
    else if (pendingCount(after) > pendingCount(before)) text = t('liveConsole.wall.newEntry');
    if (!text) return;
    // Emptied first, so the same words twice in a row are said twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  private rescueFocus(): void {
    const root = this.renderRoot;
    const index = this.moderatedIndex;
    this.moderatedIndex = undefined;
    if (index !== undefined) {
      const waiting = [...root.querySelectorAll<HTMLButtonElement>('.wall-list.pending li button.show')];
      const next = waiting[Math.min(index, waiting.length - 1)] ?? root.querySelector<HTMLElement>('#wall-heading');
      if (next) return next.focus();
    }
    root.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private async send(command: FacilitatorCommandInput): Promise<void> {
    const connection = this.connection;
    if (this.busy || !connection) return;
    this.busy = true;
    this.failure = '';
    try {
      const result = await connection.send({ type: 'command', command });
      if (!result.ok) {
        this.failure = liveErrorText(result.error);
        // Nothing moved, so the button pressed is still there and keeps focus.
        this.moderatedIndex = undefined;
      }
    } finally {
      this.busy = false;
    }
  }

  private handleModerate(entryId: string, state: 'shown' | 'hidden'): void {
    const view = this.view;
    if (!view) return;
    const waiting = entriesOnScreen(view).filter((entry) => entry.state === 'pending');
    const index = waiting.findIndex((entry) => entry.id === entryId);
    this.moderatedIndex = index >= 0 ? index : undefined;
    void this.send({ type: 'moderate', entryId, state });
  }

  private handleEndConfirm(): void {
    this.endDialog.close();
    void this.send({ type: 'end' });
  }

  private renderConnection(): TemplateResult {
    const { t } = this.i18n;
    if (this.refusal) return html`<p class="connection notice bad" role="status">${t(`liveConsole.connection.refused.${this.refusal.code}`)}</p>`;
    return html`<p class="connection ${this.status}" role="status">${t(`liveConsole.connection.${this.status}`)}</p>`;
  }

  private renderActionButton(action: ConsoleAction): TemplateResult {
    const { t } = this.i18n;
    const withheld = action.id === 'reveal-withheld';
    return html`<button
      type="button"
      class="action ${action.id} ${action.primary ? '' : 'secondary'}"
      aria-describedby=${withheld ? 'withheld-hint' : nothing}
      @click=${() => void this.send(action.command)}
    >
      ${t(ACTION_LABELS[action.id])}
    </button>`;
  }

  private renderActions(view: FacilitatorView): TemplateResult {
    const { t } = this.i18n;
    const actions = consoleActions(view);
    const withheld = actions.some((action) => action.id === 'reveal-withheld');
    return html`<div class="actions" role="group" aria-label=${t('liveConsole.actions.heading')}>
        ${repeat(actions, (action) => action.id, (action) => this.renderActionButton(action))}
        ${canEnd(view) ? html`<button type="button" class="quiet end" @click=${() => this.endDialog.showModal()}>${t('liveConsole.actions.end')}</button>` : nothing}
      </div>
      ${withheld ? html`<p class="hint" id="withheld-hint">${t('liveConsole.actions.revealWithheldHint')}</p>` : nothing}
      <p class="failure" role="alert">${this.failure ? html`<span class="notice bad">${this.failure}</span>` : ''}</p>`;
  }

  private renderContent(view: FacilitatorView): TemplateResult | typeof nothing {
    const content = view.content;
    const format = this.i18n.format;
    if (!content) return nothing;
    if (content.kind === 'dialogue') return dialogueStep({ view, content, format, onFollow: (choiceId) => void this.send({ type: 'follow', choiceId }) });
    if (content.kind === 'quiz-item') return quizStep({ view, content, format });
    return reflectionStep({ view, content, onModerate: (entryId, state) => this.handleModerate(entryId, state) });
  }

  private renderStep(view: FacilitatorView): TemplateResult {
    const { t } = this.i18n;
    const content = view.content;
    let heading: string;
    let phase: string;
    if (view.phase === 'waiting') {
      heading = t('liveConsole.step.waiting');
      phase = t('liveConsole.step.waitingBody');
    } else if (view.phase === 'finished' || !content) {
      heading = t('liveConsole.step.finished');
      phase = t('liveConsole.step.finishedBody');
    } else {
      heading = t('liveConsole.step.heading', { index: view.step.index + 1, count: view.step.count, title: content.title });
      phase = t(`liveConsole.step.phase.${view.phase}`, { round: view.round ?? 1 });
    }
    return html`<section class="step panel" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${heading}</h2>
      <p class="phase">${phase}</p>
      ${this.renderActions(view)} ${this.renderContent(view)} ${resultsSummary(view, this.i18n.format)}
    </section>`;
  }

  private renderExports(): TemplateResult {
    const { t } = this.i18n;
    return html`<section class="exports panel" aria-labelledby="exports-heading">
      <h2 id="exports-heading">${t('liveConsole.export.heading')}</h2>
      <div class="figure-actions">
        <a class="button secondary csv" href=${liveApi.csv(this.sessionId)} download>${t('liveConsole.export.csv')}</a>
        <a class="button secondary summary" href=${liveApi.summary(this.sessionId)} target="_blank" rel="noopener"
          >${t('liveConsole.export.summary')} <span class="visually-hidden">${t('liveConsole.join.newWindow')}</span></a
        >
      </div>
    </section>`;
  }

  private renderEndDialog(): TemplateResult {
    const { t } = this.i18n;
    return html`<dialog id="end-dialog" aria-labelledby="end-title" aria-describedby="end-body">
      <div class="stack">
        <h2 id="end-title">${t('liveConsole.end.title')}</h2>
        <p id="end-body">${t('liveConsole.end.body')}</p>
        <div class="dialog-actions">
          <button type="button" class="secondary cancel" autofocus @click=${() => this.endDialog.close()}>${t('liveConsole.end.cancel')}</button>
          <button type="button" class="danger confirm" @click=${this.handleEndConfirm}>${t('liveConsole.end.confirm')}</button>
        </div>
      </div>
    </dialog>`;
  }

  private renderBody(screen: FacilitatorScreen, view: FacilitatorView): TemplateResult {
    return html`<div class="console">
        <div class="room">${joinPanel(screen, view, this.i18n.format)} ${participantsPanel(view)}</div>
        <div class="run">${this.renderStep(view)} ${this.renderExports()}</div>
        ${facilitatorNotes(screen.notes)}
      </div>
      ${this.renderEndDialog()}`;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const screen = this.screen.value;
    const view = this.view;
    const back = html`<p><a class="back" href=${pathOf({ view: 'live' })}>← ${t('liveConsole.back')}</a></p>`;
    // Not found is also what another coordinator's session answers (on purpose): say both.
    if (this.screen.status === 'error' && this.screen.error?.kind === 'not-found') {
      return html`<div class="page">
        ${back}
        <h1 tabindex="-1">${t('app.views.live-console')}</h1>
        <div class="notice not-found" role="status">
          <p class="notice-title">${t('liveConsole.notFound.title')}</p>
          <p>${t('liveConsole.notFound.body')}</p>
        </div>
      </div>`;
    }
    const loading = this.screen.status === 'loading' || this.screen.status === 'idle';
    return html`<div class="page" aria-busy=${loading ? 'true' : 'false'}>
      ${back}
      <h1 tabindex="-1">${screen ? t('liveConsole.heading', { title: screen.moduleTitle }) : t('app.views.live-console')}</h1>
      ${this.renderConnection()}
      ${this.screen.status === 'error' && this.screen.error
        ? errorNotice(this.screen.error, () => this.screen.reload())
        : screen && view
          ? this.renderBody(screen, view)
          : html`<p class="muted" role="status">${t('state.loading', { what: t('liveConsole.what') })}</p>`}
      <div class="announcer visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

function pendingCount(view: FacilitatorView): number {
  return entriesOnScreen(view).filter((entry) => entry.state === 'pending').length;
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-console': WmLiveConsole;
  }
}
