/**
 * A decision's results as the room sees them once revealed: one row per answer with a bar and
 * its count, the phone's own vote and (once shown) the right answer marked in words, after a
 * re-vote round 1 beside round 2 and how the votes moved, and how many were exactly right.
 *
 * The rows are a list of text ("What happened? · 12 votes · 40%"), so the counts are there for
 * a screen reader, a magnifier and a photo of the projector alike; the bars are drawn beside
 * the numbers (hidden from assistive technology, they add nothing the text does not say).
 * Shared by the phone, the projector and the facilitator's console, so it takes plain data:
 * the results, the words for each key and which keys are this phone's.
 *
 * Its words come from the live screens' i18next instance (setLiveLanguage()).
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Move, Results, Tally } from '../../../../live/tally.ts';
import { LiveLocalizeController } from '../i18n/live-localize-controller.ts';
import { styleProperty } from '../ui/style-property.ts';
import { resultsStyles } from './wm-live-results.styles.ts';

export interface ResultLabel {
  key: string;
  text: string;
}

/**
 * @summary Bars and counts of a revealed decision, with moves after a re-vote and the right answer.
 * @csspart row - One answer's row.
 */
@customElement('wm-live-results')
export class WmLiveResults extends LitElement {
  static override styles = resultsStyles;

  /** The revealed results (tally, round 1 and moves after a re-vote, right answer once shown). */
  @property({ attribute: false }) results: Results | undefined;

  /** The answers' words, in the order to list them; a key without one shows as itself. */
  @property({ attribute: false }) labels: ReadonlyArray<ResultLabel> = [];

  /** The keys of this phone's own vote, marked "Your vote". */
  @property({ attribute: false }) mine: readonly string[] = [];

  /** `phone` fits a 320 px screen; `room` draws thicker bars for a projector. Text size comes from the page. */
  @property({ reflect: true }) size: 'phone' | 'room' = 'phone';

  private readonly i18n = new LiveLocalizeController(this);

  /** Every key to list: the labels' order, then any key the tally has that no label names. */
  private keys(results: Results): string[] {
    const keys = this.labels.map((label) => label.key);
    for (const { key } of results.tally.counts) if (!keys.includes(key)) keys.push(key);
    return keys;
  }

  private textOf(key: string): string {
    return this.labels.find((label) => label.key === key)?.text ?? key;
  }

  private renderMeasure(tally: Tally, key: string, round: 'before' | 'after' | 'only'): TemplateResult {
    const { t } = this.i18n;
    const count = tally.counts.find((entry) => entry.key === key)?.count ?? 0;
    const share = tally.voters > 0 ? count / tally.voters : 0;
    const votes = t('results.votes', { count });
    const said = round === 'before' ? t('results.before', { votes }) : round === 'after' ? t('results.after', { votes }) : votes;
    return html`<div class="measure ${round}">
      <span class="track" aria-hidden="true"><span class="bar" ${styleProperty('--share', `${Math.round(share * 1000) / 10}%`)}></span></span>
      <span class="count">${said} · ${this.i18n.percent(share)}</span>
    </div>`;
  }

  private renderRow(results: Results, key: string): TemplateResult {
    const { t } = this.i18n;
    const mine = this.mine.includes(key);
    const correct = results.correct?.includes(key) ?? false;
    return html`<li part="row" class="row" data-key=${key}>
      <div class="head">
        <span class="label">${this.textOf(key)}</span>
        ${correct ? html`<span class="tag correct"><span aria-hidden="true">✓ </span>${t('results.correct')}</span>` : nothing}
        ${mine ? html`<span class="tag mine">${t('results.mine')}</span>` : nothing}
      </div>
      ${results.previous ? [this.renderMeasure(results.previous, key, 'before'), this.renderMeasure(results.tally, key, 'after')] : this.renderMeasure(results.tally, key, 'only')}
    </li>`;
  }

  private moveText(move: Move): string {
    const { t } = this.i18n;
    const said = (keys: readonly string[]) => (keys.length === 0 ? t('results.noVote') : keys.map((key) => this.textOf(key)).join(', '));
    const stayed = move.from.length === move.to.length && move.from.every((key) => move.to.includes(key));
    return stayed ? t('results.stayed', { count: move.count, from: said(move.from) }) : t('results.moved', { count: move.count, from: said(move.from), to: said(move.to) });
  }

  override render(): TemplateResult | typeof nothing {
    const results = this.results;
    if (!results) return nothing;
    const { t } = this.i18n;
    const voters = results.tally.voters;
    return html`<figure class="votes">
        <figcaption>${results.previous ? t('results.captionRevote', { count: voters }) : t('results.caption', { count: voters })}</figcaption>
        <ul role="list">
          ${this.keys(results).map((key) => this.renderRow(results, key))}
        </ul>
        ${results.correct && results.right !== undefined ? html`<p class="right">${t('results.right', { count: results.right, voters })}</p>` : nothing}
      </figure>
      ${results.moves && results.moves.length > 0
        ? html`<figure class="moves">
            <figcaption>${t('results.moves')}</figcaption>
            <ul role="list">
              ${results.moves.map((move) => html`<li>${this.moveText(move)}</li>`)}
            </ul>
          </figure>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-live-results': WmLiveResults;
  }
}
