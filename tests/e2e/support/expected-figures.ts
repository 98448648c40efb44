/**
 * What the dashboard should show, worked out from the statements the test posted, WITHOUT the
 * analytics code: a plain reading of the xAPI statements our packages send, written for the
 * test. If the projection or a query miscounts, this and the dashboard disagree.
 *
 * - A statement belongs to a module when its object, or one of its context parent or grouping
 *   activities, is under <course IRI>/<module>; the course's own statements belong to none.
 * - Funnel, per module and course language: learners with any statement in the module
 *   (started), learners with `completed` on the module activity itself (completed). For the
 *   course: learners with any statement (started), `completed`, `passed` and `earned` on the
 *   course activity.
 * - Quizzes: `passed`/`failed` on an activity <course>/<module>/<activity> is one submitted
 *   attempt; a learner passed the quiz when any attempt succeeded.
 * - Dialogues: `answered` on a part of the activity with the choice-quality or choice-score
 *   extension is a choice (a learner who chose at least once counts); `scored` on the activity
 *   with the ending extension is a run reaching that ending.
 */
import type { SeededStatement } from '../../../lrs-stub/analytics/seed/seed-cohort.ts';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const EARNED = 'http://id.tincanapi.com/verb/earned';
const WM = 'https://workmentor.example.org/xapi/extensions/';

export interface ModuleFigures {
  moduleId: string;
  language: string;
  started: number;
  completed: number;
}

export interface QuizFigures {
  moduleId: string;
  activityId: string;
  learners: number;
  attempts: number;
  passedLearners: number;
}

export interface DialogueFigures {
  moduleId: string;
  activityId: string;
  learners: number;
  /** endingId → runs that reached it and the outcome the course gave it. */
  endings: Map<string, { outcome: string | null; runs: number }>;
}

export interface ExpectedFigures {
  course: { started: number; completed: number; passed: number; certified: number };
  /** Sorted by module id, then language. */
  modules: ModuleFigures[];
  quizzes: QuizFigures[];
  dialogues: DialogueFigures[];
  /** The learners who passed the course: address (without mailto:) → name. */
  coursePassers: Map<string, string>;
  /** Activity IRIs → their name in `language`, else in English, else any (as the dashboard picks them). */
  nameOf(iri: string): string;
}

type Statement = SeededStatement;

const verbOf = (s: Statement) => s.verb.id;
const actorOf = (s: Statement) => s.actor.mbox ?? JSON.stringify(s.actor);
const ids = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((a: { id: string }) => a.id));

/** The path segments of `iri` under the course, or undefined when it is not under it. */
function under(courseIri: string, iri: string): string[] | undefined {
  if (!iri.startsWith(`${courseIri}/`)) return undefined;
  return iri.slice(courseIri.length + 1).split('/').filter(Boolean);
}

function moduleOf(courseIri: string, s: Statement): string | undefined {
  const context = s.context.contextActivities as Record<string, unknown> | undefined;
  for (const iri of [s.object.id, ...ids(context?.parent), ...ids(context?.grouping)]) {
    const path = under(courseIri, iri);
    if (path && path.length > 0) return path[0];
  }
  return undefined;
}

/** A Map of Sets that counts distinct members per key. */
class Distinct<K> {
  private readonly map = new Map<K, Set<string>>();
  add(key: K, member: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(member);
  }
  count(key: K): number {
    return this.map.get(key)?.size ?? 0;
  }
  keys(): K[] {
    return [...this.map.keys()];
  }
}

export function expectedFigures(all: readonly Statement[], courseIri: string, filter: { language?: string } = {}, readerLanguage = 'en'): ExpectedFigures {
  const names = new Map<string, Record<string, string>>();
  for (const s of all) {
    const name = (s.object as { definition?: { name?: Record<string, string> } }).definition?.name;
    if (name) names.set(s.object.id, { ...names.get(s.object.id), ...name });
  }
  const statements = all.filter((s) => filter.language === undefined || s.context.language === filter.language);

  const course = new Distinct<'started' | 'completed' | 'passed' | 'certified'>();
  const moduleStarted = new Distinct<string>();
  const moduleCompleted = new Distinct<string>();
  const quizLearners = new Distinct<string>();
  const quizPassed = new Distinct<string>();
  const quizAttempts = new Map<string, number>();
  const dialogueLearners = new Distinct<string>();
  const endings = new Map<string, Map<string, { outcome: string | null; runs: number }>>();
  const coursePassers = new Map<string, string>();

  for (const s of statements) {
    const actor = actorOf(s);
    const verb = verbOf(s);
    const path = under(courseIri, s.object.id);
    const result = (s.result ?? {}) as { success?: boolean; response?: string; extensions?: Record<string, unknown> };
    const extensions = result.extensions ?? {};
    course.add('started', actor);
    if (s.object.id === courseIri) {
      if (verb === `${ADL}completed`) course.add('completed', actor);
      if (verb === `${ADL}passed` && result.success !== false) {
        course.add('passed', actor);
        coursePassers.set(s.actor.mbox!.replace(/^mailto:/, ''), s.actor.name!);
      }
      if (verb === EARNED) course.add('certified', actor);
    }
    const module = moduleOf(courseIri, s);
    if (module !== undefined) {
      const key = `${module}\u0000${s.context.language}`;
      moduleStarted.add(key, actor);
      if (verb === `${ADL}completed` && path?.length === 1) moduleCompleted.add(key, actor);
    }
    if (path?.length === 2 && (verb === `${ADL}passed` || verb === `${ADL}failed`)) {
      const key = s.object.id;
      quizLearners.add(key, actor);
      quizAttempts.set(key, (quizAttempts.get(key) ?? 0) + 1);
      if (result.success ?? verb === `${ADL}passed`) quizPassed.add(key, actor);
    }
    if (path?.length === 3 && verb === `${ADL}answered` && result.response !== undefined && (`${WM}choice-quality` in extensions || `${WM}choice-score` in extensions)) {
      dialogueLearners.add(`${courseIri}/${path[0]}/${path[1]}`, actor);
    }
    if (path?.length === 2 && verb === `${ADL}scored` && typeof extensions[`${WM}ending`] === 'string') {
      const ending = extensions[`${WM}ending`] as string;
      const outcome = typeof extensions[`${WM}outcome`] === 'string' ? (extensions[`${WM}outcome`] as string) : null;
      let byEnding = endings.get(s.object.id);
      if (!byEnding) endings.set(s.object.id, (byEnding = new Map()));
      const found = byEnding.get(ending) ?? { outcome, runs: 0 };
      found.runs += 1;
      byEnding.set(ending, found);
    }
  }

  const split = (key: string) => key.split('\u0000') as [string, string];
  const modules = moduleStarted
    .keys()
    .map((key) => ({ moduleId: split(key)[0], language: split(key)[1], started: moduleStarted.count(key), completed: moduleCompleted.count(key) }))
    .sort((a, b) => a.moduleId.localeCompare(b.moduleId) || a.language.localeCompare(b.language));
  const quizzes = quizLearners.keys().map((iri) => {
    const [moduleId, activityId] = under(courseIri, iri) as [string, string];
    return { moduleId, activityId, learners: quizLearners.count(iri), attempts: quizAttempts.get(iri)!, passedLearners: quizPassed.count(iri) };
  });
  const dialogueIris = new Set([...dialogueLearners.keys(), ...endings.keys()]);
  const dialogues = [...dialogueIris].map((iri) => {
    const [moduleId, activityId] = under(courseIri, iri) as [string, string];
    return { moduleId, activityId, learners: dialogueLearners.count(iri), endings: endings.get(iri) ?? new Map() };
  });
  return {
    course: { started: course.count('started'), completed: course.count('completed'), passed: course.count('passed'), certified: course.count('certified') },
    modules,
    quizzes,
    dialogues,
    coursePassers,
    nameOf(iri) {
      const map = names.get(iri) ?? {};
      return map[readerLanguage] ?? map.en ?? Object.values(map)[0] ?? iri;
    },
  };
}
