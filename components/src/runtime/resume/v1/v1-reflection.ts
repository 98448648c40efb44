/**
 * Format version 1 (read; written only by tests): a reflection's body, `flags count (prompt
 * answer)*`, each answer raw text cut to its prompt's `maxLength`.
 */
import type { ReflectionData } from '../../../../../course/schema/course-data.ts';
import type { ReflectionProgress } from '../../progress.ts';
import { idIndex } from '../course-layout.ts';
import { clipText, CorruptState, type TokenReader, type TokenWriter } from './v1-tokens.ts';

export function encodeReflection(activity: ReflectionData, detail: ReflectionProgress, out: TokenWriter): void {
  const prompts = idIndex(activity.prompts.map((p) => p.id));
  const answers = Object.entries(detail.answers).flatMap(([id, text]) => {
    const index = prompts.get(id);
    return index === undefined ? [] : [[index, clipText(text, activity.prompts[index]!.maxLength)] as const];
  });
  out.flags(detail.submitted).uint(answers.length);
  for (const [index, text] of answers) out.uint(index).text(text);
}

export function decodeReflection(activity: ReflectionData, input: TokenReader): ReflectionProgress {
  const [submitted] = input.flags(1);
  const count = input.uint();
  const { prompts } = activity;
  if (count > prompts.length) throw new CorruptState(`${count} answers in ${activity.id}, which has ${prompts.length} prompts`);
  const answers: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) answers[prompts[input.index(prompts.length, 'reflection prompt')]!.id] = input.text();
  return { type: 'reflection', answers, submitted: submitted! };
}
