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
import type { LaunchData } from './launch-data.ts';

const CMI5 = 'https://w3id.org/xapi/cmi5/';
export const CMI5_CATEGORY = `${CMI5}context/categories/cmi5`;
export const MOVE_ON_CATEGORY = `${CMI5}context/categories/moveon`;
export const MASTERY_SCORE_EXTENSION = `${CMI5}context/extensions/masteryscore`;

export type DefinedVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

/** What this registration already holds, so completed/passed/failed are sent once. */
export interface Cmi5Sent {
  completed: boolean;
  passed: boolean;
  failed: boolean;
}

export interface Cmi5MappingContext extends XapiMappingContext {
  registration: string;
  /**
   * The AU's activity id: the launch parameter `activityId`, which is the LMS's choice. CATAPULT
   * gives its own id there (`…/catapult/player/course/<uuid>/au/<n>`) and our cmi5.xml AU id
   * only as the publisher id in the context template's grouping; module and activity IRIs come
   * from the course's `baseIri`, so they are the same under any LMS.
   */
  courseIri: string;
  launchData: LaunchData;
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
  // CATAPULT refuses completed, passed, failed and terminated without a duration (9.5.4.1);
  // an event from before a reload (resent by the reliable wrapper) is older than this
  // session's start, so its duration floors at zero rather than going missing.
  if (verb !== 'initialized') result.duration = duration(ctx.sessionStart, event.at) ?? 'PT0S';
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
  // The template's values win: the AU may add to the context but not overwrite the template (cmi5 10).
  const merged: Context = { ...context, ...template, registration: ctx.registration };
  if (Object.keys(activities).length > 0) merged.contextActivities = activities;
  const extensions = { ...context?.extensions, ...template.extensions };
  if (Object.keys(extensions).length > 0) merged.extensions = extensions;
  return merged;
}
