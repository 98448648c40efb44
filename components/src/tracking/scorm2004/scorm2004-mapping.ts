/**
 * SCORM 2004 (4th edition) as pure functions: the CMI elements read at launch, and the CMI
 * writes for each learner event. `ScormTracker` (scorm-common/scorm-tracker.ts) does the calls.
 *
 * What goes where:
 * - `course-status` → `cmi.progress_measure`, `cmi.success_status` (`passed` when the course
 *   reports passed, `failed` when it reports failed, otherwise `unknown`) and
 *   `cmi.completion_status` (completed/incomplete), committed at once; then, in a commit of its
 *   own (see `CmiBatch.afterCommit`), `cmi.score.scaled` (0..1) and `cmi.score.raw/min/max`
 *   (0-100: Moodle's gradebook reads raw only) once the status is final (score-report.ts);
 * - `activity-experienced` → `cmi.location` `<module>/<activity>` (≤ 1000);
 * - `quiz-item-answered` → interaction `<module>.<activity>.<item>` with a 2004 response
 *   (`[,]` and `[.]` delimiters, `true`/`false`), result `correct`/`incorrect`, weighting 1,
 *   the right answer as `correct_responses` when the course is known;
 * - `choice-made` (dialogue) → interaction `<module>.<activity>.<node>`, type `choice` (not
 *   `performance`: its step-list responses read as noise in LMS reports, a choice id reads as
 *   what was picked), result by the choice's quality: good → `correct`, poor → `incorrect`,
 *   acceptable → `neutral`; as in SCORM 1.2, so reports of both versions agree;
 * - `exercise-checked` with a sorting → interaction `<module>.<activity>.sort`, `matching`;
 * - `exercise-completed` with written feedback → `long-fill-in` interaction
 *   `<module>.<activity>.written`; `reflection-saved` → one `long-fill-in` interaction per
 *   answered prompt, `<module>.<activity>.<prompt>` (learner text ≤ 4000, no result: there is
 *   no right answer to a reflection);
 * - `module-completed` → objective `id` = module id, `completion_status` `completed`,
 *   `progress_measure` 1 (modules have no mastery of their own, so no success status);
 *   objectives for every module are created when the course is known, in course order;
 * - `cmi.exit` is `suspend`, written at the session's start and again at its end (with
 *   `cmi.session_time`, an ISO 8601 duration), also once the course is complete: Moodle hands
 *   the stored data of a SCORM 2004 attempt back only when the last exit was `suspend`
 *   (mod/scorm/datamodels/scorm_13lib.php `get_scorm_default`). Written late or as `normal`,
 *   a crash or a return to a completed course gives the learner an empty course, and the
 *   first save then overwrites what was stored. A completed attempt opens in review mode in
 *   Moodle anyway, so `suspend` never keeps a finished learner from a new attempt.
 * - Choice, matching and sequencing identifiers are written as `cmiShortIdentifier`s
 *   (`dismiss-electric` → `dismiss_electric`): Moodle refuses a hyphen in them and loses the
 *   answer.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import type { LearnerEvent } from '../learner-event.ts';
import type { LaunchInfo } from '../tracker.ts';
import { cmiIdentifier, cmiLocation, cmiShortIdentifier } from '../scorm-common/cmi-identifier.ts';
import { cmiRawScore, cmiScaledScore } from '../scorm-common/cmi-score.ts';
import { heldElements, readHeld, type HeldRules } from '../scorm-common/held-results.ts';
import { reportedScore } from '../scorm-common/score-report.ts';
import { truncate } from '../scorm-common/cmi-text.ts';
import { iso8601Duration, scorm2004Timestamp } from '../scorm-common/cmi-time.ts';
import { displayName } from '../scorm-common/learner-name.ts';
import { correctResponses, findQuizItem } from '../scorm-common/quiz-correct-responses.ts';
import type { CmiWrite } from '../scorm-common/scorm-connection.ts';
import { noWrites, type CmiBatch, type CmiCursor, type ScormLaunch, type ScormMapping } from '../scorm-common/scorm-mapping.ts';
import { scorm2004Calls } from './scorm2004-api.ts';
import { INTERACTION_TYPE } from '../scorm-common/interaction-types.ts';

export { SCORM2004_STORAGE_LIMIT } from '../storage-limits.ts';
import { SCORM2004_STORAGE_LIMIT } from '../storage-limits.ts';
/** `cmi.location` holds 1000 characters. */
export const SCORM2004_LOCATION_MAX = 1000;
/** `long-fill-in` responses keep at least 4000 characters in every conformant LMS. */
export const SCORM2004_LONG_TEXT_MAX = 4000;
/** `fill-in` responses are localized strings of at most 250 characters. */
export const SCORM2004_FILL_IN_MAX = 250;
/** Identifiers and pairs in one response (the 4th edition's smallest permitted maximum). */
const RESPONSE_ENTRIES_MAX = 36;

const QUALITY_RESULT = { good: 'correct', acceptable: 'neutral', poor: 'incorrect' } as const;

export const SCORM2004_HELD: HeldRules = {
  statuses: {
    'cmi.completion_status': { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 },
    'cmi.success_status': { unknown: 0, failed: 1, passed: 2 },
  },
  numbers: { 'cmi.score.raw': ['cmi.score.scaled', 'cmi.score.min', 'cmi.score.max'], 'cmi.progress_measure': [] },
};

export function scorm2004Launch(read: (element: string) => string): ScormLaunch {
  const suspendData = read('cmi.suspend_data');
  const mode = read('cmi.mode');
  const completion = read('cmi.completion_status');
  const name = displayName(read('cmi.learner_name'));
  const language = read('cmi.learner_preference.language').trim();
  const info: LaunchInfo = {
    learner: { id: read('cmi.learner_id'), ...(name ? { name } : {}) },
    ...(language ? { language } : {}),
    mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
    entry: read('cmi.entry') === 'resume' || suspendData !== '' ? 'resume' : 'ab-initio',
    ...(suspendData ? { state: suspendData } : {}),
    storageLimit: SCORM2004_STORAGE_LIMIT,
  };
  const objectiveCount = count(read('cmi.objectives._count'));
  const objectives = Array.from({ length: objectiveCount }, (_, n) => read(`cmi.objectives.${n}.id`));
  return {
    info,
    cursor: { interactions: count(read('cmi.interactions._count')), objectives },
    firstLaunch: completion === 'not attempted' || completion === 'unknown' || completion === '',
    complete: completion === 'completed',
    held: readHeld(read, heldElements(SCORM2004_HELD)),
  };
}

const count = (value: string): number => {
  const n = Number.parseInt(value, 10);
  return Number.isInteger(n) && n > 0 ? n : 0;
};

export const scorm2004StartWrites = (launch: ScormLaunch): CmiWrite[] => [
  ...(launch.firstLaunch ? [['cmi.completion_status', 'incomplete'] as CmiWrite] : []),
  ['cmi.exit', 'suspend'],
];

/** A fill-in text cannot start a `{lang=…}` delimiter or contain the `[,]` list delimiter. */
const fillIn = (text: string): string => truncate(text.replaceAll('[,]', ',').replace(/^\{/, '('), SCORM2004_FILL_IN_MAX);

/** Identifiers, each made safe for Moodle (see `cmiShortIdentifier`), `[,]`-separated. */
const list = (entries: readonly string[]): string => entries.slice(0, RESPONSE_ENTRIES_MAX).map(cmiShortIdentifier).join('[,]');

/** A quiz response in SCORM 2004's `learner_response` format for its interaction type. */
export function scorm2004Response(response: QuizResponse): string {
  switch (response.kind) {
    case 'single-choice':
      return cmiShortIdentifier(response.option);
    case 'multiple-response':
      return list(response.options);
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'matching':
      return pairs(response.matches);
    case 'ordering':
      return list(response.order);
    case 'fill-in':
      return fillIn(response.text);
  }
}

const pairs = (matches: Record<string, string>): string =>
  Object.entries(matches)
    .slice(0, RESPONSE_ENTRIES_MAX)
    .map(([source, target]) => `${cmiShortIdentifier(source)}[.]${cmiShortIdentifier(target)}`)
    .join('[,]');

interface Interaction {
  id: string;
  type: string;
  response: string;
  result?: string;
  at: string;
  weighting?: string;
  patterns?: string[];
}

function interaction(cursor: CmiCursor, entry: Interaction): CmiBatch {
  const n = `cmi.interactions.${cursor.interactions}`;
  const writes: CmiWrite[] = [
    [`${n}.id`, entry.id],
    [`${n}.type`, entry.type],
  ];
  const timestamp = scorm2004Timestamp(entry.at);
  if (timestamp) writes.push([`${n}.timestamp`, timestamp]);
  if (entry.weighting) writes.push([`${n}.weighting`, entry.weighting]);
  writes.push([`${n}.learner_response`, entry.response]);
  if (entry.result) writes.push([`${n}.result`, entry.result]);
  entry.patterns?.forEach((pattern, m) => writes.push([`${n}.correct_responses.${m}.pattern`, pattern]));
  return { writes, cursor: { ...cursor, interactions: cursor.interactions + 1 }, commit: false };
}

/** Several interactions from one event, each at the next index. */
function interactions(cursor: CmiCursor, entries: readonly Interaction[]): CmiBatch {
  return entries.reduce<CmiBatch>(
    (batch, entry) => {
      const next = interaction(batch.cursor, entry);
      return { writes: [...batch.writes, ...next.writes], cursor: next.cursor, commit: false };
    },
    noWrites(cursor),
  );
}

const longText = (text: string): string => truncate(text, SCORM2004_LONG_TEXT_MAX);

export function scorm2004EventWrites(event: LearnerEvent, cursor: CmiCursor, course?: CourseData): CmiBatch {
  switch (event.type) {
    case 'activity-experienced':
      return { writes: [['cmi.location', cmiLocation(event.moduleId, event.activityId, SCORM2004_LOCATION_MAX)]], cursor, commit: false };
    case 'quiz-item-answered': {
      const item = findQuizItem(course, event.moduleId, event.activityId, event.itemId);
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, event.itemId),
        type: INTERACTION_TYPE[event.kind],
        response: scorm2004Response(event.response),
        result: event.correct ? 'correct' : 'incorrect',
        at: event.at,
        weighting: '1',
        ...(item ? { patterns: correctResponses(item).map(scorm2004Response) } : {}),
      });
    }
    case 'choice-made':
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, event.nodeId),
        type: 'choice',
        response: cmiShortIdentifier(event.choiceId),
        result: QUALITY_RESULT[event.quality],
        at: event.at,
      });
    case 'exercise-checked':
      if (!event.sorted) return noWrites(cursor);
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, 'sort'),
        type: 'matching',
        response: pairs(event.sorted),
        result: event.score >= 100 ? 'correct' : 'incorrect',
        at: event.at,
      });
    case 'exercise-completed':
      if (!event.written?.trim()) return noWrites(cursor);
      return interaction(cursor, {
        id: cmiIdentifier(event.moduleId, event.activityId, 'written'),
        type: 'long-fill-in',
        response: longText(event.written),
        at: event.at,
      });
    case 'reflection-saved':
      return interactions(
        cursor,
        Object.entries(event.answers)
          .filter(([, text]) => text.trim() !== '')
          .map(([prompt, text]) => ({ id: cmiIdentifier(event.moduleId, event.activityId, prompt), type: 'long-fill-in', response: longText(text), at: event.at })),
      );
    case 'module-completed':
      return moduleCompleted(event.moduleId, cursor);
    case 'course-status':
      return courseStatus(event, cursor);
    default:
      return noWrites(cursor);
  }
}

function moduleCompleted(moduleId: string, cursor: CmiCursor): CmiBatch {
  const known = cursor.objectives.indexOf(moduleId);
  const n = known >= 0 ? known : cursor.objectives.length;
  const o = `cmi.objectives.${n}`;
  const writes: CmiWrite[] = known >= 0 ? [] : [[`${o}.id`, moduleId]];
  writes.push([`${o}.completion_status`, 'completed'], [`${o}.progress_measure`, '1']);
  return { writes, cursor: known >= 0 ? cursor : { ...cursor, objectives: [...cursor.objectives, moduleId] }, commit: true };
}

function courseStatus(event: Extract<LearnerEvent, { type: 'course-status' }>, cursor: CmiCursor): CmiBatch {
  const success = event.lmsStatus === 'failed' ? 'failed' : event.lmsStatus === 'passed' || event.passed ? 'passed' : 'unknown';
  const writes: CmiWrite[] = [
    ['cmi.progress_measure', String(Math.round(event.progressMeasure * 10000) / 10000)],
    ['cmi.success_status', success],
    ['cmi.completion_status', event.complete ? 'completed' : 'incomplete'],
  ];
  const score = reportedScore(event);
  if (score === undefined) return { writes, cursor, commit: true };
  const afterCommit: CmiWrite[] = [
    ['cmi.score.scaled', cmiScaledScore(score)],
    ['cmi.score.raw', cmiRawScore(score)],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
  ];
  return { writes, cursor, commit: true, afterCommit };
}

/** One objective per module, in course order, for modules the LMS does not know yet. */
export function scorm2004CourseWrites(course: CourseData, cursor: CmiCursor): CmiBatch {
  const missing = course.modules.map((module) => module.id).filter((id) => !cursor.objectives.includes(id));
  const writes = missing.map((id, k): CmiWrite => [`cmi.objectives.${cursor.objectives.length + k}.id`, id]);
  return { writes, cursor: { ...cursor, objectives: [...cursor.objectives, ...missing] }, commit: false };
}

export const scorm2004StateWrites = (state: string): CmiWrite[] => [['cmi.suspend_data', state]];

/** Always `suspend`, also once complete: see the file comment. */
export const scorm2004FinishWrites = ({ elapsedMs }: { elapsedMs: number; complete: boolean }): CmiWrite[] => [
  ['cmi.session_time', iso8601Duration(elapsedMs)],
  ['cmi.exit', 'suspend'],
];

export const scorm2004Mapping: ScormMapping = {
  version: '2004',
  heldRules: SCORM2004_HELD,
  apiName: 'API_1484_11',
  storageLimit: SCORM2004_STORAGE_LIMIT,
  interactionCountElement: 'cmi.interactions._count',
  calls: scorm2004Calls,
  launch: scorm2004Launch,
  startWrites: scorm2004StartWrites,
  courseWrites: scorm2004CourseWrites,
  eventWrites: scorm2004EventWrites,
  stateWrites: scorm2004StateWrites,
  finishWrites: scorm2004FinishWrites,
};
