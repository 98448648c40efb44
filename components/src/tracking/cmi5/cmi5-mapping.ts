/**
 * Learner events as cmi5 statements, pure. cmi5 is xAPI with rules on top:
 *
 * - "cmi5 defined" statements (initialized, completed, passed, failed, terminated) have the
 *   AU's activity id as object, the LMS's `contextTemplate` merged into their context, and the
 *   cmi5 category; completed, passed and failed also the moveOn category;
 * - completed and passed are sent at most once per registration, failed at most once and
 *   never after passed, and none of them outside Normal launch mode;
 * - with a `masteryScore` from the LMS, passed means scaled score >= masteryScore, whatever
 *   the course's own pass mark said, and the statement carries the mastery score;
 * - everything else goes as "allowed" statements (the xAPI mapping's), with the context
 *   template but without the cmi5 category.
 */
import type { LearnerEvent } from '../learner-event.ts';
import { nameUuid } from '../xapi/name-uuid.ts';
import { duration, score, xapiStatements, type XapiMappingContext } from '../xapi/xapi-mapping.ts';
import type { Activity, Context, Result, Statement } from '../xapi/xapi-statement.ts';
import { LaunchError } from '../xapi/launch-params.ts';

const CMI5 = 'https://w3id.org/xapi/cmi5/';
export const CMI5_CATEGORY = `${CMI5}context/categories/cmi5`;
export const MOVE_ON_CATEGORY = `${CMI5}context/categories/moveon`;
export const MASTERY_SCORE_EXTENSION = `${CMI5}context/extensions/masteryscore`;
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** The `LMS.LaunchData` state document, as far as the AU uses it. */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: LaunchMode;
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
}

export type DefinedVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

/** What this registration already holds, so completed/passed/failed are sent once. */
export interface Cmi5Sent {
  completed: boolean;
  passed: boolean;
  failed: boolean;
}

export interface Cmi5MappingContext extends XapiMappingContext {
  registration: string;
  /** The AU's activity id (launch parameter `activityId`); also `courseIri`. */
  courseIri: string;
  launchData: LaunchData;
}

/** Checks the LMS's launch data (untrusted) and keeps what the AU uses. */
export function readLaunchData(doc: unknown): LaunchData {
  const d = (doc ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const template = d.contextTemplate;
  if (typeof template !== 'object' || template === null || Array.isArray(template)) problems.push('contextTemplate must be an object');
  if (d.launchMode !== 'Normal' && d.launchMode !== 'Browse' && d.launchMode !== 'Review') problems.push('launchMode must be Normal, Browse or Review');
  const mastery = d.masteryScore;
  if (mastery !== undefined && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1))) problems.push('masteryScore must be a number from 0 to 1');
  if (problems.length > 0) throw new LaunchError(`LMS.LaunchData cannot be used: ${problems.join('; ')}.`);
  const data: LaunchData = { contextTemplate: template as Context, launchMode: d.launchMode as LaunchMode };
  if (typeof d.moveOn === 'string') data.moveOn = d.moveOn;
  if (typeof mastery === 'number') data.masteryScore = mastery;
  if (typeof d.returnURL === 'string' && /^https?:\/\//i.test(d.returnURL)) data.returnURL = d.returnURL;
  if (typeof d.launchParameters === 'string') data.launchParameters = d.launchParameters;
  return data;
}

export function cmi5Statements(event: LearnerEvent, ctx: Cmi5MappingContext, sent: Cmi5Sent): Statement[] {
  switch (event.type) {
    case 'launched':
      // `initialized` went out at start, before anything else, as cmi5 requires.
      return [];
    case 'terminated':
      return [definedStatement('terminated', event, ctx)];
    case 'course-status': {
      if (ctx.launchData.launchMode !== 'Normal') return [];
      const list: Statement[] = [];
      if (event.complete && !sent.completed) list.push(definedStatement('completed', event, ctx));
      const outcome = judge(event, ctx.launchData.masteryScore);
      if (outcome === 'passed' && !sent.passed) list.push(definedStatement('passed', event, ctx, event.score));
      if (outcome === 'failed' && !sent.failed && !sent.passed) list.push(definedStatement('failed', event, ctx, event.score));
      return list;
    }
    default:
      return xapiStatements(event, ctx).map((statement) => ({ ...statement, context: withTemplate(statement.context, ctx, []) }));
  }
}

/** Passed, failed or not judged yet: by the LMS's mastery score when it gave one, else by the course's own rule. */
function judge(event: Extract<LearnerEvent, { type: 'course-status' }>, masteryScore: number | undefined): 'passed' | 'failed' | undefined {
  if (masteryScore === undefined) return event.lmsStatus === 'passed' || event.lmsStatus === 'failed' ? event.lmsStatus : undefined;
  const final = event.complete || event.lmsStatus === 'passed' || event.lmsStatus === 'failed';
  if (!final || event.score === undefined) return undefined;
  return score(event.score).scaled >= masteryScore ? 'passed' : 'failed';
}

/** A cmi5 defined statement about the AU; `event` is what it reports (a synthetic one for initialized). */
export function definedStatement(verb: DefinedVerb, event: LearnerEvent | { type: 'initialized'; at: string }, ctx: Cmi5MappingContext, percent?: number): Statement {
  const result: Result = {};
  if (verb === 'completed') result.completion = true;
  if (verb === 'passed' || verb === 'failed') {
    result.success = verb === 'passed';
    if (percent !== undefined) result.score = score(percent);
  }
  const time = duration(ctx.sessionStart, event.at);
  if (time && verb !== 'initialized') result.duration = time;
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const context = withTemplate(undefined, ctx, moveOn ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY]);
  if (moveOn && verb !== 'completed' && ctx.launchData.masteryScore !== undefined) {
    context.extensions = { ...context.extensions, [MASTERY_SCORE_EXTENSION]: ctx.launchData.masteryScore };
  }
  const statement: Statement = {
    id: nameUuid(`${ctx.registration}|${JSON.stringify(ctx.actor)}|cmi5-${verb}|${JSON.stringify(event)}`),
    actor: ctx.actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: ctx.courseIri },
    context,
    timestamp: event.at,
  };
  if (Object.keys(result).length > 0) statement.result = result;
  return statement;
}

/** The LMS's context template merged into a statement's context, plus our categories and the registration. */
function withTemplate(context: Context | undefined, ctx: Cmi5MappingContext, categories: string[]): Context {
  const template = ctx.launchData.contextTemplate;
  const list = (value: Activity | Activity[] | undefined): Activity[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const activities: NonNullable<Context['contextActivities']> = {};
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const merged = [...list(template.contextActivities?.[key]), ...list(context?.contextActivities?.[key])];
    if (key === 'category') merged.push(...categories.map((id): Activity => ({ objectType: 'Activity', id })));
    if (merged.length > 0) activities[key] = merged;
  }
  const merged: Context = { ...template, ...context, registration: ctx.registration };
  if (Object.keys(activities).length > 0) merged.contextActivities = activities;
  const extensions = { ...template.extensions, ...context?.extensions };
  if (Object.keys(extensions).length > 0) merged.extensions = extensions;
  return merged;
}
