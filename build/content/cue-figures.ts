/**
 * Every cue figure of a course in one language, per module: its dialogues, sorting tasks and
 * quizzes. The content report prints them and the content checks judge them, so both read the
 * same numbers.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { dialogueFigures, type DialogueFigures } from './dialogue-figures.ts';
import { quizCues, type QuizCues } from './quiz-cues.ts';
import { sortingFigures, type SortingFigures } from './sorting-figures.ts';

export interface ModuleCueFigures {
  module: string;
  locale: Locale;
  dialogues: DialogueFigures;
  sorting: SortingFigures[];
  quizzes: QuizCues[];
}

export function moduleCueFigures(course: CourseData): ModuleCueFigures[] {
  return course.modules.map((module) => ({
    module: module.id,
    locale: course.locale,
    dialogues: dialogueFigures(module),
    sorting: sortingFigures(module),
    quizzes: quizCues(module, course.locale),
  }));
}
