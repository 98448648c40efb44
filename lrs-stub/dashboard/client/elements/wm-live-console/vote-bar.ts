/**
 * One answer's votes as a bar and a number: "5 (42%)". The number is the information (read
 * aloud, and what a colour-blind or zooming facilitator reads); the bar is a glance from across
 * the room, hidden from screen readers. Its length goes in a custom property through
 * `styleMap`, which sets it through the CSSOM: the dashboard's Content-Security-Policy refuses
 * style attributes.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Tally } from '../../../../live/tally.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

/** How many votes `key` has in `tally` (0 for a key it does not list). */
export const countOf = (tally: Tally | undefined, key: string): number => tally?.counts.find((entry) => entry.key === key)?.count ?? 0;

export function voteBar(tally: Tally | undefined, key: string, format: DashboardFormats): TemplateResult {
  const count = countOf(tally, key);
  const voters = tally?.voters ?? 0;
  const share = voters > 0 ? count / voters : 0;
  return html`<div class="votes">
    <span class="bar" aria-hidden="true"><span class="fill" style=${styleMap({ '--share': String(share) })}></span></span>
    <span class="vote-count">${translate('liveConsole.votes.share', { votes: translate('liveConsole.votes.count', { count }), share: format.ratio(count, voters) })}</span>
  </div>`;
}
