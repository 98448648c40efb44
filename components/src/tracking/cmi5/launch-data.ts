/**
 * The `LMS.LaunchData` state document the LMS writes before it launches the AU (cmi5 section
 * 10), read as untrusted input. The spec makes only `contextTemplate` and `launchMode`
 * required of the AU; `masteryScore`, `returnURL`, `launchParameters`, `entitlementKey` and
 * `moveOn` may be absent, and a real LMS writes some of them as `null`:
 *
 * ADL's reference player CATAPULT (`player/service/plugins/routes/v1/courses.js`, the
 * launch-url route) reads the AU's masteryScore from cmi5.xml as `null` when the AU has none
 * and writes `"masteryScore": null` into the document; it writes `"entitlementKey": {}` when
 * neither the course structure nor the launch request gives a key, leaves `launchParameters`
 * out when there are none, and `returnURL` out unless the launch request had one. Refusing
 * that null sent every AU without a mastery score (a module with nothing scored has none: 8 of
 * the 9 per-module packages) to browser storage, so the LMS saw nothing but its own `launched`.
 *
 * Refused, with every problem named: what the AU cannot send correct statements without
 * (no usable context template, an unknown launch mode, a mastery score outside 0..1).
 * Absent or `null` optional fields mean "not given". Optional fields of the wrong shape, which
 * the AU may ignore by the spec, are dropped rather than refused: refusing them would lose the
 * learner's whole record over data the AU does not need.
 */
import type { Context } from '../xapi/xapi-statement.ts';
import { LaunchError } from '../xapi/launch-params.ts';

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON)[number];

/** The `LMS.LaunchData` state document, as far as the AU uses it. */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: LaunchMode;
  moveOn?: MoveOn;
  /** Scaled 0..1; when given, passed/failed are judged by it. */
  masteryScore?: number;
  /** Where to send the learner after `terminated`; http(s) only. */
  returnURL?: string;
  launchParameters?: string;
  entitlementKey?: { courseStructure?: string; alternate?: string };
}

const given = (value: unknown): boolean => value !== undefined && value !== null;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shown = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80) ?? String(value));

/** Checks the LMS's launch data and keeps what the AU uses; throws a `LaunchError` naming every problem. */
export function readLaunchData(doc: unknown): LaunchData {
  if (!isObject(doc)) {
    throw new LaunchError(`LMS.LaunchData cannot be used: the LMS wrote ${doc === undefined ? 'no LMS.LaunchData document for this launch' : `${shown(doc)}, not a JSON object`}; launch the course again from the LMS.`);
  }
  const problems: string[] = [];
  const template = contextTemplate(doc.contextTemplate, problems);
  if (doc.launchMode !== 'Normal' && doc.launchMode !== 'Browse' && doc.launchMode !== 'Review') problems.push(`launchMode must be Normal, Browse or Review, got ${shown(doc.launchMode)}`);
  const mastery = doc.masteryScore;
  if (given(mastery) && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1))) problems.push(`masteryScore must be a number from 0 to 1 (or absent or null), got ${shown(mastery)}`);
  if (problems.length > 0) throw new LaunchError(`LMS.LaunchData cannot be used: ${problems.join('; ')}.`);

  const data: LaunchData = { contextTemplate: template!, launchMode: doc.launchMode as LaunchMode };
  if (typeof doc.moveOn === 'string' && (MOVE_ON as readonly string[]).includes(doc.moveOn)) data.moveOn = doc.moveOn as MoveOn;
  if (typeof mastery === 'number') data.masteryScore = mastery;
  // Only http(s): a `javascript:` URL would run in the course's page when we redirect.
  if (typeof doc.returnURL === 'string' && /^https?:\/\//i.test(doc.returnURL)) data.returnURL = doc.returnURL;
  if (typeof doc.launchParameters === 'string') data.launchParameters = doc.launchParameters;
  if (isObject(doc.entitlementKey)) {
    const key: NonNullable<LaunchData['entitlementKey']> = {};
    if (typeof doc.entitlementKey.courseStructure === 'string') key.courseStructure = doc.entitlementKey.courseStructure;
    if (typeof doc.entitlementKey.alternate === 'string') key.alternate = doc.entitlementKey.alternate;
    if (Object.keys(key).length > 0) data.entitlementKey = key;
  }
  return data;
}

/**
 * The context template, which every statement must carry. Its context activities must be
 * activities with an id (the LMS checks them by position and id); members given as `null`
 * are left out, as xAPI has no null context property.
 */
function contextTemplate(value: unknown, problems: string[]): Context | undefined {
  if (!isObject(value)) {
    problems.push(`contextTemplate must be an object, got ${shown(value)}`);
    return undefined;
  }
  const template = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as Record<string, unknown>;
  const activities = template.contextActivities;
  if (activities !== undefined) {
    const lists = isObject(activities) ? Object.entries(activities).filter(([, v]) => v !== null) : undefined;
    const isActivity = (a: unknown) => isObject(a) && typeof a.id === 'string';
    if (!lists || !lists.every(([, v]) => (Array.isArray(v) ? v.every(isActivity) : isActivity(v)))) {
      problems.push(`contextTemplate.contextActivities must hold activities with an id, got ${shown(activities)}`);
    } else {
      template.contextActivities = Object.fromEntries(lists);
    }
  }
  if (template.extensions !== undefined && !isObject(template.extensions)) problems.push(`contextTemplate.extensions must be an object, got ${shown(template.extensions)}`);
  return template as Context;
}
