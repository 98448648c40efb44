/**
 * The course standard (`standard:` in course.yaml, course/schema/standard.ts) held against the
 * built course. Pure, like content-checks.ts: each finding names its catalogue entry
 * (build/errors/catalogue-standard.ts), the rule's level and where the module, dialogue or ending
 * is written (a Place); build/steps/check-standard.ts turns places into `file:line:col`.
 *
 * Module rules skip the final assessment's module: it is a pool of questions about the other
 * modules, not a module to read and practise in. Structure is judged in the source language (a
 * translation cannot change it); the debriefs and the reading level in every language.
 */
import type { CourseData, DialogueData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { Standard } from '../../course/schema/standard.ts';
import { allPaths } from '../../components/src/runtime/dialogue-graph.ts';
import type { standardErrors } from '../errors/catalogue-standard.ts';
import type { ErrorKind } from '../errors/define-error.ts';
import type { Place } from './content-place.ts';
import { contentReport } from './content-report.ts';

export type StandardName = keyof typeof standardErrors;
type ParamsOf<N extends StandardName> = (typeof standardErrors)[N] extends ErrorKind<infer P> ? P : never;

interface FindingOf<N extends StandardName> {
  name: N;
  params: ParamsOf<N>;
  /** How the rule reports a miss (a rule set to `off` yields no findings). */
  level: 'error' | 'warning';
  /** The module whose files hold `at`; absent for course-wide rules (the cast: cast.yaml). */
  module?: string;
  locale: Locale;
  at: Place;
}

export type StandardFinding = { [N in StandardName]: FindingOf<N> }[StandardName];

export interface StandardInput {
  /** The built course per locale, the source locale first or not. */
  datas: readonly CourseData[];
  sourceLocale: Locale;
  standard: Standard;
  /** The final assessment's module (`finalAssessment.activity`), which module rules skip. */
  finalModule?: string;
}

const ACTIVITY_TYPES = ['page', 'dialogue', 'feedback-exercise', 'quiz', 'reflection'] as const;

export function checkStandard(input: StandardInput): StandardFinding[] {
  const { standard } = input;
  const source = input.datas.find((d) => d.locale === input.sourceLocale);
  if (!source) return [];
  const findings: StandardFinding[] = [];
  const add = <N extends StandardName>(name: N, level: Standard[keyof Standard]['level'], params: ParamsOf<N>, where: Omit<FindingOf<N>, 'name' | 'params' | 'level'>): void => {
    if (level !== 'off') findings.push({ name, params, level, ...where } as StandardFinding);
  };
  const modules = (data: CourseData) => data.modules.filter((m) => m.id !== input.finalModule);

  for (const module of modules(source)) {
    const here = { module: module.id, locale: source.locale };
    const { activities, dialogues, quizzes } = standard;
    for (const type of ACTIVITY_TYPES) {
      const { min, max } = activities[type];
      const count = module.activities.filter((a) => a.type === type).length;
      if (count < min || (max !== undefined && count > max)) {
        add('StandardActivityCount', activities.level, { module: module.id, type, count, min, ...(max !== undefined ? { max } : {}) }, { ...here, at: { path: ['id'] } });
      }
    }
    module.activities.forEach((activity, a) => {
      const at = { path: ['activities', a, 'id'] };
      if (activity.type === 'dialogue') {
        const paths = [...allPaths(activity)].map((p) => p.length);
        const longest = Math.max(0, ...paths);
        const shortest = Math.min(longest, ...paths);
        if (longest < dialogues.longestPath) add('StandardDialogueTooShallow', dialogues.level, { dialogue: activity.id, path: 'longest', decisions: longest, needed: dialogues.longestPath }, { ...here, at });
        else if (shortest < dialogues.everyPath) add('StandardDialogueTooShallow', dialogues.level, { dialogue: activity.id, path: 'every', decisions: shortest, needed: dialogues.everyPath }, { ...here, at });
        const endings = activity.nodes.filter((n) => n.ending);
        const missing = dialogues.outcomes.filter((o) => !endings.some((n) => n.ending!.outcome === o));
        if (endings.length < dialogues.endings || missing.length > 0) {
          add('StandardDialogueEndings', dialogues.level, { dialogue: activity.id, endings: endings.length, needed: dialogues.endings, missing }, { ...here, at });
        }
      }
      if (activity.type === 'quiz') {
        const kinds = [...new Set(activity.items.map((i) => i.kind))];
        if (activity.items.length < quizzes.items || kinds.length < quizzes.kinds) {
          const params = { quiz: activity.id, items: activity.items.length, kinds, neededItems: quizzes.items, neededKinds: quizzes.kinds };
          add('StandardQuizTooSmall', quizzes.level, params, { ...here, at });
        }
      }
    });
  }

  for (const data of input.datas) {
    // A translation cannot change the structure, but it writes its own debriefs and pages.
    for (const module of modules(data)) {
      module.activities.forEach((activity, a) => {
        if (activity.type !== 'dialogue') return;
        activity.nodes.forEach((node, n) => {
          const length = node.ending?.debrief.trim().length;
          if (length === undefined || length >= standard.dialogues.debrief) return;
          const params = { dialogue: activity.id, node: node.id, locale: data.locale, length, needed: standard.dialogues.debrief };
          const at = { path: ['activities', a, 'nodes', n, 'ending', 'debrief'], key: `activities.${activity.id}.nodes.${node.id}.ending.debrief` };
          add('StandardDebriefShort', standard.dialogues.level, params, { module: module.id, locale: data.locale, at });
        });
      });
    }
    for (const row of contentReport(data)) {
      if (row.module === input.finalModule || row.pages === 0 || row.lix <= standard.readingLevel.maxLix) continue;
      const params = { module: row.module, locale: data.locale, lix: row.lix, max: standard.readingLevel.maxLix };
      add('StandardReadingLevel', standard.readingLevel.level, params, { module: row.module, locale: data.locale, at: { path: ['id'] } });
    }
  }

  findings.push(...castVariety(source, standard));
  return findings;
}

/** Different looks among the people who appear in the dialogues (each name once: one face per name). */
function castVariety(source: CourseData, standard: Standard): StandardFinding[] {
  const rule = standard.cast;
  if (rule.level === 'off') return [];
  const dialogues = source.modules.flatMap((m) => m.activities.filter((a): a is DialogueData => a.type === 'dialogue'));
  const looks = [...new Map(dialogues.flatMap((d) => d.cast.flatMap((c) => (c.look ? [[c.name, c.look] as const] : [])))).values()];
  // A course without a cast registry shows initials, not faces: there is no look to vary.
  if (looks.length === 0) return [];
  const features = [
    ['skin tones', new Set(looks.map((l) => l.skin)).size, rule.skinTones],
    ['ages', new Set(looks.map((l) => l.age)).size, rule.ages],
    ['outfits', new Set(looks.map((l) => l.outfit)).size, rule.outfits],
  ] as const;
  return features
    .filter(([, count, needed]) => count < needed)
    .map(([feature, count, needed]): FindingOf<'StandardCastVariety'> => ({
      name: 'StandardCastVariety',
      params: { feature, count, needed, people: looks.length },
      level: rule.level as 'error' | 'warning',
      locale: source.locale,
      at: { path: [] },
    }));
}
