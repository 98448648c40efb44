/**
 * `finalAssessment` in `course.yaml`: which quiz is the final assessment worth the certificate,
 * and the rules around it that a module quiz does not have: a limited number of attempts per
 * round, then a wait or a facilitator's reopen code, and when it opens. Kept in the course, not
 * in the quiz, because they are course policy: a trainer changes them per cohort, and the rule
 * "opens once the modules are done" is about every other module.
 */
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';

const idPart = ID_PATTERN.source.slice(1, -1);

export const FinalAssessmentSchema = z.strictObject({
  /** The quiz, as `<module-id>/<activity-id>`. */
  activity: z.string().regex(new RegExp(`^${idPart}/${idPart}$`), { message: 'is not <module-id>/<activity-id>, like final-assessment/final-quiz' }),
  /** Attempts in one round; when they are used up the learner waits or asks a trainer (0 = unlimited). */
  attempts: z.number().int().min(0).max(10).default(0),
  /** With `reset: wait`: a new round of attempts opens this many hours after the round's last attempt. */
  retryAfterHours: z.number().int().min(1).max(8760).default(24),
  /** `wait`: a new round opens by itself after `retryAfterHours`; `facilitator`: only a trainer's reopen code opens one. */
  reset: z.enum(['wait', 'facilitator']).default('wait'),
  /** `modules`: opens once every other module's required activities are complete; `start`: always open. */
  opensAfter: z.enum(['modules', 'start']).default('modules'),
});
export type FinalAssessment = z.infer<typeof FinalAssessmentSchema>;
