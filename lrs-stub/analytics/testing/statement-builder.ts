/**
 * Hand-built statements for the analytics tests, shaped as our packages send them
 * (xapi-mapping.ts: IRIs `<base>/<module>/<activity>[/<part>]`, context activities, language,
 * registration, the cohort as context.team, our extensions), written out here independently
 * of the mapping so a test states its data in a few readable lines. `project()` stores them in
 * a memory LRS and projects them into an in-memory analytics database.
 */
import { randomUUID } from 'node:crypto';
import { openAnalyticsDb, type AnalyticsDb } from '../projection/analytics-db.ts';
import { Projector } from '../projection/projector.ts';
import { EXT } from '../projection/read-statement.ts';
import { insertStatements } from '../seed/seed-store.ts';
import { openMemoryStore } from '../../store/memory-store.ts';
import type { LrsStore } from '../../store/store.ts';

export const BASE = 'https://workmentor.example.org/xapi/course';
const ADL = 'http://adlnet.gov/expapi/';

export type Json = Record<string, unknown>;

export interface LearnerOptions {
  name: string;
  email: string;
  language?: string;
  cohort?: string;
  registration?: string;
}

const verb = (name: string) => ({ id: name === 'earned' ? 'http://id.tincanapi.com/verb/earned' : `${ADL}verbs/${name}`, display: { 'en-US': name } });
const ref = (id: string) => ({ objectType: 'Activity', id });

export function learner(options: LearnerOptions) {
  const registration = options.registration ?? randomUUID();
  const base = (v: string, object: Json, at: string, extra: { result?: Json; activities?: Json; extensions?: Json }): Json => {
    const context: Json = { registration };
    if (options.language) context.language = options.language;
    if (options.cohort) context.team = { objectType: 'Group', name: options.cohort, account: { homePage: 'https://school.example.org/cohorts', name: options.cohort } };
    if (extra.activities) context.contextActivities = extra.activities;
    if (extra.extensions) context.extensions = extra.extensions;
    return {
      id: randomUUID(),
      actor: { objectType: 'Agent', name: options.name, mbox: `mailto:${options.email}` },
      verb: verb(v),
      object,
      ...(extra.result ? { result: extra.result } : {}),
      context,
      timestamp: at,
    };
  };
  const named = (id: string, type: string, name?: string): Json => ({ objectType: 'Activity', id, definition: { type: `${ADL}activities/${type}`, ...(name ? { name: { [options.language ?? 'en']: name } } : {}) } });
  return {
    registration,
    course: (v: string, at: string, result?: Json) => base(v, named(BASE, 'course', 'The course'), at, result ? { result } : {}),
    module: (module: string, v: string, at: string, result?: Json) =>
      base(v, named(`${BASE}/${module}`, 'module', `Module ${module}`), at, { ...(result ? { result } : {}), activities: { parent: [ref(BASE)], grouping: [ref(BASE)] } }),
    activity: (module: string, activity: string, v: string, at: string, extra: { result?: Json; attempt?: number; type?: string; extensions?: Json } = {}) =>
      base(v, named(`${BASE}/${module}/${activity}`, extra.type ?? 'lesson', `Activity ${activity}`), at, {
        ...(extra.result ? { result: extra.result } : {}),
        activities: { parent: [ref(`${BASE}/${module}`)], grouping: [ref(BASE)] },
        ...(extra.attempt !== undefined || extra.extensions ? { extensions: { ...extra.extensions, ...(extra.attempt !== undefined ? { [EXT.attempt]: extra.attempt } : {}) } } : {}),
      }),
    part: (module: string, activity: string, part: string, v: string, at: string, extra: { result?: Json; attempt?: number; choices?: string[] } = {}) =>
      base(
        v,
        {
          objectType: 'Activity',
          id: `${BASE}/${module}/${activity}/${part}`,
          ...(extra.choices
            ? { definition: { type: `${ADL}activities/cmi.interaction`, interactionType: 'choice', choices: extra.choices.map((id) => ({ id, description: { [options.language ?? 'en']: `Option ${id}` } })) } }
            : {}),
        },
        at,
        {
          ...(extra.result ? { result: extra.result } : {}),
          activities: { parent: [ref(`${BASE}/${module}/${activity}`)], grouping: [ref(`${BASE}/${module}`), ref(BASE)] },
          ...(extra.attempt !== undefined ? { extensions: { [EXT.attempt]: extra.attempt } } : {}),
        },
      ),
  };
}

export type TestLearner = ReturnType<typeof learner>;

/** A result with a percentage score, as the mapping's score(): scaled and raw. */
export const scored = (percent: number, more: Json = {}): Json => ({ score: { scaled: percent / 100, raw: percent, min: 0, max: 100 }, ...more });

/** The shapes of our packages' answers, in one line each. */
export const says = {
  quizItem: (who: TestLearner, module: string, quiz: string, item: string, attempt: number, response: string, correct: boolean, at: string) =>
    who.part(module, quiz, item, 'answered', at, { result: { success: correct, response }, attempt, choices: ['a', 'b', 'c'] }),
  quizSubmitted: (who: TestLearner, module: string, quiz: string, attempt: number, percent: number, passed: boolean, at: string) =>
    who.activity(module, quiz, passed ? 'passed' : 'failed', at, { result: scored(percent, { success: passed, completion: true }), attempt, type: 'assessment' }),
  choice: (who: TestLearner, module: string, dialogue: string, node: string, choice: string, quality: string, at: string) =>
    who.part(module, dialogue, node, 'answered', at, { result: { response: choice, extensions: { [EXT.choiceQuality]: quality, [EXT.choiceScore]: 5 } } }),
  ending: (who: TestLearner, module: string, dialogue: string, ending: string, outcome: string, at: string) =>
    who.activity(module, dialogue, 'scored', at, { result: scored(50, { extensions: { [EXT.ending]: ending, [EXT.outcome]: outcome } }), type: 'simulation' }),
  completed: (who: TestLearner, module: string, activity: string, seconds: number, at: string) =>
    who.activity(module, activity, 'completed', at, { result: { completion: true, duration: `PT${seconds}S` } }),
  sorting: (who: TestLearner, module: string, exercise: string, percent: number, at: string) =>
    who.part(module, exercise, 'sorting', 'answered', at, { result: scored(percent, { success: percent === 100 }) }),
  /** `scale` is the rating-scale context extension's value as given (see ratingScale), even a malformed one. */
  ratings: (who: TestLearner, module: string, exercise: string, ratings: Record<string, string>, at: string, scale?: unknown) =>
    who.activity(module, exercise, 'responded', at, {
      result: { completion: true, extensions: { [EXT.ratings]: ratings } },
      type: 'performance',
      ...(scale !== undefined ? { extensions: { [EXT.ratingScale]: scale } } : {}),
    }),
};

/** The rating-scale extension as our packages write it: levels weakest first, then criteria, as [id, text] in one language. */
export const ratingScale = (lang: string, levels: [id: string, label: string][], criteria: [id: string, text: string][]): Json => ({
  levels: levels.map(([id, text]) => ({ id, description: { [lang]: text } })),
  criteria: criteria.map(([id, text]) => ({ id, description: { [lang]: text } })),
});

export const voiding = (target: Json): Json => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', name: 'Coordinator', mbox: 'mailto:coordinator@school.example.org' },
  verb: { id: `${ADL}verbs/voided`, display: { 'en-US': 'voided' } },
  object: { objectType: 'StatementRef', id: target.id },
});

export interface Projected {
  store: LrsStore;
  db: AnalyticsDb;
  projector: Projector;
  /** Stores more statements (not yet projected). */
  add(statements: readonly Json[]): void;
}

let stored = Date.parse('2026-06-01T00:00:00Z');

export function project(statements: readonly Json[], options: { chunkSize?: number } = {}): Projected {
  const store = openMemoryStore();
  const db = openAnalyticsDb(':memory:');
  const projector = new Projector({ db, statements: store.statements, ...options });
  const add = (more: readonly Json[]) => {
    insertStatements(store, [more], { storedFrom: stored });
    stored += more.length + 1;
  };
  add(statements);
  projector.catchUp();
  return { store, db, projector, add };
}
