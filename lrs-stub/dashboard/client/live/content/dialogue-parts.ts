/**
 * The parts of a dialogue step both the phone and the projector show, as templates: the
 * situation and who is who, the lines of the node on screen (speakers named from the cast), the
 * choice the room followed with why it worked or not, and the ending's debrief. Every name and
 * line is authored or typed text and goes in as text, never as markup.
 *
 * Headings are h2: each screen's h1 is the activity's title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate as t } from '../i18n/live-i18n.ts';
import type { StepContent } from './answer-labels.ts';

export type DialogueContent = Extract<StepContent, { kind: 'dialogue' }>;

export function speakerName(content: DialogueContent, speaker: string): string {
  return content.cast.find((member) => member.id === speaker)?.name ?? speaker;
}

export function playerName(content: DialogueContent): string {
  return speakerName(content, content.player);
}

export function renderSituation(content: DialogueContent): TemplateResult {
  return html`<section class="situation" aria-labelledby="situation-heading">
    <h2 id="situation-heading">${t('dialogue.scene')}</h2>
    <p class="scene">${content.scene}</p>
    <h3 class="cast-heading">${t('dialogue.cast')}</h3>
    <ul class="cast" role="list">
      ${content.cast.map((member) => html`<li>${t('dialogue.castMember', { name: member.name, role: t(`roles.${member.role}`) })}</li>`)}
    </ul>
  </section>`;
}

export function renderLines(content: DialogueContent): TemplateResult | typeof nothing {
  if (content.lines.length === 0) return nothing;
  return html`<section class="conversation" aria-labelledby="conversation-heading">
    <h2 id="conversation-heading">${t('dialogue.conversation')}</h2>
    <ol class="lines" role="list">
      ${content.lines.map((line) => html`<li class="line"><span class="speaker">${speakerName(content, line.speaker)}:</span> ${line.text}</li>`)}
    </ol>
  </section>`;
}

export function renderFollowed(content: DialogueContent): TemplateResult | typeof nothing {
  const followed = content.followed;
  if (!followed) return nothing;
  return html`<section class="followed quality-${followed.quality}" aria-labelledby="followed-heading">
    <h2 id="followed-heading">${t('dialogue.followed')}</h2>
    <p class="choice">${followed.text}</p>
    <p class="quality">${t(`dialogue.quality.${followed.quality}`)}</p>
    <p class="feedback">${followed.feedback}</p>
  </section>`;
}

export function renderEnding(content: DialogueContent): TemplateResult | typeof nothing {
  const ending = content.ending;
  if (!ending) return nothing;
  return html`<section class="ending outcome-${ending.outcome}" aria-labelledby="ending-heading">
    <h2 id="ending-heading">${t('dialogue.ending')}: ${ending.title}</h2>
    <p class="outcome">${t(`dialogue.outcome.${ending.outcome}`)}</p>
    <p class="debrief">${ending.debrief}</p>
  </section>`;
}
