/**
 * A dialogue node on the facilitator's screen: what was said (with who said it), the choice the
 * room followed into it and why it worked or not, then what the room can say now, each choice
 * with what the room never sees before following it: its quality and its feedback. The votes
 * count up beside each choice as they come in. Once revealed, each choice can be followed
 * whatever the majority chose, so a facilitator can take the room down the instructive path.
 * At an ending: its outcome and the debrief to talk through.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceQuality } from '../../../../../course/schema/activities/dialogue.ts';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';
import { canFollowChoice } from './console-actions.ts';
import { voteBar } from './vote-bar.ts';

export type DialogueContent = Extract<NonNullable<FacilitatorView['content']>, { kind: 'dialogue' }>;

export interface DialogueStepOptions {
  view: FacilitatorView;
  content: DialogueContent;
  format: DashboardFormats;
  onFollow: (choiceId: string) => void;
}

const QUALITY_BADGE: Record<ChoiceQuality, string> = { good: 'good', acceptable: 'warn', poor: 'bad' };
const OUTCOME_BADGE = { positive: 'good', mixed: 'warn', negative: 'bad' } as const;

/**
 * The cast member's name for a speaker id. The facilitator's content carries the node only; a
 * `cast` beside it (as the phones' content has) is used when the server sends one, and the
 * speaker's id stands in until then, so a line is never without its speaker.
 */
function speakerName(content: DialogueContent, speaker: string): string {
  const cast = (content as { cast?: readonly { id: string; name: string }[] }).cast;
  return cast?.find((member) => member.id === speaker)?.name ?? speaker;
}

function qualityBadge(quality: ChoiceQuality): TemplateResult {
  return html`<span class="badge ${QUALITY_BADGE[quality]}">${translate(`liveConsole.dialogue.quality.${quality}`)}</span>`;
}

function followed(content: DialogueContent): TemplateResult | typeof nothing {
  const choice = content.followed;
  if (!choice) return nothing;
  return html`<div class="followed notice">
    <p><span class="followed-text">${translate('liveConsole.dialogue.followed', { text: choice.text })}</span> ${qualityBadge(choice.quality)}</p>
    <p class="muted">${translate('liveConsole.dialogue.feedback', { feedback: choice.feedback })}</p>
  </div>`;
}

function choices(options: DialogueStepOptions): TemplateResult | typeof nothing {
  const { view, content, format } = options;
  const list = content.node.choices ?? [];
  if (list.length === 0) return nothing;
  const tally = view.results?.tally ?? view.live;
  const follow = canFollowChoice(view);
  return html`<h3 id="choices-heading">${translate('liveConsole.dialogue.choices')}</h3>
    <ol class="answers" aria-labelledby="choices-heading">
      ${list.map(
        (choice, index) => html`<li class="answer choice">
          <p class="answer-text" id="choice-${index}">${choice.text}</p>
          <p class="answer-meta">${qualityBadge(choice.quality)} <span class="muted">${translate('liveConsole.dialogue.feedback', { feedback: choice.feedback })}</span></p>
          ${voteBar(tally, choice.id, format)}
          ${follow
            ? html`<button type="button" class="secondary follow" aria-describedby="choice-${index}" @click=${() => options.onFollow(choice.id)}>${translate('liveConsole.dialogue.follow')}</button>`
            : nothing}
        </li>`,
      )}
    </ol>`;
}

function ending(content: DialogueContent): TemplateResult | typeof nothing {
  const end = content.node.ending;
  if (!end) return nothing;
  return html`<div class="ending notice ${OUTCOME_BADGE[end.outcome]}">
    <p><span class="badge ${OUTCOME_BADGE[end.outcome]}">${translate(`liveConsole.dialogue.outcome.${end.outcome}`)}</span></p>
    <h3>${end.title}</h3>
    <p>${end.debrief}</p>
  </div>`;
}

export function dialogueStep(options: DialogueStepOptions): TemplateResult {
  const { content } = options;
  const lines = content.node.lines;
  return html`${followed(content)}
    ${lines.length > 0
      ? html`<h3 id="lines-heading" class="visually-hidden">${translate('liveConsole.dialogue.lines')}</h3>
          <ul class="lines" aria-labelledby="lines-heading">
            ${lines.map((line) => html`<li><span class="speaker">${speakerName(content, line.speaker)}</span> <span class="line-text">${line.text}</span></li>`)}
          </ul>`
      : nothing}
    ${choices(options)} ${ending(content)}`;
}
