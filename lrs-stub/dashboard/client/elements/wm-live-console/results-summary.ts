/**
 * What the room was shown at the reveal, summed up for the facilitator: how many voted, how many
 * had a quiz item exactly right (or that the answer is still held back), and after a re-vote
 * the two rounds side by side and how the room moved between them, which is what a
 * peer-instruction discussion is judged by. The per-answer counts stand beside the answers
 * themselves (vote-bar.ts); this is the part that has no place there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacilitatorView } from '../../../../live/session-views.ts';
import type { Move } from '../../../../live/tally.ts';
import type { DashboardFormats } from '../../i18n/dashboard-formats.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';
import { tableBox } from '../../ui/table-box.ts';
import { answerLabels, describeKeys, type AnswerLabel } from './answer-labels.ts';
import { countOf } from './vote-bar.ts';

function describeMove(move: Move, labels: AnswerLabel[], format: DashboardFormats): string {
  const list = (values: string[]) => format.list(values);
  const stayed = move.from.length === move.to.length && move.from.every((key) => move.to.includes(key));
  if (stayed) return translate('liveConsole.results.stayed', { count: move.count, answer: describeKeys(move.to, labels, list) });
  return translate('liveConsole.results.move', { count: move.count, from: describeKeys(move.from, labels, list), to: describeKeys(move.to, labels, list) });
}

export function resultsSummary(view: FacilitatorView, format: DashboardFormats): TemplateResult | typeof nothing {
  const results = view.results;
  if (view.phase !== 'revealed' || !results) return nothing;
  const labels = answerLabels(view);
  const voters = results.tally.voters;
  const isQuiz = view.content?.kind === 'quiz-item';
  let verdict: TemplateResult | typeof nothing = nothing;
  if (isQuiz && results.correct && results.right !== undefined) {
    verdict = html`<p class="right">${translate('liveConsole.results.right', { count: results.right, total: voters })}</p>`;
  } else if (isQuiz) {
    verdict = html`<p class="withheld notice warn">${translate('liveConsole.results.withheld')}</p>`;
  } else if (voters === 0) {
    verdict = html`<p class="nobody notice warn">${translate('liveConsole.results.nobody')}</p>`;
  }
  const previous = results.previous;
  return html`<section class="results stack" aria-labelledby="results-heading">
    <h3 id="results-heading">${translate('liveConsole.results.heading')}</h3>
    <p>${translate('liveConsole.results.voters', { count: voters })}</p>
    ${verdict}
    ${previous
      ? tableBox({
          id: 'rounds',
          caption: translate('liveConsole.results.table'),
          head: html`<tr>
            <th scope="col">${translate('liveConsole.results.answer')}</th>
            <th scope="col" class="num">${translate('liveConsole.results.round1')}</th>
            <th scope="col" class="num">${translate('liveConsole.results.round2')}</th>
          </tr>`,
          body: labels.map(
            (label) => html`<tr>
              <th scope="row">${label.text}</th>
              <td class="num">${format.count(countOf(previous, label.key))}</td>
              <td class="num">${format.count(countOf(results.tally, label.key))}</td>
            </tr>`,
          ),
        })
      : nothing}
    ${results.moves && results.moves.length > 0
      ? html`<h4 id="moves-heading">${translate('liveConsole.results.moves')}</h4>
          <ul class="moves" aria-labelledby="moves-heading">
            ${results.moves.map((move) => html`<li>${describeMove(move, labels, format)}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}
