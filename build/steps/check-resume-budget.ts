/**
 * Step 2: prove the worst-case resume state fits SCORM 1.2's suspend_data (4096 characters) in
 * every locale, so a learner's answers are never cut off at run time. Fails with a content
 * error that names the free-text fields to shorten.
 */
import { BuildFailure } from '../build-failure.ts';
import type { BuildStep } from '../context.ts';
import { resumeBudget } from '../../components/src/runtime/resume/resume-budget.ts';

export const SCORM12_SUSPEND_LIMIT = 4096;

export function checkResumeBudget(): BuildStep {
  return {
    name: 'check resume budget',
    async run(ctx) {
      const course = ctx.course!;
      for (const [locale, data] of Object.entries(course.data)) {
        const budget = resumeBudget(data, SCORM12_SUSPEND_LIMIT);
        if (budget.fits) continue;
        throw new BuildFailure([
          {
            name: 'ResumeStateTooLarge',
            file: 'course.yaml',
            line: 1,
            column: 1,
            what: `In the worst case the saved progress of this course (${locale}) takes ${budget.worstCase} characters: ${budget.structural} for progress and ${budget.freeText} for free-text answers. SCORM 1.2 keeps at most ${budget.limit}.`,
            why: 'An LMS would cut off the saved state, and a learner would lose answers when they come back.',
            fix: `Lower the maxLength of reflection prompts or feedback-exercise write tasks by ${budget.worstCase - budget.limit} characters in total, or split the course into smaller packages.`,
          },
        ]);
      }
    },
  };
}
