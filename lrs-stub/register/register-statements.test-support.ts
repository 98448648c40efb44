/**
 * Statements exactly as the course packages send them, for the register's tests: built by the
 * packages' own mapping functions (xapi-mapping.ts, cmi5-mapping.ts) from learner events, not
 * written by hand, so a change in what the course sends shows up here.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import { definedStatement } from '../../components/src/tracking/cmi5/cmi5-mapping.ts';
import type { LearnerEvent } from '../../components/src/tracking/learner-event.ts';
import type { Agent, Statement } from '../../components/src/tracking/xapi/xapi-statement.ts';
import { xapiStatements } from '../../components/src/tracking/xapi/xapi-mapping.ts';

export const BASE_IRI = 'https://workmentor.example.org/xapi/course';

/** Enough of the course data for the mapping to set context.language and names. */
function courseData(locale: string): CourseData {
  return { id: 'workmentor', version: '1.0.0', title: 'WORKMENTOR', baseIri: BASE_IRI, locale, modules: [] } as unknown as CourseData;
}

export interface LearnerOptions {
  actor: Agent;
  at?: string;
  locale?: string;
  registration?: string;
  /** The LMS's activity_id; the course's base IRI when left out. */
  courseIri?: string;
}

function mapped(event: LearnerEvent, options: LearnerOptions): Statement[] {
  return xapiStatements(event, {
    actor: options.actor,
    courseIri: options.courseIri ?? BASE_IRI,
    course: courseData(options.locale ?? 'en'),
    ...(options.registration === undefined ? {} : { registration: options.registration }),
  });
}

/** What an xAPI package sends when the final assessment makes the course passed: completed, then passed. */
export function coursePassed(options: LearnerOptions, score = 90): Statement[] {
  const at = options.at ?? '2026-06-30T14:00:00+02:00';
  return mapped({ type: 'course-status', at, complete: true, passed: true, score, progressMeasure: 1, lmsStatus: 'passed' }, options);
}

/** A course status of failed: not a pass. */
export function courseFailed(options: LearnerOptions, score = 40): Statement[] {
  const at = options.at ?? '2026-06-30T14:00:00+02:00';
  return mapped({ type: 'course-status', at, complete: true, passed: false, score, progressMeasure: 1, lmsStatus: 'failed' }, options);
}

/** The final quiz's own `passed` (about the quiz activity, not the course). */
export function quizPassed(options: LearnerOptions): Statement[] {
  const at = options.at ?? '2026-06-30T13:59:00+02:00';
  return mapped({ type: 'quiz-submitted', at, moduleId: 'final-assessment', activityId: 'final-quiz', score: 90, passed: true, attempt: 1 }, options);
}

/** The `earned` statement the learner's browser sends with its own certificate code. */
export function certificateEarned(options: LearnerOptions): Statement[] {
  return mapped({ type: 'certificate-issued', at: options.at ?? '2026-06-30T14:01:00+02:00', code: 'WM-7K3Q-9XPD-4', issuedOn: '2026-06-30' }, options);
}

/** A cmi5 package's defined `passed` for the whole-course AU, launched by an LMS under its own AU id. */
export function cmi5Passed(options: LearnerOptions & { auId?: string; publisherId?: string }): Statement {
  const registration = options.registration ?? '6f1b7c3e-2d4a-4b7e-9c1a-0a1b2c3d4e5f';
  return definedStatement(
    'passed',
    { type: 'course-status', at: options.at ?? '2026-06-30T14:00:00+02:00', complete: true, passed: true, score: 90, progressMeasure: 1, lmsStatus: 'passed' },
    {
      actor: options.actor,
      registration,
      courseIri: options.auId ?? 'https://lms.example.org/catapult/player/course/42/au/0',
      course: courseData(options.locale ?? 'en'),
      launchData: {
        launchMode: 'Normal',
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId ?? `${BASE_IRI}/au` }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
        },
      },
    } as never,
    90,
  );
}

export function voiding(targetId: string, actor: Agent = { objectType: 'Agent', name: 'Coordinator', mbox: 'mailto:coordinator@school.example.org' }): Statement {
  return {
    id: crypto.randomUUID(),
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
    object: { objectType: 'StatementRef', id: targetId } as never,
    timestamp: new Date().toISOString(),
  };
}

export const ana: Agent = { objectType: 'Agent', name: 'Ana Mentor', mbox: 'mailto:Ana.Mentor@Example.org' };
export const bram: Agent = { objectType: 'Agent', name: 'Bram de Vries', account: { homePage: 'https://moodle.school.example.org', name: '1042' } };
