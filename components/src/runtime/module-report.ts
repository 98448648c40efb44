/**
 * What the shell's framing screens show about modules, from the course and the learner's
 * progress: a module card (title, summary, objectives, time, progress) and a module's report at
 * its end (what the learner did, their results, their reflections). Pure, so the welcome screen,
 * the contents, the module end and the course end all count with the same rule as the LMS
 * report (completion.ts): a module card can never say "done" where the LMS says otherwise.
 */
import type { ActivityData, ModuleData } from '../../../course/schema/course-data.ts';
import { activityScore, activityStatus, isRequired, moduleProgress, type ActivityRuleData } from './completion.ts';
import { activityKey } from './progress-values.ts';
import type { ActivityStatus, LearnerProgress } from './progress.ts';

/** The parts of a module the cards need: the full module data or its table-of-contents entry. */
export type ModuleOutline = Pick<ModuleData, 'id' | 'title' | 'summary' | 'objectives' | 'estimate' | 'card'> & {
  activities: readonly (ActivityRuleData & { title: string })[];
};

export interface ModuleCard {
  id: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  summary: string;
  objectives: string[];
  /** Learner-facing time estimate in minutes (see `estimate` in module.yaml); undefined when the data has none. */
  estimate: number | undefined;
  /** Address of the module's card art (`card` in module.yaml, decorative), if it has one. */
  art?: string;
  /** Required activities done, and how many there are (completion.ts). */
  done: number;
  total: number;
  status: ActivityStatus;
}

export function moduleCard(module: ModuleOutline, index: number, progress: LearnerProgress): ModuleCard {
  const { completed, total, complete } = moduleProgress(module, progress);
  const started = module.activities.some((a) => progress.activities[activityKey(module.id, a.id)] !== undefined);
  return {
    id: module.id,
    number: index + 1,
    title: module.title,
    summary: module.summary,
    objectives: module.objectives.map((o) => o.text),
    estimate: module.estimate,
    ...(module.card ? { art: module.card } : {}),
    done: completed,
    total,
    status: complete && total > 0 ? 'completed' : completed > 0 || started ? 'in-progress' : 'not-started',
  };
}

/** The course's time: the sum of its modules' estimates, or undefined when a module has none. */
export function courseEstimate(modules: readonly Pick<ModuleOutline, 'estimate'>[]): number | undefined {
  let sum = 0;
  for (const m of modules) {
    if (m.estimate === undefined) return undefined;
    sum += m.estimate;
  }
  return sum;
}

/** One result the learner got in a module: a quiz's best score, a conversation's ending, a sorting's score. */
export type ModuleResult =
  | { kind: 'quiz'; activityId: string; title: string; score: number; passed: boolean; passMark: number }
  | { kind: 'dialogue'; activityId: string; title: string; ending: string; outcome: 'positive' | 'mixed' | 'negative'; score: number }
  | { kind: 'exercise'; activityId: string; title: string; score: number };

export interface ActivityLine {
  activityId: string;
  title: string;
  type: ActivityData['type'];
  status: ActivityStatus;
  /** Counts towards completion (completion.ts `isRequired`). */
  required: boolean;
}

export interface ModuleReport {
  card: ModuleCard;
  activities: ActivityLine[];
  results: ModuleResult[];
  /** Reflections in this module: what the learner wrote goes to their portfolio. */
  reflections: { activityId: string; title: string; saved: boolean }[];
}

export function moduleReport(module: ModuleData, index: number, progress: LearnerProgress): ModuleReport {
  const detailOf = (a: ActivityData) => progress.activities[activityKey(module.id, a.id)]?.detail;
  const activities = module.activities.map((a) => ({
    activityId: a.id,
    title: a.title,
    type: a.type,
    status: activityStatus(a, detailOf(a)),
    required: isRequired(a),
  }));
  const results = module.activities.flatMap((a): ModuleResult[] => {
    const detail = detailOf(a);
    const score = activityScore(a, detail);
    if (score === undefined || !detail) return [];
    if (a.type === 'quiz' && detail.type === 'quiz') {
      return [{ kind: 'quiz', activityId: a.id, title: a.title, score, passed: detail.passed, passMark: a.passMark }];
    }
    if (a.type === 'dialogue' && detail.type === 'dialogue') {
      const ending = a.nodes.find((n) => n.id === detail.ending)?.ending;
      return ending ? [{ kind: 'dialogue', activityId: a.id, title: a.title, ending: ending.title, outcome: ending.outcome, score }] : [];
    }
    if (a.type === 'feedback-exercise') return [{ kind: 'exercise', activityId: a.id, title: a.title, score }];
    return [];
  });
  const reflections = module.activities.flatMap((a) =>
    a.type === 'reflection' ? [{ activityId: a.id, title: a.title, saved: activityStatus(a, detailOf(a)) === 'completed' }] : [],
  );
  return { card: moduleCard(module, index, progress), activities, results, reflections };
}
