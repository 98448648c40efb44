/**
 * One stored statement read for the analytics: who (actor IFI, name), when (timestamp in UTC),
 * which cohort and language, where in the course (placement.ts), and what kind of answer it
 * carries, in the vocabulary our packages send (components/src/tracking/xapi/
 * xapi-vocabulary.ts):
 *
 *   attempt    passed/failed on an activity: a submitted quiz attempt (score, success, attempt)
 *   response   answered on a part with an attempt extension: a quiz item
 *   choice     answered on a part with a choice-quality or choice-score extension: a dialogue choice
 *   ending     scored on an activity with an ending extension: a dialogue run's end
 *   sorting    answered on a part with a score and neither of those: a feedback exercise's sorting
 *   ratings    responded on an activity with a ratings extension: rubric self-ratings, and the
 *              rubric's levels (weakest first) and criteria with their texts when the context
 *              carries the rating-scale extension (packages from before it do not)
 *
 * The LRS validated the statement against the xAPI rules, but not against our vocabulary, and
 * statements from other tools (or the importer) may lack any of it: every field is read
 * defensively, and a statement that cannot be placed or has no identified actor is skipped,
 * never an exception. Free text (reflection answers, written feedback) is never read.
 */
import { durationSeconds } from './duration-seconds.ts';
import { placeStatement, type KnownIris, type LearnedIris, type Placement } from './placement.ts';

const WM = 'https://workmentor.example.org/xapi/extensions/';
export const EXT = {
  choiceQuality: `${WM}choice-quality`,
  choiceScore: `${WM}choice-score`,
  ending: `${WM}ending`,
  outcome: `${WM}outcome`,
  attempt: `${WM}attempt`,
  ratings: `${WM}ratings`,
  ratingScale: `${WM}rating-scale`,
} as const;
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

export type Answer =
  | { kind: 'attempt'; attempt: number; score: number | null; success: boolean }
  | { kind: 'response'; attempt: number; item: string; success: boolean | null; fraction: number | null; response: string | null }
  | { kind: 'choice'; node: string; choice: string; quality: string | null }
  | { kind: 'ending'; ending: string; outcome: string | null }
  | { kind: 'sorting'; score: number | null; success: boolean | null }
  | { kind: 'ratings'; ratings: [criterion: string, level: string][]; scale: RatingScale | undefined };

/** An interaction component: its id and the language map of its description. */
export interface Component {
  id: string;
  texts: [lang: string, text: string][];
}

/** The rubric a ratings statement describes: levels weakest first, criteria in the rubric's order. Either may be empty. */
export interface RatingScale {
  levels: Component[];
  criteria: Component[];
}

export interface Definition {
  /** Language map of the object's name. */
  names: [lang: string, name: string][];
  /** Choice components of a `choice` interaction, in order, with their descriptions. */
  choices: Component[];
}

export interface PlacedStatement extends Placement {
  kind: 'placed';
  learner: { ifi: string; name: string; identifier: string };
  /** ISO 8601 UTC with milliseconds. */
  at: string;
  cohort: string;
  language: string;
  registration: string;
  /** The verb's last path segment: completed, passed, answered, … */
  verb: string;
  /** result.duration in seconds, when present and readable. */
  seconds: number | undefined;
  answer: Answer | undefined;
  definition: Definition | undefined;
  learned: LearnedIris;
}

export type ReadStatement = PlacedStatement | { kind: 'voiding'; target: string } | { kind: 'skipped'; why: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((a) => (isObject(a) ? str(a.id) : undefined)).filter((id): id is string => id !== undefined);

/** The IFI of an Agent as one string (lrs-stub/xapi/agent-ifi.ts's form), and how to show it. */
function readActor(actor: unknown): PlacedStatement['learner'] | undefined {
  if (!isObject(actor) || actor.objectType === 'Group') return undefined;
  const name = str(actor.name);
  const mbox = str(actor.mbox);
  const sha = str(actor.mbox_sha1sum);
  const openid = str(actor.openid);
  const account = isObject(actor.account) ? actor.account : undefined;
  let ifi: string;
  let identifier: string;
  if (mbox !== undefined) [ifi, identifier] = [`mbox|${mbox.toLowerCase()}`, mbox.replace(/^mailto:/i, '')];
  else if (sha !== undefined) [ifi, identifier] = [`mbox_sha1sum|${sha.toLowerCase()}`, sha];
  else if (openid !== undefined) [ifi, identifier] = [`openid|${openid}`, openid];
  else if (account && str(account.homePage) !== undefined && str(account.name) !== undefined) [ifi, identifier] = [`account|${account.homePage}|${account.name}`, String(account.name)];
  else return undefined;
  return { ifi, name: name ?? identifier, identifier };
}

/** A timestamp as ISO 8601 UTC with milliseconds; undefined when unreadable. */
export function utcTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hasOffset = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value.slice(19));
  const millis = Date.parse(hasOffset ? value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${value}Z`);
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString();
}

/** A score as a percentage 0-100: scaled first (what cmi5 reads), else raw within min-max. */
export function percentOf(score: unknown): number | null {
  if (!isObject(score)) return null;
  const scaled = num(score.scaled);
  const raw = num(score.raw);
  const min = num(score.min) ?? 0;
  const max = num(score.max);
  let percent: number | undefined;
  if (scaled !== undefined) percent = scaled * 100;
  else if (raw !== undefined && max !== undefined && max > min) percent = ((raw - min) / (max - min)) * 100;
  else if (raw !== undefined && raw >= 0 && raw <= 100) percent = raw;
  if (percent === undefined) return null;
  return Math.round(Math.min(100, Math.max(0, percent)) * 100) / 100;
}

const languageMap = (value: unknown): [string, string][] =>
  isObject(value) ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [];

function readDefinition(object: Json): Definition | undefined {
  const definition = isObject(object.definition) ? object.definition : undefined;
  if (!definition) return undefined;
  const choices =
    definition.interactionType === 'choice' && Array.isArray(definition.choices)
      ? definition.choices.filter(isObject).flatMap((c) => (str(c.id) !== undefined ? [{ id: c.id as string, texts: languageMap(c.description) }] : []))
      : [];
  const names = languageMap(definition.name);
  return names.length > 0 || choices.length > 0 ? { names, choices } : undefined;
}

/**
 * A list of components, kept only when every entry has an id of its own: a position is all a
 * scale is for, and one skipped or repeated entry would shift or blur the rest.
 */
function readComponents(value: unknown): Component[] {
  if (!Array.isArray(value)) return [];
  const list = value.map((c) => (isObject(c) && typeof c.id === 'string' && c.id !== '' ? { id: c.id, texts: languageMap(c.description) } : undefined));
  if (!list.every((c): c is Component => c !== undefined)) return [];
  return new Set(list.map((c) => c.id)).size === list.length ? list : [];
}

/** The rating-scale extension, or undefined when it is missing or neither list is readable. */
function readRatingScale(value: unknown): RatingScale | undefined {
  if (!isObject(value)) return undefined;
  const scale = { levels: readComponents(value.levels), criteria: readComponents(value.criteria) };
  return scale.levels.length > 0 || scale.criteria.length > 0 ? scale : undefined;
}

function readAnswer(verb: string, placement: Placement, result: Json, contextExtensions: Json): Answer | undefined {
  const extensions = isObject(result.extensions) ? result.extensions : {};
  const attempt = num(contextExtensions[EXT.attempt]);
  if (placement.level === 'activity') {
    if (verb === 'passed' || verb === 'failed') {
      return { kind: 'attempt', attempt: attempt ?? 0, score: percentOf(result.score), success: typeof result.success === 'boolean' ? result.success : verb === 'passed' };
    }
    const ending = str(extensions[EXT.ending]);
    if (verb === 'scored' && ending !== undefined) return { kind: 'ending', ending, outcome: str(extensions[EXT.outcome]) ?? null };
    const ratings = extensions[EXT.ratings];
    if (verb === 'responded' && isObject(ratings)) {
      const pairs = Object.entries(ratings).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
      return pairs.length > 0 ? { kind: 'ratings', ratings: pairs, scale: readRatingScale(contextExtensions[EXT.ratingScale]) } : undefined;
    }
    return undefined;
  }
  if (placement.level !== 'part' || verb !== 'answered') return undefined;
  const success = typeof result.success === 'boolean' ? result.success : null;
  const response = str(result.response) ?? null;
  if (attempt !== undefined) {
    const percent = percentOf(result.score);
    return { kind: 'response', attempt, item: placement.part, success, fraction: percent !== null ? percent / 100 : success === null ? null : success ? 1 : 0, response };
  }
  if (EXT.choiceQuality in extensions || EXT.choiceScore in extensions) {
    return response === null ? undefined : { kind: 'choice', node: placement.part, choice: response, quality: str(extensions[EXT.choiceQuality]) ?? null };
  }
  const score = percentOf(result.score);
  return score !== null || success !== null ? { kind: 'sorting', score, success } : undefined;
}

export function readStatement(json: string, stored: string, known: KnownIris): ReadStatement {
  let statement: unknown;
  try {
    statement = JSON.parse(json);
  } catch {
    return { kind: 'skipped', why: 'not JSON' };
  }
  if (!isObject(statement)) return { kind: 'skipped', why: 'not an object' };
  const verbId = isObject(statement.verb) ? str(statement.verb.id) : undefined;
  const object = isObject(statement.object) ? statement.object : undefined;
  if (verbId === undefined || object === undefined) return { kind: 'skipped', why: 'no verb or object' };
  if (verbId === VOIDED_VERB) {
    const target = object.objectType === 'StatementRef' ? str(object.id) : undefined;
    return target === undefined ? { kind: 'skipped', why: 'voiding without a StatementRef' } : { kind: 'voiding', target };
  }
  const objectId = str(object.id);
  if ((object.objectType ?? 'Activity') !== 'Activity' || objectId === undefined) return { kind: 'skipped', why: 'object is not an Activity' };
  const learner = readActor(statement.actor);
  if (!learner) return { kind: 'skipped', why: 'actor is not an identified Agent' };

  const context = isObject(statement.context) ? statement.context : {};
  const activities = isObject(context.contextActivities) ? context.contextActivities : {};
  const definition = isObject(object.definition) ? object.definition : {};
  const placed = placeStatement(
    { objectId, objectType: str(definition.type), parents: ids(activities.parent), groupings: ids(activities.grouping), categories: ids(activities.category) },
    known,
  );
  if (!placed) return { kind: 'skipped', why: 'not placed in the course' };

  const verb = verbId.replace(/\/+$/, '').split('/').at(-1) ?? verbId;
  const result = isObject(statement.result) ? statement.result : {};
  const team = isObject(context.team) ? str(context.team.name) : undefined;
  const registration = str(context.registration) ?? '';
  const at = utcTimestamp(statement.timestamp) ?? utcTimestamp(stored) ?? stored;
  return {
    kind: 'placed',
    ...placed.placement,
    learner,
    at,
    cohort: team ?? registration,
    language: str(context.language) ?? '',
    registration,
    verb,
    seconds: placed.placement.level === 'activity' ? durationSeconds(result.duration) : undefined,
    answer: readAnswer(verb, placed.placement, result, isObject(context.extensions) ? context.extensions : {}),
    definition: readDefinition(object),
    learned: placed.learned,
  };
}
