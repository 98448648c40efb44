/**
 * Tells the learner, calmly, when their progress is not reaching the learning platform (or the
 * learning record store) right now, and which tab saves it when the course is open twice. The
 * shell sets `state`; the notice only words it. It loads with the shell, so it stays small: no
 * tracker, no tab guard, just a message and at most two buttons.
 *
 * Announcing: the message sits in a polite live region that is always in the page, so a new
 * message is announced once; rendering the same state again changes nothing in the page and is
 * not announced again (a language change is, in the new language). Hidden messages come back
 * when the state changes.
 *
 * @summary A calm notice about where the learner's progress is saved.
 * @event wm-notice-dismiss - WmNoticeDismissEvent: the learner hid the message (focus should move on).
 * @event wm-notice-reload - WmNoticeReloadEvent: the learner asked to reload; cancelable (by default the page reloads).
 * @csspart notice - The box around the message and its buttons.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { WmNoticeDismissEvent, WmNoticeReloadEvent } from './events.ts';
import { noticeStyles } from './wm-tracking-notice.styles.ts';

/**
 * - `recording`: all is well; nothing is shown.
 * - `saved-on-device`: the LMS or LRS is not answering; progress is kept here and sent later.
 * - `sent`: it answers again and what was kept here has been sent.
 * - `refused`: the LMS refused some data for good; it is kept here (the trainer finds it in the console).
 * - `this-tab-records`: the course was opened in another tab too; this tab keeps saving.
 * - `other-tab-records`: another tab saves; nothing done here is saved.
 * - `other-tab-closed`: the tab that saved has closed; reloading this one saves here.
 */
export type TrackingNoticeState = 'recording' | 'saved-on-device' | 'sent' | 'refused' | 'this-tab-records' | 'other-tab-records' | 'other-tab-closed';

type Shown = Exclude<TrackingNoticeState, 'recording'>;

const MESSAGE = {
  'saved-on-device': 'tracking.savedOnDevice',
  sent: 'tracking.sent',
  refused: 'tracking.refused',
  'this-tab-records': 'tracking.thisTabRecords',
  'other-tab-records': 'tracking.otherTabRecords',
  'other-tab-closed': 'tracking.otherTabClosed',
} as const satisfies Record<Shown, string>;

/** `act`: the learner should do something (amber); `info`: nothing to do (the course's quiet surface). */
const TONE: Record<Shown, 'info' | 'act'> = {
  'saved-on-device': 'info',
  sent: 'info',
  refused: 'act',
  'this-tab-records': 'info',
  'other-tab-records': 'act',
  'other-tab-closed': 'act',
};

/** The learner may hide these; the other two stay while nothing is saved in this tab. */
const DISMISSIBLE: ReadonlySet<Shown> = new Set(['saved-on-device', 'sent', 'refused', 'this-tab-records']);

@customElement('wm-tracking-notice')
export class WmTrackingNotice extends LitElement {
  static override styles = [tokens, buttons, noticeStyles];

  /** What to tell the learner; `recording` shows nothing. */
  @property({ reflect: true }) state: TrackingNoticeState = 'recording';

  /** The learner hid the message of the current state. */
  @state() private dismissed = false;

  private readonly i18n = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state')) this.dismissed = false;
  }

  private handleDismiss(): void {
    const state = this.state;
    this.dismissed = true;
    this.dispatchEvent(new WmNoticeDismissEvent({ state }));
  }

  private handleReload(): void {
    if (!this.dispatchEvent(new WmNoticeReloadEvent())) return;
    try {
      // The LMS player page, when the course runs in its frame: reloading only the frame would
      // start again from the data the player page loaded before the other tab saved.
      (window.top ?? window).location.reload();
    } catch {
      // A player page on another origin: reload the frame.
      window.location.reload();
    }
  }

  private renderActions(state: Shown): TemplateResult | typeof nothing {
    const reload = state === 'other-tab-closed';
    const dismissible = DISMISSIBLE.has(state);
    if (!reload && !dismissible) return nothing;
    return html`<div class="actions">
      ${reload ? html`<button type="button" class="reload" @click=${this.handleReload}>${this.i18n.t('tracking.reload')}</button>` : nothing}
      ${dismissible ? html`<button type="button" class="secondary dismiss" @click=${this.handleDismiss}>${this.i18n.t('tracking.dismiss')}</button>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    // An unknown value (a typo in an attribute) shows nothing rather than a broken message.
    const state = this.state in MESSAGE && !this.dismissed ? (this.state as Shown) : undefined;
    return html`<div class="notice ${state ? TONE[state] : 'quiet'}" part="notice">
      <div class="message" role="status">${state ? html`<p>${this.i18n.t(MESSAGE[state])}</p>` : nothing}</div>
      ${state ? this.renderActions(state) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-tracking-notice': WmTrackingNotice;
  }
}
