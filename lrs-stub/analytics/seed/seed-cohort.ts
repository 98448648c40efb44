/**
 * A seeded cohort as xAPI statements: learners (learner-profile.ts) take the real course
 * (simulate-learner.ts), and their events become statements through the course's own mapping,
 * `xapiStatements()` (components/src/tracking/xapi/xapi-mapping.ts), with the session context
 * the xAPI tracker keeps (entry, session start, when each activity was opened). The only thing
 * added is `context.team`, the cohort as an identified Group, as an LMS or a school's launch
 * would give it.
 *
 * Deterministic for a seed: the same seed and learner count give the same statements, ids
 * included (the mapping's ids are name-based UUIDs of the event). Statements come learner by
 * learner from a generator, so a million of them never sit in memory at once.
 */
import type { CourseData } from '../../../course/schema/course-data.ts';
import { xapiStatements, type XapiMappingContext } from '../../../components/src/tracking/xapi/xapi-mapping.ts';
import type { Statement } from '../../../components/src/tracking/xapi/xapi-statement.ts';
import { cohorts, learnerProfile, type LearnerProfile } from './learner-profile.ts';
import type { SeedCourse } from './seed-course.ts';
import { SeededRandom } from './seeded-random.ts';
import { simulateLearner } from './simulate-learner.ts';

export interface SeedOptions {
  seed: number;
  learners: number;
  course: SeedCourse;
  /** Cohorts the learners are spread over (default 4). */
  cohorts?: number;
  /** When the first cohort starts (default 2026-01-05, a Monday). */
  start?: Date;
}

/** The cohort as a context.team Group (identified, so the LRS accepts it without members). */
export type SeededStatement = Statement & { context: NonNullable<Statement['context']> & { team: { objectType: 'Group'; name: string; account: { homePage: string; name: string } } } };

export const COHORT_HOME = 'https://school.example.org/cohorts';

function statementsOf(profile: LearnerProfile, course: CourseData, random: SeededRandom): SeededStatement[] {
  const team = { objectType: 'Group' as const, name: profile.cohort.name, account: { homePage: COHORT_HOME, name: profile.cohort.id } };
  const out: SeededStatement[] = [];
  for (const session of simulateLearner(profile, course, random)) {
    const ctx: XapiMappingContext = {
      actor: profile.actor,
      registration: profile.registration,
      courseIri: course.baseIri.replace(/\/+$/, ''),
      course,
      entry: session.entry,
      sessionStart: session.start,
      opened: {},
    };
    for (const event of session.events) {
      if (event.type === 'activity-experienced') ctx.opened![`${event.moduleId}/${event.activityId}`] = event.at;
      for (const statement of xapiStatements(event, ctx)) out.push({ ...statement, context: { ...statement.context, team } });
    }
  }
  return out;
}

/** The statements of each learner in turn, oldest first within a learner. */
export function* seedCohort(options: SeedOptions): Generator<SeededStatement[]> {
  const random = new SeededRandom(options.seed);
  const cohortList = cohorts(options.cohorts ?? 4, (options.start ?? new Date('2026-01-05T08:00:00Z')).getTime());
  const locales = [...options.course.keys()];
  for (let index = 0; index < options.learners; index++) {
    const profile = learnerProfile(random, index, cohortList, options.seed);
    const course = options.course.get(profile.language) ?? options.course.get(locales[0]!)!;
    yield statementsOf(profile, course, random);
  }
}
