/**
 * What each module holds, per language: pages, dialogue decision points and endings, exercise
 * statements, quiz items, and the reading level of its pages. Authors and reviewers read it to
 * see that a module meets the course's bar and that no language drifted into harder prose.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import { allPaths } from '../../components/src/runtime/dialogue-graph.ts';
import { htmlToSentenceText, readingLevel } from './reading-level.ts';
import { formatTable } from './text-table.ts';

export interface ModuleReport {
  module: string;
  locale: string;
  pages: number;
  pageWords: number;
  /** LIX of all the module's pages together. */
  lix: number;
  dialogues: number;
  /** Most decisions on any path through the module's dialogues. */
  decisionPoints: number;
  endings: number;
  exerciseStatements: number;
  quizItems: number;
  reflectionPrompts: number;
}

export function contentReport(course: CourseData): ModuleReport[] {
  return course.modules.map((module) => {
    const of = <T extends CourseData['modules'][number]['activities'][number]['type']>(type: T) =>
      module.activities.filter((a): a is Extract<typeof a, { type: T }> => a.type === type);
    const pageText = of('page').map((p) => htmlToSentenceText(p.html)).join(' ');
    const level = readingLevel(pageText);
    return {
      module: module.id,
      locale: course.locale,
      pages: of('page').length,
      pageWords: level.words,
      lix: level.lix,
      dialogues: of('dialogue').length,
      decisionPoints: Math.max(0, ...of('dialogue').flatMap((d) => [...allPaths(d)].map((p) => p.length))),
      endings: of('dialogue').reduce((n, d) => n + d.nodes.filter((node) => node.ending).length, 0),
      exerciseStatements: of('feedback-exercise').reduce((n, e) => n + (e.sort?.statements.length ?? 0), 0),
      quizItems: of('quiz').reduce((n, q) => n + q.items.length, 0),
      reflectionPrompts: of('reflection').reduce((n, r) => n + r.prompts.length, 0),
    };
  });
}

const COLUMNS: [keyof ModuleReport, string][] = [
  ['module', 'module'],
  ['locale', 'lang'],
  ['pages', 'pages'],
  ['pageWords', 'words'],
  ['lix', 'LIX'],
  ['decisionPoints', 'longest path'],
  ['endings', 'endings'],
  ['exerciseStatements', 'sort items'],
  ['quizItems', 'quiz items'],
  ['reflectionPrompts', 'prompts'],
];

export function formatContentReport(rows: ModuleReport[]): string {
  return formatTable(
    COLUMNS.map(([, h]) => h),
    rows.map((r) => COLUMNS.map(([k]) => String(r[k]))),
  );
}
