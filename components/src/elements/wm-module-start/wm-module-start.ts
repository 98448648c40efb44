/**
 * A module's start screen (a shell screen, not an authored activity): the module's card art, what the module is about,
 * how long it takes, what the learner will learn (its objectives) and what they will do there.
 * The shell renders the heading and the one primary action ("Start the module") around it, so
 * every screen's heading and navigation behave the same. Loaded on demand: its own chunk.
 *
 * @summary The start of a module: art, summary, time, objectives, activities.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../i18n/screens-text.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ActivityLine, ModuleCard } from '../../runtime/module-report.ts';
import { tokens } from '../../styles/tokens.ts';
import { renderCardArt, STATUS_MARK } from '../wm-welcome/module-card.ts';
import { formatMinutes } from '../wm-welcome/time-estimate.ts';
import { screenStyles } from './screen.styles.ts';

@customElement('wm-module-start')
export class WmModuleStart extends LitElement {
  static override styles = [tokens, screenStyles];

  /** The module's card: summary, objectives, time, progress. */
  @property({ attribute: false }) card: ModuleCard | undefined;
  /** The module's activities in order, with their status. */
  @property({ attribute: false }) activities: readonly ActivityLine[] = [];
  /** Link to an activity of this module, by activity id. */
  @property({ attribute: false }) activityHref: (activityId: string) => string = (id) => `#/${this.card?.id ?? ''}/${id}`;

  private readonly i18n = new LocalizeController(this);

  override render(): TemplateResult | typeof nothing {
    const card = this.card;
    if (!card) return nothing;
    const t = this.i18n.t;
    return html`${card.art ? renderCardArt(card.art, 'art') : nothing}
      <p class="lead">${card.summary}</p>
      <p class="meta">
        ${card.estimate === undefined ? nothing : html`<span>${t('screens.time', { time: formatMinutes(t, card.estimate) })}</span>`}
        <span>${t('screens.activityCount', { count: this.activities.length })}</span>
      </p>
      ${card.status === 'in-progress' ? html`<p class="note">${t('screens.alreadyDone', { done: card.done, total: card.total })}</p>` : nothing}
      <section aria-labelledby="objectives-title">
        <h3 id="objectives-title">${t('framing.objectives')}</h3>
        <ul class="objectives">
          ${card.objectives.map((o) => html`<li>${o}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="activities-title">
        <h3 id="activities-title">${t('screens.whatYouWillDo')}</h3>
        <ol class="activity-list">
          ${this.activities.map(
            (a) => html`<li>
              <span class="status-mark ${a.status}" aria-hidden="true">${STATUS_MARK[a.status]}</span>
              <span
                ><a href=${this.activityHref(a.activityId)}>${a.title}</a>
                <span class="type">${t(`course.activityType.${a.type}`)}${a.required ? '' : html` ${t('screens.optional')}`}</span
                ><span class="visually-hidden"> (${t(`course.status.${a.status}`)})</span></span
              >
            </li>`,
          )}
        </ol>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-module-start': WmModuleStart;
  }
}
