/**
 * The fields of a reflection's record, digits of the record's number (record-body.ts):
 * `submitted answered*`, one presence flag per prompt in order; each answer is a learner text
 * cut to its prompt's `maxLength`. Answers to prompts the course no longer has are left out.
 */
import type { ReflectionData } from '../../../../course/schema/course-data.ts';
import type { ReflectionProgress } from '../progress.ts';
import { clipText } from './clip-text.ts';
import type { BodyReader, BodyWriter } from './record-body.ts';

export function encodeReflection(activity: ReflectionData, detail: ReflectionProgress, out: BodyWriter): void {
  out.part('reflection: submitted, which prompts').flag(detail.submitted);
  for (const prompt of activity.prompts) {
    const answer = Object.hasOwn(detail.answers, prompt.id) ? detail.answers[prompt.id] : undefined;
    out.flag(answer !== undefined);
    if (answer !== undefined) out.text(clipText(answer, prompt.maxLength));
  }
}

export function decodeReflection(activity: ReflectionData, input: BodyReader): ReflectionProgress {
  const submitted = input.flag();
  const answers: Record<string, string> = {};
  for (const prompt of activity.prompts) if (input.flag()) answers[prompt.id] = input.text();
  return { type: 'reflection', answers, submitted };
}
