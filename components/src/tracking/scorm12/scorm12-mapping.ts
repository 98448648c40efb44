/**
 * SCORM 1.2 as pure functions: the CMI elements read at launch, and the CMI writes for each
 * learner event. `ScormTracker` (scorm-common/scorm-tracker.ts) does the calls.
 *
 * What goes where:
 * - `course-status` → `cmi.core.lesson_status` (the course's `lmsStatus`), committed at once;
 *   then, in a commit of its own (see `CmiBatch.afterCommit`), `cmi.core.score.raw/min/max`
 *   (0-100, min 0, max 100: Moodle's gradebook reads raw only) once the status is final (see
 *   score-report.ts);
 * - `activity-experienced` → `cmi.core.lesson_location` `<module>/<activity>` (≤ 255);
 * - `quiz-item-answered` → one interaction `<module>.<activity>.<item>`, type by item kind,
 *   result `correct`/`wrong` (1.2 has no `incorrect`), weighting 1 (every item scores one
 *   point), and the right answer as `correct_responses.0.pattern` when the course is known;
 * - `choice-made` (dialogue) → interaction `<module>.<activity>.<node>`, type `choice`, the
 *   choice id as response, and the choice's quality as result: good → `correct`, poor →
 *   `wrong`, acceptable → `neutral` (a dialogue has better and worse answers, not right ones;
 *   no weighting: a dialogue's score is its path, reported through the course score);
 * - `exercise-checked` with a sorting → interaction `<module>.<activity>.sort`, type
 *   `matching`, `statement.category` pairs, `correct` only for a perfect sort;
 * - reflections and written feedback are not sent: SCORM 1.2 has no long text interaction
 *   and cuts responses at 255 characters. They stay in the resume state (and reach SCORM 2004
 *   and xAPI LMSs as long text);
 * - the session's start → `cmi.core.exit` `suspend` at once (a crash still resumes), and
 *   `incomplete` on a first launch; its end → `cmi.core.session_time` (`HHHH:MM:SS.SS`) and
 *   `cmi.core.exit`: `suspend` to come back to it, `""` once the course is complete.
 * Interactions are journaled: index n is `cmi.interactions._count` at launch plus the ones
 * written since (1.2 interactions are write-only, the count is all that can be read).
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import type { LearnerEvent } from '../learner-event.ts';
import type { LaunchInfo } from '../tracker.ts';
import { cmiIdentifier, cmiLocation } from '../scorm-common/cmi-identifier.ts';
import { heldElements, readHeld, type HeldRules } from '../scorm-common/held-results.ts';
import { reportedScore } from '../scorm-common/score-report.ts';
import { cmiRawScore } from '../scorm-common/cmi-score.ts';
import { joinWithin, truncate } from '../scorm-common/cmi-text.ts';
import { scorm12ClockTime, scorm12Timespan } from '../scorm-common/cmi-time.ts';
import { displayName } from '../scorm-common/learner-name.ts';
import { correctResponses, findQuizItem } from '../scorm-common/quiz-correct-responses.ts';
import type { CmiWrite } from '../scorm-common/scorm-connection.ts';
import { noWrites, type CmiBatch, type CmiCursor, type ScormLaunch, type ScormMapping } from '../scorm-common/scorm-mapping.ts';
import { scorm12Calls } from './scorm12-api.ts';
import { INTERACTION_TYPE } from '../scorm-common/interaction-types.ts';

export { SCORM12_STORAGE_LIMIT } from '../storage-limits.ts';
import { SCORM12_STORAGE_LIMIT } from '../storage-limits.ts';
/** `cmi.core.lesson_location` and `cmi.interactions.n.student_response` are CMIString255 / CMIFeedback. */
export const SCORM12_TEXT_MAX = 255;

const QUALITY_RESULT = { good: 'correct', acceptable: 'neutral', poor: 'wrong' } as const;

/** `passed` outranks `completed`: an activity set to "require passed" must stay ticked. */
export const SCORM12_HELD: HeldRules = {
  statuses: { 'cmi.core.lesson_status': { 'not attempted': 0, browsed: 0, incomplete: 1, failed: 2, completed: 3, passed: 4 } },
  numbers: { 'cmi.core.score.raw': ['cmi.core.score.min', 'cmi.core.score.max'] },
};

export function scorm12Launch(read: (element: string) => string): ScormLaunch {
  const suspendData = read('cmi.suspend_data');
  const lessonMode = read('cmi.core.lesson_mode');
  const status = read('cmi.core.lesson_status');
  const name = displayName(read('cmi.core.student_name'));
  const language = read('cmi.student_preference.language').trim();
  const info: LaunchInfo = {
    learner: { id: read('cmi.core.student_id'), ...(name ? { name } : {}) },
    ...(language ? { language } : {}),
    mode: lessonMode === 'browse' || lessonMode === 'review' ? lessonMode : 'normal',
    // An LMS sends `resume` only after an exit with `suspend`; a state saved before a normal exit still is the learner's.
    entry: read('cmi.core.entry') === 'resume' || suspendData !== '' ? 'resume' : 'ab-initio',
    ...(suspendData ? { state: suspendData } : {}),
    storageLimit: SCORM12_STORAGE_LIMIT,
  };
  const count = Number.parseInt(read('cmi.interactions._count'), 10);
  return {
    info,
    cursor: { interactions: Number.isInteger(count) && count > 0 ? count : 0, objectives: [] },
    firstLaunch: status === 'not attempted' || status === '',
    complete: status === 'completed',
    held: readHeld(read, heldElements(SCORM12_HELD)),
  };
}

/**
 * Moodle turns a course left `not attempted` into `completed` at LMSFinish: claim `incomplete`
 * at once. `suspend` from the start, so a session that never reaches `finish` still resumes.
 */
export const scorm12StartWrites = (launch: ScormLaunch): CmiWrite[] => [
  ...(launch.firstLaunch ? [['cmi.core.lesson_status', 'incomplete'] as CmiWrite] : []),
  ['cmi.core.exit', 'suspend'],
];

/** A quiz response in SCORM 1.2's CMIFeedback format for its interaction type (≤ 255 characters). */
export function scorm12Response(response: QuizResponse): string {
  switch (response.kind) {
    case 'single-choice':
      return truncate(response.option, SCORM12_TEXT_MAX);
    case 'multiple-response':
      return joinWithin(response.options, ',', SCORM12_TEXT_MAX);
    case 'true-false':
      return response.value ? 't' : 'f';
    case 'matching':
      return pairs(response.matches);
    case 'ordering':
      return joinWithin(response.order, ',', SCORM12_TEXT_MAX);
    case 'fill-in':
      return truncate(response.text, SCORM12_TEXT_MAX);
  }
}

const pairs = (matches: Record<string, string>): string =>
  joinWithin(
    Object.entries(matches).map(([source, target]) => `${source}.${target}`),
    ',',
    SCORM12_TEXT_MAX,
  );

interface Interaction {
  id: string;
  type: string;
  response: string;
  result: string;
  at: string;
  weighting?: string;
  patterns?: string[];
}

function interaction(cursor: CmiCursor, entry: Interaction): CmiBatch {
  const n = `cmi.interactions.${cursor.interactions}`;
  const writes: CmiWrite[] = [
    [`${n}.id`, entry.id],
    [`${n}.type`, entry.type],
    [`${n}.time`, scorm12ClockTime(new Date(entry.at))],
  ];
  if (entry.weighting) writes.push([`${n}.weighting`, entry.weighting]);
  writes.push([`${n}.student_response`, entry.response], [`${n}.result`, entry.result]);
  entry.patterns?.forEach((pattern, m) => writes.push([`${n}.correct_responses.${m}.pattern`, pattern]));
  return { writes, cursor: { ...cursor, interactions: cursor.interactions + 1 }, commit: false };
}

export function scorm12EventWrites(event: LearnerEvent, cursor: CmiCursor, course?: CourseData): CmiBatch {
  switch (event.type) {
    case 'activity-experienced':
      return { writes: [['cmi.core.lesson_location', cmiLocation(event.moduleId, event.activityId, SCORM12_TEXT_MAX)]], cursor, commit: false };
    case 'quiz-item-answered': {
      const item = findQuizItem(course, event.moduleId, event.activityId, event.itemId);
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, event.itemId),
        type: INTERACTION_TYPE[event.kind],
        response: scorm12Response(event.response),
        result: event.correct ? 'correct' : 'wrong',
        at: event.at,
        weighting: '1',
        ...(item ? { patterns: correctResponses(item).map(scorm12Response) } : {}),
      });
    }
    case 'choice-made':
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, event.nodeId),
        type: 'choice',
        response: truncate(event.choiceId, SCORM12_TEXT_MAX),
        result: QUALITY_RESULT[event.quality],
        at: event.at,
      });
    case 'exercise-checked':
      if (!event.sorted) return noWrites(cursor);
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, 'sort'),
        type: 'matching',
        response: pairs(event.sorted),
        result: event.score >= 100 ? 'correct' : 'wrong',
        at: event.at,
      });
    case 'course-status': {
      const score = reportedScore(event);
      const afterCommit: CmiWrite[] | undefined =
        score === undefined
          ? undefined
          : [
              ['cmi.core.score.raw', cmiRawScore(score)],
              ['cmi.core.score.min', '0'],
              ['cmi.core.score.max', '100'],
            ];
      return { writes: [['cmi.core.lesson_status', event.lmsStatus]], cursor, commit: true, ...(afterCommit ? { afterCommit } : {}) };
    }
    default:
      return noWrites(cursor);
  }
}

export const scorm12StateWrites = (state: string): CmiWrite[] => [['cmi.suspend_data', state]];

export const scorm12FinishWrites = ({ elapsedMs, complete }: { elapsedMs: number; complete: boolean }): CmiWrite[] => [
  ['cmi.core.session_time', scorm12Timespan(elapsedMs)],
  ['cmi.core.exit', complete ? '' : 'suspend'],
];

export const scorm12Mapping: ScormMapping = {
  version: '1.2',
  heldRules: SCORM12_HELD,
  apiName: 'API',
  storageLimit: SCORM12_STORAGE_LIMIT,
  interactionCountElement: 'cmi.interactions._count',
  calls: scorm12Calls,
  launch: scorm12Launch,
  startWrites: scorm12StartWrites,
  eventWrites: scorm12EventWrites,
  stateWrites: scorm12StateWrites,
  finishWrites: scorm12FinishWrites,
};
