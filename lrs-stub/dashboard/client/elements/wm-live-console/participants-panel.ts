/**
 * Who is in the room. During a vote each name says whether that participant has voted, so the
 * facilitator can wait for the last few rather than reveal over them. Names are what
 * participants typed, rendered as text. Not a live region: a room joining would talk over
 * everything else the facilitator's screen reader says.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

/** Votes mean something in these phases: counting (voting) or counted (revealed). */
const showsVotes = (view: FacilitatorView): boolean => view.phase === 'voting' || view.phase === 'revealed';

export function participantsPanel(view: FacilitatorView): TemplateResult {
  const people = view.participants;
  const votes = showsVotes(view);
  const voted = people.filter((person) => person.voted).length;
  return html`<section class="participants panel" aria-labelledby="participants-heading">
    <h2 id="participants-heading">${translate('liveConsole.participants.heading')}</h2>
    <p class="participant-count">
      <strong>${translate('liveConsole.participants.count', { count: people.length })}</strong>
      ${votes && people.length > 0 ? html` · <span class="voted-count">${translate('liveConsole.participants.votedCount', { count: voted, total: people.length })}</span>` : nothing}
    </p>
    ${people.length === 0
      ? html`<p class="muted">${translate('liveConsole.participants.none')}</p>`
      : html`<ul class="names">
          ${people.map(
            (person) => html`<li class=${votes && person.voted ? 'has-voted' : ''}>
              <span class="name">${person.displayName}</span>${votes && person.voted
                ? html` <span class="badge good voted"><span aria-hidden="true">✓</span> ${translate('liveConsole.participants.voted')}</span>`
                : nothing}
            </li>`,
          )}
        </ul>`}
  </section>`;
}
