/**
 * The answers of the decision on screen as `{ key, text }`, in the order the tallies count them
 * (lrs-stub/live/plan-steps.ts `answerKeysOf`): a dialogue node's choices, a quiz item's
 * options, or true and false in the facilitator's language. The console's bars, its results and
 * the movement between rounds all name answers through these.
 */
import type { FacilitatorView } from '../../../../live/session-views.ts';
import { translate } from '../../i18n/dashboard-i18n.ts';

export interface AnswerLabel {
  key: string;
  text: string;
}

export function answerLabels(view: FacilitatorView): AnswerLabel[] {
  const content = view.content;
  if (!content || content.kind === 'reflection') return [];
  if (content.kind === 'dialogue') return (content.node.choices ?? []).map((choice) => ({ key: choice.id, text: choice.text }));
  const { item } = content;
  if (item.kind === 'true-false') {
    return [
      { key: 'true', text: translate('liveConsole.quiz.true') },
      { key: 'false', text: translate('liveConsole.quiz.false') },
    ];
  }
  if (item.kind === 'single-choice' || item.kind === 'multiple-response') return item.options.map((option) => ({ key: option.id, text: option.text }));
  return [];
}

/** The keys of a quiz item's right answer, from the item itself (the facilitator sees it before the room). */
export function correctKeys(view: FacilitatorView): string[] {
  const content = view.content;
  if (content?.kind !== 'quiz-item') return [];
  const { item } = content;
  if (item.kind === 'true-false') return [String(item.correct)];
  if (item.kind === 'single-choice') return [item.correct];
  if (item.kind === 'multiple-response') return item.correct;
  return [];
}

/** A group of answer keys ("A", "A and C", or "no vote") as the facilitator reads it. */
export function describeKeys(keys: readonly string[], labels: readonly AnswerLabel[], list: (values: string[]) => string): string {
  if (keys.length === 0) return translate('liveConsole.results.noVote');
  return list(keys.map((key) => translate('liveConsole.results.quoted', { text: labels.find((label) => label.key === key)?.text ?? key })));
}
