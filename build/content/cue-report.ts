/**
 * The second table of the content report: per module and language, the cue figures the content
 * checks judge (dialogue choices, sorting lengths, quiz cues, the test-wise guesser), followed by
 * the final assessment's pool and the guesser's chances. Authors read where a module stands
 * against each limit before the build stops them; reviewers see where a course starts from.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { finalFiguresByLanguage, formatChance } from './content-checks.ts';
import { moduleCueFigures, type ModuleCueFigures } from './cue-figures.ts';
import { summariseDialogues } from './dialogue-figures.ts';
import type { FinalFigures } from './final-assessment-figures.ts';
import { distinctCorrectCounts } from './quiz-cues.ts';
import { formatTable } from './text-table.ts';

export interface CueRow {
  module: string;
  locale: Locale;
  /** Decision points, and how many offer three or more choices. */
  points: number;
  threeWay: number;
  bestFirst: number;
  bestLongest: number;
  /** mean length of best choices / of the others. */
  lengthRatio: number;
  withoutConsequence: number;
  poorRejoining: number;
  catchAll: number;
  /** The largest category-length ratio of the module's sorting tasks (undefined without one). */
  sortRatio: number | undefined;
  singleChoice: number;
  correctLongest: number;
  /** The different numbers of correct options among multiple-response items. */
  correctCounts: number[];
  trueFalse: number;
  absoluteRuleRight: number;
  quizItems: number;
  guesserScore: number;
}

export function cueRows(course: CourseData): CueRow[] {
  return moduleCueFigures(course).map(rowOf);
}

function rowOf(f: ModuleCueFigures): CueRow {
  const d = summariseDialogues(f.dialogues);
  const sum = (pick: (q: ModuleCueFigures['quizzes'][number]) => number): number => f.quizzes.reduce((n, q) => n + pick(q), 0);
  return {
    module: f.module,
    locale: f.locale,
    points: d.points,
    threeWay: d.withThreeChoices,
    bestFirst: d.bestFirst,
    bestLongest: d.bestLongest,
    lengthRatio: d.lengthRatio,
    withoutConsequence: d.withoutConsequence,
    poorRejoining: d.poorRejoining,
    catchAll: d.catchAllEndings,
    sortRatio: f.sorting.length > 0 ? Math.max(...f.sorting.map((s) => s.ratio)) : undefined,
    singleChoice: sum((q) => q.singleChoice),
    correctLongest: sum((q) => q.correctLongest.length),
    correctCounts: [...new Set(f.quizzes.flatMap(distinctCorrectCounts))].sort((a, b) => a - b),
    trueFalse: sum((q) => q.trueFalse),
    absoluteRuleRight: sum((q) => q.absoluteRuleRight.length),
    quizItems: sum((q) => q.items),
    guesserScore: sum((q) => q.guesserScore),
  };
}

const of = (part: number, whole: number): string => (whole === 0 ? '-' : `${part}/${whole}`);
const score = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

const HEADER = ['module', 'lang', 'points', '3+ choices', 'best 1st', 'best longest', 'best/other len', 'no consequence', 'poor rejoins', 'catch-all', 'sort len ratio', 'correct longest', 'MR #correct', 'TF abs. rule', 'guesser'];

export function formatCueReport(rows: readonly CueRow[]): string {
  return formatTable(
    HEADER,
    rows.map((r) => [
      r.module,
      r.locale,
      String(r.points),
      of(r.threeWay, r.points),
      of(r.bestFirst, r.points),
      of(r.bestLongest, r.points),
      r.points === 0 ? '-' : r.lengthRatio.toFixed(2),
      r.points === 0 ? '-' : String(r.withoutConsequence),
      r.points === 0 ? '-' : String(r.poorRejoining),
      r.points === 0 ? '-' : String(r.catchAll),
      r.sortRatio === undefined ? '-' : r.sortRatio.toFixed(2),
      of(r.correctLongest, r.singleChoice),
      r.correctCounts.length === 0 ? '-' : r.correctCounts.join(','),
      of(r.absoluteRuleRight, r.trueFalse),
      r.quizItems === 0 ? '-' : `${score(r.guesserScore)}/${r.quizItems}`,
    ]),
  );
}

/** The final assessment's pool and the guesser's chances, one line each (none without a final). */
export function formatFinalReport(datas: readonly CourseData[]): string[] {
  const byLanguage = finalFiguresByLanguage(datas);
  const first = byLanguage[0]?.figures;
  if (!first) return ['final assessment: none (no `finalAssessment` in course.yaml and not exactly one quiz with a weight)'];
  return [finalLine(first), ...byLanguage.map(({ locale, figures }) => guesserLine(locale, figures))];
}

function finalLine(f: FinalFigures): string {
  const perModule = f.perModule.length === 0 ? 'no other modules' : f.perModule.map((m) => `${m.module} ${m.items}`).join(', ');
  const attempts = f.attempts === 0 ? 'unlimited attempts' : `${f.attempts} attempt${f.attempts === 1 ? '' : 's'} before a wait`;
  return (
    `final assessment ${f.module}/${f.quiz}: pool ${f.pool} items (per module: ${perModule}${f.withoutModule > 0 ? `; without a module: ${f.withoutModule}` : ''}), ` +
    `draws ${f.draw}${f.stratified ? ' evenly per module' : ''}, pass mark ${f.passMark}%, ${attempts}`
  );
}

/** "guesser: scores X/N on the pool; passes an attempt with p = …; within 3 attempts …". */
export function guesserLine(locale: Locale, f: FinalFigures): string {
  const within = f.attempts === 0 ? 'with unlimited attempts' : `within ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}`;
  return `guesser (${locale}): scores ${score(Math.round(f.guesserScore * 10) / 10)}/${f.pool} on the pool; passes an attempt with p = ${formatChance(f.passPerAttempt)}; ${within} ${formatChance(f.passWithinAttempts)}`;
}
