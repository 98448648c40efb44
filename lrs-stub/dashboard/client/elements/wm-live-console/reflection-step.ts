/**
 * A reflection prompt on the facilitator's screen, with the wall's moderation: every answer to
 * this prompt arrives pending, and reaches the projector only when the facilitator shows it (a
 * room of phones will sooner or later type something that should not be on a wall). Three
 * lists: waiting, on the projector, hidden; each answer can move between the last two at any
 * time. Answers are what participants typed, rendered as text. Each Show or Hide button is
 * described by its answer's text, so a screen reader says which answer it acts on.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { WallEntry, WallEntryState } from '../../../../live/session-schema.ts';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

export type ReflectionContent = Extract<NonNullable<FacilitatorView['content']>, { kind: 'reflection' }>;

export interface ReflectionStepOptions {
  view: FacilitatorView;
  content: ReflectionContent;
  onModerate: (entryId: string, state: 'shown' | 'hidden') => void;
}

/** The wall entries of the step on screen (the wall holds every prompt's). */
export const entriesOnScreen = (view: FacilitatorView): WallEntry[] => view.wall.filter((entry) => entry.step === view.step.index);

const LISTS: readonly { state: WallEntryState; actions: readonly ('shown' | 'hidden')[] }[] = [
  { state: 'pending', actions: ['shown', 'hidden'] },
  { state: 'shown', actions: ['hidden'] },
  { state: 'hidden', actions: ['shown'] },
];

function wallList(entries: WallEntry[], state: WallEntryState, actions: readonly ('shown' | 'hidden')[], onModerate: ReflectionStepOptions['onModerate']): TemplateResult {
  const mine = entries.filter((entry) => entry.state === state);
  const headingId = `wall-${state}-heading`;
  return html`<section class="wall-list ${state}" aria-labelledby=${headingId}>
    <h4 id=${headingId}>${translate(`liveConsole.wall.${state}`, { count: mine.length })}</h4>
    ${mine.length === 0
      ? html`<p class="muted">${translate('liveConsole.wall.none')}</p>`
      : html`<ul>
          ${repeat(mine, (entry) => entry.id, (entry, index) => {
            // Keyed by entry, so a moderated entry's buttons leave with it and focus never lands
            // on another entry's button by accident. Element ids from the position: an entry
            // id is the server's opaque string.
            const textId = `wall-${state}-${index}`;
            return html`<li class="entry">
              <p class="entry-text" id=${textId}>${entry.text}</p>
              <div class="entry-actions">
                ${actions.map(
                  (action) =>
                    html`<button type="button" class="secondary ${action === 'shown' ? 'show' : 'hide'}" aria-describedby=${textId} @click=${() => onModerate(entry.id, action)}>
                      ${translate(action === 'shown' ? 'liveConsole.wall.show' : 'liveConsole.wall.hide')}
                    </button>`,
                )}
              </div>
            </li>`;
          })}
        </ul>`}
  </section>`;
}

export function reflectionStep({ view, content, onModerate }: ReflectionStepOptions): TemplateResult {
  const entries = entriesOnScreen(view);
  return html`<p class="prompt">${content.prompt.text}</p>
    ${content.prompt.hint ? html`<p class="muted">${content.prompt.hint}</p>` : ''}
    <section class="wall" aria-labelledby="wall-heading">
      <h3 id="wall-heading" tabindex="-1">${translate('liveConsole.wall.heading')}</h3>
      <p class="muted">${translate('liveConsole.wall.hint')}</p>
      <div class="wall-lists">${LISTS.map(({ state, actions }) => wallList(entries, state, actions, onModerate))}</div>
    </section>`;
}
