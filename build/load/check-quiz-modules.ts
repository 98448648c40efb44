/**
 * Quiz rules that reach outside the quiz: an item's `module` must be a module of the course and
 * its `competence` a competence of the course; a stratified quiz needs a `module` on every item
 * and draws at least one item per module. Checked per module file, with the course's module and
 * competence ids (undefined when course.yaml could not tell them, so nothing is judged).
 */
import type { Quiz } from '../../course/schema/activities/quiz.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import type { DataPath, YamlFile } from './yaml-file.ts';

export interface CourseIds {
  modules: readonly string[] | undefined;
  competences: readonly string[] | undefined;
}

export function checkQuizModules(quiz: Quiz, at: DataPath, file: YamlFile, course: CourseIds): ContentError[] {
  const errors: ContentError[] = [];
  const suggest = (value: string, among: readonly string[]) => {
    const suggestion = closest(value, among);
    return suggestion ? { suggestion } : {};
  };
  quiz.items.forEach((item, i) => {
    const path = [...at, 'items', i];
    const ids = { quiz: quiz.id, item: item.id };
    if (item.module === undefined) {
      if (quiz.stratify === 'module') errors.push(contentError('QuizItemModuleMissing', ids, file.locate([...path, 'id'])));
    } else if (course.modules && !course.modules.includes(item.module)) {
      errors.push(
        contentError('QuizItemModuleUnknown', { ...ids, module: item.module, modules: [...course.modules], ...suggest(item.module, course.modules) }, file.locate([...path, 'module'])),
      );
    }
    if (item.competence !== undefined && course.competences && !course.competences.includes(item.competence)) {
      errors.push(
        contentError(
          'QuizItemCompetenceUnknown',
          { ...ids, competence: item.competence, known: [...course.competences], ...suggest(item.competence, course.competences) },
          file.locate([...path, 'competence']),
        ),
      );
    }
  });
  if (quiz.stratify === 'module' && quiz.draw !== undefined) {
    const modules = [...new Set(quiz.items.flatMap((item) => (item.module === undefined ? [] : [item.module])))];
    if (quiz.draw < modules.length) errors.push(contentError('QuizDrawBelowModules', { quiz: quiz.id, draw: quiz.draw, modules }, file.locate([...at, 'draw'])));
  }
  return errors;
}
