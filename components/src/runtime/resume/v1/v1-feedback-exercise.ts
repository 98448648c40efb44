/**
 * Format version 1 (read; written only by tests): a feedback exercise's body, `state [written]
 * [score] sorted ratings`, where `state` packs the stage (two bits) with three presence flags,
 * sorted statements are (statement, category) position pairs and ratings (criterion, level)
 * position pairs. Written feedback is raw text cut to the write task's `maxLength`.
 */
import type { FeedbackExerciseData } from '../../../../../course/schema/course-data.ts';
import { FEEDBACK_STAGES } from '../../progress-values.ts';
import type { FeedbackExerciseProgress } from '../../progress.ts';
import { idIndex } from '../course-layout.ts';
import { clipText, CorruptState, type TokenReader, type TokenWriter } from './v1-tokens.ts';

const STAGES = FEEDBACK_STAGES;

/** Id-to-id pairs as position pairs; pairs that name something unknown are left out. */
function encodePairs(record: Record<string, string>, keys: readonly string[], values: readonly string[], out: TokenWriter): void {
  const k = idIndex(keys);
  const v = idIndex(values);
  const pairs = Object.entries(record).flatMap(([key, value]) => {
    const a = k.get(key);
    const b = v.get(value);
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  out.uint(pairs.length);
  for (const [a, b] of pairs) out.uint(a).uint(b);
}

function decodePairs(keys: readonly string[], values: readonly string[], input: TokenReader, what: string): Record<string, string> {
  const count = input.uint();
  if (count > keys.length) throw new CorruptState(`${count} ${what}, but only ${keys.length} exist`);
  const record: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const key = keys[input.index(keys.length, what)]!;
    record[key] = values[input.index(values.length, what)]!;
  }
  return record;
}

const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((x) => x.id);

export function encodeFeedbackExercise(activity: FeedbackExerciseData, detail: FeedbackExerciseProgress, out: TokenWriter): void {
  // A text without a write task could never be shown again, and would escape the size budget.
  const written = activity.write && detail.written !== undefined ? clipText(detail.written, activity.write.maxLength) : undefined;
  const stage = Math.max(0, STAGES.indexOf(detail.stage));
  out.uint(stage | (written !== undefined ? 4 : 0) | (detail.checked ? 8 : 0) | (detail.score !== undefined ? 16 : 0));
  if (written !== undefined) out.text(written);
  if (detail.score !== undefined) out.score(detail.score);
  encodePairs(detail.sorted, ids(activity.sort?.statements), ids(activity.sort?.categories), out);
  encodePairs(detail.ratings, ids(activity.rubric.criteria), ids(activity.rubric.levels), out);
}

export function decodeFeedbackExercise(activity: FeedbackExerciseData, input: TokenReader): FeedbackExerciseProgress {
  const state = input.uint();
  const stage = STAGES[state & 3];
  if (state >= 32 || !stage) throw new CorruptState(`unknown feedback-exercise state ${state}`);
  const detail: FeedbackExerciseProgress = { type: 'feedback-exercise', stage, sorted: {}, checked: (state & 8) !== 0, ratings: {} };
  if (state & 4) detail.written = input.text();
  if (state & 16) detail.score = input.score();
  detail.sorted = decodePairs(ids(activity.sort?.statements), ids(activity.sort?.categories), input, 'sorted statements');
  detail.ratings = decodePairs(ids(activity.rubric.criteria), ids(activity.rubric.levels), input, 'rubric ratings');
  return detail;
}
