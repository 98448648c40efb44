/**
 * The statements the end-to-end tests post: a seeded cohort (lrs-stub/analytics/seed/: learners
 * taking the real course, their events turned into statements by the packages' own xAPI
 * mapping), deterministic for a seed; a copy of one learner under another name and address
 * (for the XSS check: a learner whose name is markup); and a learner who stops mid-module.
 */
import { randomUUID } from 'node:crypto';
import type { CourseData } from '../../../course/schema/course-data.ts';
import { loadSeedCourse } from '../../../lrs-stub/analytics/seed/seed-course.ts';
import { seedCohort, type SeededStatement } from '../../../lrs-stub/analytics/seed/seed-cohort.ts';

export interface SeededCohort {
  /** Each learner's statements, oldest first. */
  learners: SeededStatement[][];
  /** The course activity's IRI (no trailing slash): every statement's object is it or under it. */
  courseIri: string;
  /** The course as the cohort took it, in English. */
  course: CourseData;
}

export async function seededCohort(seed: number, learners: number): Promise<SeededCohort> {
  const course = await loadSeedCourse();
  const source = course.get('en') ?? [...course.values()][0]!;
  return { learners: [...seedCohort({ seed, learners, course })], courseIri: source.baseIri.replace(/\/+$/, ''), course: source };
}

/** One learner's statements as another learner's: new actor, new registration, new statement ids. */
export function asAnotherLearner(statements: readonly SeededStatement[], actor: { name: string; mbox: string }): SeededStatement[] {
  const registration = randomUUID();
  return statements.map((statement) => ({
    ...statement,
    id: randomUUID(),
    actor: { objectType: 'Agent', name: actor.name, mbox: actor.mbox },
    context: { ...statement.context, registration },
  }));
}

/**
 * A learner who stops in the middle of a module: the statements of the first learner in
 * `language` who reached a second module, cut two statements into it, as another learner. The
 * seeded learners only ever stop between modules, so without this every module's "started"
 * and "completed" would be equal and a dashboard that mixed them up would still pass.
 */
export function stoppedMidModule(cohort: SeededCohort, language: string, actor: { name: string; mbox: string }): SeededStatement[] {
  const moduleOf = (s: SeededStatement) => (s.object.id.startsWith(`${cohort.courseIri}/`) ? s.object.id.slice(cohort.courseIri.length + 1).split('/')[0] : undefined);
  for (const learner of cohort.learners) {
    if (learner[0]?.context.language !== language) continue;
    const first = learner.map(moduleOf).find((m) => m !== undefined);
    const second = learner.findIndex((s) => moduleOf(s) !== undefined && moduleOf(s) !== first);
    if (second >= 0) return asAnotherLearner(learner.slice(0, second + 2), actor);
  }
  throw new Error(`no ${language} learner in the cohort reached a second module`);
}
