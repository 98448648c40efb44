/**
 * Catalogue: what the resume-state budget check reports for a package (build/steps/
 * check-resume-budget.ts). The numbers come from `freeTextGuarantee`, the same function the
 * player uses to share the space at run time, so the advice matches what learners will see.
 */
import { defineError } from './define-error.ts';

interface PackageBudget {
  /** `SCORM 1.2 package of the whole course`, `SCORM 1.2 package of module "feedback"`. */
  pkg: string;
  limit: number;
  structural: number;
  pool: number;
  fields: number;
  reserve: number;
  wished: number;
  floor: number;
  /** The build already makes one package per module. */
  split: boolean;
}

const options = (p: PackageBudget): string =>
  [
    ...(p.split ? [] : ['build one package per module (`--split modules`), so each package keeps only its own module\'s progress']),
    'choose SCORM 2004 (64,000 characters) or cmi5 / xAPI (no fixed limit) for this course',
    'or ask for less free text: fewer reflection prompts, write tasks or fill-in items (each shares the space), or fewer activities',
  ].join('; ');

export const budgetErrors = {
  ResumeStateTooLarge: defineError<PackageBudget>({
    title: 'A package cannot keep a learner\'s progress',
    what: (p) =>
      p.pool < p.fields * p.floor
        ? `The ${p.pkg} cannot keep a learner's progress: the largest progress, free text aside, takes ${p.structural} of the ${p.limit} characters the LMS keeps, which leaves ${Math.max(0, p.pool)} for ${p.fields} free-text answers, ${p.reserve} each; every answer must get at least ${p.floor}.`
        : `The ${p.pkg} cannot keep a learner's progress within ${p.limit} characters.`,
    why: 'the LMS would refuse to save the progress, so a learner would lose answers and progress when they come back.',
    fix: (p) => {
      const short = Math.max(1, p.fields * p.floor - p.pool);
      return `${options(p)}. The answers are ${short} characters short of ${p.floor} each: about ${Math.ceil(short / p.floor)} fewer free-text answers would do.`;
    },
  }),

  FreeTextReserveReduced: defineError<PackageBudget>({
    title: 'A package promises each free-text answer less than 100 characters',
    severity: 'warning',
    what: (p) =>
      `The ${p.pkg} promises each of its ${p.fields} free-text answers ${p.reserve} characters (${p.wished} wished): the largest progress, free text aside, takes ${p.structural} of ${p.limit} characters, leaving ${p.pool} to share.`,
    why: 'a learner who writes a lot early on leaves less room for later answers; the counters show the real limit, so nothing is lost, but there may be little room.',
    fix: (p) => `${options(p)}.`,
  }),
};
