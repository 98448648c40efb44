/**
 * A quiz item on the facilitator's screen: the question, what kind of answer it takes, and its
 * answers with the right one marked from the start (the facilitator needs to know where the room
 * stands long before the room may), each with its votes counting up. The explanation of the
 * right answer is there to read out once it is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';
import { answerLabels, correctKeys } from './answer-labels.ts';
import { voteBar } from './vote-bar.ts';

export type QuizContent = Extract<NonNullable<FacilitatorView['content']>, { kind: 'quiz-item' }>;

export interface QuizStepOptions {
  view: FacilitatorView;
  content: QuizContent;
  format: DashboardFormats;
}

export function quizStep({ view, content, format }: QuizStepOptions): TemplateResult {
  const { item } = content;
  const correct = correctKeys(view);
  const tally = view.results?.tally ?? view.live;
  const kind = item.kind === 'single-choice' || item.kind === 'multiple-response' || item.kind === 'true-false' ? item.kind : undefined;
  return html`<p class="prompt">${item.prompt}</p>
    ${kind ? html`<p class="muted">${translate(`liveConsole.quiz.kind.${kind}`)}</p>` : nothing}
    <h3 id="options-heading" class="visually-hidden">${translate('liveConsole.quiz.options')}</h3>
    <ol class="answers" aria-labelledby="options-heading">
      ${answerLabels(view).map(
        (label) => html`<li class="answer option ${correct.includes(label.key) ? 'correct' : ''}">
          <p class="answer-text">${label.text}</p>
          ${correct.includes(label.key) ? html`<p class="answer-meta"><span class="badge good"><span aria-hidden="true">✓</span> ${translate('liveConsole.quiz.correct')}</span></p>` : nothing}
          ${voteBar(tally, label.key, format)}
        </li>`,
      )}
    </ol>
    <p class="muted explanation">${translate('liveConsole.quiz.why', { text: item.feedback.correct })}</p>`;
}
