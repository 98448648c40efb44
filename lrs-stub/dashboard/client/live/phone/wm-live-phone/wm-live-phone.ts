/**
 * The participant's phone: the join form until the server takes the phone in, then whatever the
 * session shows, drawn from the participant view the server sends (session-views.ts): the
 * waiting room, a dialogue decision or quiz item to vote on, the revealed votes, the choice the
 * room followed and the ending, a reflection prompt for the wall, the thanks at the end.
 *
 * The join is kept in sessionStorage (joined-store.ts), so a reload or a phone that slept comes
 * back as the same participant; a `?code=` for another session starts a new join instead. When
 * the server will not have the phone any more (a token it does not know, a session that is
 * gone), the phone forgets the join and shows the form again with the reason.
 *
 * The text is in the session's language once the first view arrives. Focus moves to the new
 * screen's heading whenever the screen changes (not when a view only updates it, such as a new
 * wall entry while someone types), so a screen reader hears the new step.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { normalizeJoinCode } from '../../../../../live/join-code.ts';
import type { Hello } from '../../../../../live/live-protocol.ts';
import type { ParticipantView } from '../../../../../live/session-views.ts';
import { answerLabels, keysOfAnswer, type StepContent } from '../../content/answer-labels.ts';
import { renderEnding, renderFollowed, renderLines, renderSituation } from '../../content/dialogue-parts.ts';
import { isLiveLocale, setLiveLanguage } from '../../i18n/live-i18n.ts';
import { LiveLocalizeController } from '../../i18n/live-localize-controller.ts';
import { connectLive, type ConnectionStatus, type LiveConnection, type Refusal, type ViewMessage } from '../../live-connection.ts';
import { phoneBaseStyles } from '../../ui/phone-base.styles.ts';
import '../../wm-live-results/wm-live-results.ts';
import { WmLiveJoinedEvent } from '../events.ts';
import { JoinedStore, type StoredJoin } from '../joined-store.ts';
import '../wm-live-join/wm-live-join.ts';
import '../wm-live-reflection/wm-live-reflection.ts';
import '../wm-live-vote/wm-live-vote.ts';
import { phoneStyles } from './wm-live-phone.styles.ts';

/** Opens a session's socket; tests pass one that hands back a fake connection. */
export type Connect = (sessionId: string, hello: Hello) => LiveConnection;

/** What makes one screen another: a new step, node, item, prompt, phase or round. */
function screenOf(view: ParticipantView | undefined): string {
  if (!view) return '';
  const content = view.content;
  const at = !content ? '' : content.kind === 'dialogue' ? content.nodeId : content.kind === 'quiz-item' ? content.itemId : content.promptId;
  return [view.sessionId, view.phase, view.step.index, at, view.round ?? ''].join('/');
}

/**
 * @summary The participant's phone screen of a live session.
 */
@customElement('wm-live-phone')
export class WmLivePhone extends LitElement {
  static override styles = [...phoneBaseStyles, phoneStyles];

  /** The code from the QR code's `?code=`, to prefill (or, for another session, to join anew). */
  @property() code = '';

  /** Opens the socket once joined. */
  @property({ attribute: false }) connect: Connect = connectLive;

  /** How the join form reaches the server; tests pass a fake. */
  @property({ attribute: false }) fetch: typeof fetch = (input, init) => window.fetch(input, init);

  /** Where the join is kept; tests pass their own. */
  @property({ attribute: false }) store = new JoinedStore();

  @state() private joined: StoredJoin | undefined;
  @state() private view: ParticipantView | undefined;
  @state() private status: ConnectionStatus = 'connecting';
  /** Why the phone is back at the join form. */
  @state() private notice = '';
  /** The name this phone joined with, to prefill when it has to join again. */
  @state() private lastName = '';

  private connection: LiveConnection | undefined;
  private unsubscribe: Array<() => void> = [];
  private screen = '';
  private readonly i18n = new LiveLocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = this.store.current();
    const wanted = this.code ? normalizeJoinCode(this.code) : undefined;
    // A QR code for another session is a new join; the stored one stays for the back button.
    if (stored && (!wanted || wanted === stored.code)) this.open(stored);
  }

  override disconnectedCallback(): void {
    this.hangUp();
    super.disconnectedCallback();
  }

  private open(join: StoredJoin): void {
    this.hangUp();
    this.joined = join;
    this.view = undefined;
    this.notice = '';
    const connection = this.connect(join.sessionId, { type: 'hello', role: 'participant', participantId: join.participantId, token: join.token });
    this.connection = connection;
    this.status = connection.status;
    this.unsubscribe = [
      connection.onView((message) => this.handleView(message)),
      connection.onStatus((status) => (this.status = status)),
      connection.onRefused((refusal) => void this.handleRefused(refusal)),
    ];
  }

  private hangUp(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.connection?.close();
    this.connection = undefined;
  }

  private handleJoined(event: WmLiveJoinedEvent): void {
    this.store.save(event.join);
    this.open(event.join);
  }

  private handleView(message: ViewMessage): void {
    if (message.type !== 'participant-view') return;
    this.view = message.view;
    if (isLiveLocale(message.view.locale)) void setLiveLanguage(message.view.locale);
  }

  private async handleRefused(refusal: Refusal): Promise<void> {
    const joined = this.joined;
    if (joined) this.store.forget(joined.sessionId);
    this.hangUp();
    this.joined = undefined;
    this.view = undefined;
    this.screen = '';
    this.code = joined?.code ?? this.code;
    this.lastName = joined?.displayName ?? '';
    this.notice = refusal.code === 'rejoin-refused' || refusal.code === 'no-session' ? this.i18n.t(`join.left.${refusal.code}`) : this.i18n.t('join.left.other');
    await this.updateComplete;
    this.renderRoot.querySelector('wm-live-join')?.focusHeading();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const screen = screenOf(this.view);
    if (screen && screen !== this.screen) {
      this.screen = screen;
      this.renderRoot.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  private statusText(): string {
    if (!this.joined || !this.view) return '';
    if (this.status === 'reconnecting') return this.i18n.t('status.reconnecting');
    if (this.status === 'closed') return this.i18n.t('status.closed');
    return '';
  }

  private renderQuizQuestion(content: Extract<StepContent, { kind: 'quiz-item' }>): TemplateResult {
    return html`<section aria-labelledby="question-heading">
      <h2 id="question-heading">${this.i18n.t('quiz.question')}</h2>
      <p class="prompt">${content.prompt}</p>
    </section>`;
  }

  private renderVoting(view: ParticipantView, content: StepContent): TemplateResult {
    const vote = html`<wm-live-vote .content=${content} .round=${view.round} .myVote=${view.myVote} .connection=${this.connection}></wm-live-vote>`;
    if (content.kind !== 'dialogue') return vote;
    // Updated in place from one decision to the next, so a screen reader hears the new lines
    // after the room followed a choice (a region that is new in the page is not announced).
    return html`${renderFollowed(content)} ${renderSituation(content)}
      <div class="new-lines" aria-live="polite">${renderLines(content)}</div>
      <section>${vote}</section>`;
  }

  private renderRevealed(view: ParticipantView, content: StepContent): TemplateResult {
    const { t } = this.i18n;
    const verdict = view.myVoteRight;
    const explanation = content.kind === 'quiz-item' ? content.explanation : undefined;
    return html`${content.kind === 'dialogue' ? renderLines(content) : content.kind === 'quiz-item' ? this.renderQuizQuestion(content) : nothing}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">${t('results.heading')}</h2>
        <wm-live-results .results=${view.results} .labels=${answerLabels(content)} .mine=${view.myVote ? keysOfAnswer(view.myVote) : []} size="phone"></wm-live-results>
      </section>
      ${verdict === undefined ? nothing : html`<p class="verdict ${verdict ? 'right' : 'wrong'}">${verdict ? t('results.youWereRight') : t('results.youWereWrong')}</p>`}
      ${explanation
        ? html`<section class="explanation" aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">${t('quiz.explanation')}</h2>
            <p>${verdict === false ? explanation.incorrect : explanation.correct}</p>
          </section>`
        : nothing}`;
  }

  private renderStep(view: ParticipantView): TemplateResult {
    const { t } = this.i18n;
    const content = view.content;
    if (view.phase === 'finished' || !content) {
      return view.phase === 'finished'
        ? html`<h1 tabindex="-1">${t('finished.heading')}</h1>
            <p>${t('finished.body')}</p>`
        : html`<h1 tabindex="-1">${t('waiting.heading', { name: view.me.displayName })}</h1>
            <p>${t('waiting.body')}</p>`;
    }
    const heading = html`<h1 tabindex="-1">${content.title}</h1>`;
    if (view.phase === 'voting') return html`${heading}${this.renderVoting(view, content)}`;
    if (view.phase === 'revealed') return html`${heading}${this.renderRevealed(view, content)}`;
    if (view.phase === 'writing' && content.kind === 'reflection') {
      return html`${heading}<wm-live-reflection .content=${content} .connection=${this.connection}></wm-live-reflection>`;
    }
    if (content.kind === 'dialogue') return html`${heading}${renderFollowed(content)} ${renderEnding(content)}`;
    return heading;
  }

  private renderMain(): TemplateResult {
    if (!this.joined) {
      return html`<wm-live-join .code=${this.code} .name=${this.lastName} .notice=${this.notice} .fetch=${this.fetch} @wm-live-joined=${this.handleJoined}></wm-live-join>`;
    }
    if (!this.view) return html`<p class="muted">${this.i18n.t('status.connecting')}</p>`;
    return this.renderStep(this.view);
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const step = this.view?.content ? t('step', { number: this.view.step.index + 1, count: this.view.step.count }) : '';
    return html`<header>
        <div class="bar">
          <span class="product">${t('product')}</span>
          ${step ? html`<span>${step}</span>` : nothing}
        </div>
        <p class="connection" role="status">${this.statusText()}</p>
      </header>
      <main>${this.renderMain()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-phone': WmLivePhone;
  }
}
