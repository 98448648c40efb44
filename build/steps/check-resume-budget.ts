/**
 * Step 2: prove that a learner's progress always fits SCORM 1.2's suspend_data (4096
 * characters) in every locale: the worst-case structure plus a guaranteed reserve for every
 * free-text field. Beyond the reserves, fields share what is left at run time and the elements
 * show the real limit (runtime/resume/free-text-budget.ts), so nothing is cut off silently.
 */
import { BuildFailure } from '../build-failure.ts';
import type { BuildStep } from '../context.ts';
import { FREE_TEXT_RESERVE, guaranteedNeed } from '../../components/src/runtime/resume/free-text-budget.ts';
import { SCORM12_SUSPEND_DATA_LIMIT } from '../../components/src/runtime/resume/resume-budget.ts';

export function checkResumeBudget(): BuildStep {
  return {
    name: 'check resume budget',
    async run(ctx) {
      const course = ctx.course!;
      for (const [locale, data] of Object.entries(course.data)) {
        const need = guaranteedNeed(data);
        if (need.total <= SCORM12_SUSPEND_DATA_LIMIT) continue;
        throw new BuildFailure([
          {
            name: 'ResumeStateTooLarge',
            file: 'course.yaml',
            line: 1,
            column: 1,
            what: `The saved progress of this course (${locale}) can need ${need.total} characters: ${need.structural} for the largest possible progress and ${need.reserves} to keep at least ${FREE_TEXT_RESERVE} characters free for every free-text answer. SCORM 1.2 keeps at most ${SCORM12_SUSPEND_DATA_LIMIT}.`,
            why: 'An LMS would cut off the saved state, and a learner would lose progress or answers when they come back.',
            fix: `Remove ${need.total - SCORM12_SUSPEND_DATA_LIMIT} characters' worth: fewer reflection prompts or write tasks (each reserves ${FREE_TEXT_RESERVE}), fewer quiz items or dialogue steps, or split the course into several packages.`,
          },
        ]);
      }
    },
  };
}
