/**
 * Quiz rules that reach outside the quiz: an item's `module` must be a module of the course and
 * its `competence` a competence of the course; a stratified quiz needs a `module` on every item
 * and draws at least one item per module. Checked per module file, with the course's module and
 * competence ids (undefined when course.yaml could not tell them, so nothing is judged).
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import type { QuizRefs } from './reference-view.ts';
import type { DataPath, YamlFile } from './yaml-file.ts';

export interface CourseIds {
  modules: readonly string[] | undefined;
  competences: readonly string[] | undefined;
}

export function checkQuizModules(quiz: QuizRefs, at: DataPath, file: YamlFile, course: CourseIds): ContentError[] {
  const errors: ContentError[] = [];
  const suggest = (value: string, among: readonly string[]) => {
    const suggestion = closest(value, among);
    return suggestion ? { suggestion } : {};
  };
  // A renamed or removed module (or competence) leaves every item that named it behind: one
  // error per unknown name, at its first item, lists the lines of the others.
  const unknownIn = (field: 'module' | 'competence', known: readonly string[] | undefined) => {
    const lines = new Map<string, { first: number; others: number[] }>();
    quiz.items.forEach((item, i) => {
      const value = item?.[field];
      if (value === undefined || !known || known.includes(value)) return;
      const line = file.lineOf([...at, 'items', i, field]);
      const seen = lines.get(value);
      if (seen) seen.others.push(line);
      else lines.set(value, { first: i, others: [] });
    });
    return lines;
  };
  const modules = unknownIn('module', course.modules);
  const competences = unknownIn('competence', course.competences);
  quiz.items.forEach((item, i) => {
    if (!item) return;
    const path = [...at, 'items', i];
    const ids = { quiz: quiz.id, item: item.id };
    if (item.module === undefined) {
      if (quiz.stratify === 'module') errors.push(contentError('QuizItemModuleMissing', ids, file.locate([...path, 'id'])));
    } else if (course.modules && modules.get(item.module)?.first === i) {
      const { others } = modules.get(item.module)!;
      errors.push(
        contentError(
          'QuizItemModuleUnknown',
          { ...ids, module: item.module, modules: [...course.modules], others, ...suggest(item.module, course.modules) },
          file.locate([...path, 'module']),
        ),
      );
    }
    if (item.competence !== undefined && course.competences && competences.get(item.competence)?.first === i) {
      const { others } = competences.get(item.competence)!;
      errors.push(
        contentError(
          'QuizItemCompetenceUnknown',
          { ...ids, competence: item.competence, known: [...course.competences], others, ...suggest(item.competence, course.competences) },
          file.locate([...path, 'competence']),
        ),
      );
    }
  });
  if (quiz.stratify === 'module' && quiz.draw !== undefined) {
    const modules = [...new Set(quiz.items.flatMap((item) => (item?.module === undefined ? [] : [item.module])))];
    if (quiz.draw < modules.length) errors.push(contentError('QuizDrawBelowModules', { quiz: quiz.id, draw: quiz.draw, modules }, file.locate([...at, 'draw'])));
  }
  return errors;
}
