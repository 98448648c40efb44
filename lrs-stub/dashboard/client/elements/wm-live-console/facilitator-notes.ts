/**
 * The module's notes for facilitators beside the console (course/schema/module.ts
 * `FacilitatorNotes`): how long to plan for, the session step by step, questions to open the
 * discussion with, what to watch for, and the sources behind the facts. They are for the person
 * running the room only: the projector's and the phones' views never carry them. A source's
 * address is a link only when it is http or https (the loader checks it; this is the browser's
 * own guard against anything else), and opens in a new window: the console must not be left
 * mid-session by a click.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacilitatorNotes } from '../../../../../course/schema/module.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

const isWebAddress = (url: string): boolean => /^https?:\/\//i.test(url.trim());

function list(id: string, heading: string, items: readonly TemplateResult[] | readonly string[]): TemplateResult {
  return html`<h3 id=${id}>${heading}</h3>
    <ul aria-labelledby=${id}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
}

export function facilitatorNotes(notes: FacilitatorNotes | undefined): TemplateResult {
  const body = notes
    ? html`<p class="minutes">${translate('liveConsole.notes.minutes', { count: notes.minutes })}</p>
        ${notes.sessionPlan
          ? html`<h3 id="notes-plan">${translate('liveConsole.notes.plan')}</h3>
              <ol aria-labelledby="notes-plan">
                ${notes.sessionPlan.map((step) => html`<li>${translate('liveConsole.notes.planStep', { count: step.minutes, step: step.step })}</li>`)}
              </ol>`
          : nothing}
        ${list('notes-questions', translate('liveConsole.notes.questions'), notes.questions)}
        ${list('notes-watch', translate('liveConsole.notes.watchFor'), notes.watchFor)}
        ${notes.sources
          ? list(
              'notes-sources',
              translate('liveConsole.notes.sources'),
              notes.sources.map((source) => (isWebAddress(source.url) ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.title} <span class="visually-hidden">${translate('liveConsole.join.newWindow')}</span></a>` : html`${source.title} (${source.url})`)),
            )
          : nothing}`
    : html`<p class="muted">${translate('liveConsole.notes.none')}</p>`;
  return html`<aside class="notes panel" aria-labelledby="notes-heading">
    <h2 id="notes-heading">${translate('liveConsole.notes.heading')}</h2>
    <p class="muted">${translate('liveConsole.notes.private')}</p>
    ${body}
  </aside>`;
}
