/**
 * The fields of a feedback exercise's record, digits of the record's number (record-body.ts):
 *
 *   stage checked score [written] sorted* rating*
 *
 * `stage` is one of three, `score` an optional whole percentage, `written` a presence flag
 * (only when the exercise has a write task: text without one could never be shown again and
 * would escape the size budget); then for every statement, in order, none or its category
 * (radix categories + 1), and for every criterion none or its level (radix levels + 1).
 */
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import { FEEDBACK_STAGES } from '../progress-values.ts';
import type { FeedbackExerciseProgress } from '../progress.ts';
import { clipText } from './clip-text.ts';
import { idIndex } from './course-layout.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';

const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((x) => x.id);

/** For every key, none or its value, as digits; pairs naming something unknown are left out. */
function encodeChoices(record: Record<string, string>, keys: readonly string[], values: readonly string[], out: BodyWriter): void {
  const v = idIndex(values);
  for (const key of keys) {
    const value = Object.hasOwn(record, key) ? v.get(record[key]!) : undefined;
    out.digit(value === undefined ? 0 : value + 1, values.length + 1);
  }
}

function decodeChoices(keys: readonly string[], values: readonly string[], input: BodyReader): Record<string, string> {
  const record: Record<string, string> = {};
  for (const key of keys) {
    const value = input.index(values.length + 1);
    if (value > 0) record[key] = values[value - 1]!;
  }
  return record;
}

export function encodeFeedbackExercise(activity: FeedbackExerciseData, detail: FeedbackExerciseProgress, out: BodyWriter): void {
  out.part('feedback exercise: stage, checked, score, written');
  out.digit(Math.max(0, FEEDBACK_STAGES.indexOf(detail.stage)), FEEDBACK_STAGES.length).flag(detail.checked).optionalScore(detail.score);
  if (activity.write) {
    out.flag(detail.written !== undefined);
    if (detail.written !== undefined) out.text(clipText(detail.written, activity.write.maxLength));
  }
  out.part('feedback exercise: sorting, ratings');
  encodeChoices(detail.sorted, ids(activity.sort?.statements), ids(activity.sort?.categories), out);
  encodeChoices(detail.ratings, ids(activity.rubric.criteria), ids(activity.rubric.levels), out);
}

export function decodeFeedbackExercise(activity: FeedbackExerciseData, input: BodyReader): FeedbackExerciseProgress {
  const stage = FEEDBACK_STAGES[input.index(FEEDBACK_STAGES.length)]!;
  const checked = input.flag();
  const score = input.optionalScore();
  const detail: FeedbackExerciseProgress = { type: 'feedback-exercise', stage, sorted: {}, checked, ratings: {} };
  if (activity.write && input.flag()) detail.written = input.text();
  if (score !== undefined) detail.score = score;
  detail.sorted = decodeChoices(ids(activity.sort?.statements), ids(activity.sort?.categories), input);
  detail.ratings = decodeChoices(ids(activity.rubric.criteria), ids(activity.rubric.levels), input);
  return detail;
}
