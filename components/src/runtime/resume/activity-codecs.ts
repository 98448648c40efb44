/**
 * Which codec writes which activity type's fields into a record body. Pages and certificates
 * have no body: the record's presence is the whole detail.
 */
import type { ActivityData } from '../../../../course/schema/course-data.ts';
import type { ActivityDetail } from '../progress.ts';
import { decodeDialogue, encodeDialogue } from './dialogue-codec.ts';
import { decodeFeedbackExercise, encodeFeedbackExercise } from './feedback-exercise-codec.ts';
import { decodeQuiz, encodeQuiz } from './quiz-codec.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';
import { decodeReflection, encodeReflection } from './reflection-codec.ts';

/** Whether records of this activity carry a body. */
export const hasBody = (activity: ActivityData): boolean => activity.type !== 'page' && activity.type !== 'certificate';

/**
 * Writes the fields of `detail`, or returns false when the detail does not belong to the
 * activity. `final`: the activity is the course's final assessment (its quiz record keeps the
 * attempts round too).
 */
export function encodeDetail(activity: ActivityData, detail: ActivityDetail, out: BodyWriter, final = false): boolean {
  if (detail.type !== activity.type) return false;
  if (activity.type === 'dialogue' && detail.type === 'dialogue') encodeDialogue(activity, detail, out);
  else if (activity.type === 'quiz' && detail.type === 'quiz') encodeQuiz(activity, detail, out, final);
  else if (activity.type === 'feedback-exercise' && detail.type === 'feedback-exercise') encodeFeedbackExercise(activity, detail, out);
  else if (activity.type === 'reflection' && detail.type === 'reflection') encodeReflection(activity, detail, out);
  return true;
}

export function decodeDetail(activity: ActivityData, input: BodyReader): ActivityDetail {
  switch (activity.type) {
    case 'dialogue':
      return decodeDialogue(activity, input);
    case 'quiz':
      return decodeQuiz(activity, input);
    case 'feedback-exercise':
      return decodeFeedbackExercise(activity, input);
    case 'reflection':
      return decodeReflection(activity, input);
    case 'page':
    case 'certificate':
      return { type: activity.type };
  }
}
