/**
 * What the answers of the step on screen are called, keyed as the tally counts them
 * (tally.ts: a choice's or option's id, `true` / `false` for a true-false item): the results'
 * labels, and the words for "your vote" on a phone.
 */
import type { ParticipantView } from '../../../../live/session-views.ts';
import type { Answer } from '../../../../live/session-schema.ts';
import { keysOfAnswer } from '../../../../live/tally.ts';
import { translate } from '../i18n/live-i18n.ts';
import type { ResultLabel } from '../wm-live-results/wm-live-results.ts';

export type StepContent = NonNullable<ParticipantView['content']>;

export function answerLabels(content: StepContent | undefined): ResultLabel[] {
  if (!content) return [];
  if (content.kind === 'dialogue') return content.choices.map(({ id, text }) => ({ key: id, text }));
  if (content.kind === 'quiz-item') {
    if (content.itemKind === 'true-false') return [{ key: 'true', text: translate('quiz.true') }, { key: 'false', text: translate('quiz.false') }];
    return content.options.map(({ id, text }) => ({ key: id, text }));
  }
  return [];
}

/** An answer in words, as the room would read it ("Ask what happened", "A, C"). */
export function answerText(content: StepContent | undefined, answer: Answer): string {
  const labels = answerLabels(content);
  return keysOfAnswer(answer)
    .map((key) => labels.find((label) => label.key === key)?.text ?? key)
    .join(', ');
}

export { keysOfAnswer };
