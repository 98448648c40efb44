/**
 * Cross-field rules for quizzes and feedback exercises: every answer marked correct must exist,
 * drawing must be possible, every sorted statement must have a category, and an exercise must
 * give the learner something to do. They read only the references (reference-view.ts), so they
 * also judge an activity whose schema failed elsewhere.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import type { ExerciseRefs, QuizRefs } from './reference-view.ts';
import type { DataPath, YamlFile } from './yaml-file.ts';

export function checkQuiz(quiz: QuizRefs, at: DataPath, file: YamlFile): ContentError[] {
  const errors: ContentError[] = [];
  if (quiz.draw !== undefined && quiz.draw > quiz.items.length) {
    errors.push(contentError('QuizDrawTooLarge', { quiz: quiz.id, draw: quiz.draw, pool: quiz.items.length }, file.locate([...at, 'draw'])));
  }
  if (quiz.draw !== undefined && !quiz.shuffle) {
    errors.push(contentError('QuizDrawWithoutShuffle', { quiz: quiz.id }, file.locate([...at, 'shuffle'])));
  }
  quiz.items.forEach((item, i) => {
    if (!item) return;
    const path = [...at, 'items', i];
    const missing = (correct: string, where: PropertyKey[], options: string[]): void => {
      errors.push(contentError('QuizCorrectOptionMissing', { quiz: quiz.id, item: item.id, correct, options }, file.locate(where)));
    };
    const options = item.options?.map((o) => o.id);
    if (item.kind === 'single-choice' && options && typeof item.correct === 'string') {
      if (!options.includes(item.correct)) missing(item.correct, [...path, 'correct'], options);
    }
    if (item.kind === 'multiple-response' && options && Array.isArray(item.correct)) {
      item.correct.forEach((id, k) => {
        if (!options.includes(id)) missing(id, [...path, 'correct', k], options);
      });
    }
    if (item.kind === 'fill-in' && item.accept) {
      item.accept.forEach((answer, k) => {
        if (answer.length > item.maxLength) {
          errors.push(
            contentError('QuizAnswerTooLong', { quiz: quiz.id, item: item.id, answer, maxLength: item.maxLength }, file.locate([...path, 'accept', k])),
          );
        }
      });
    }
  });
  return errors;
}

export function checkFeedbackExercise(exercise: ExerciseRefs, at: DataPath, file: YamlFile): ContentError[] {
  const errors: ContentError[] = [];
  if (exercise.write === undefined && exercise.sort === undefined) {
    errors.push(contentError('ExerciseHasNoTask', { exercise: exercise.id }, file.locate([...at, 'id'])));
  }
  const categories = exercise.sortRefs?.categories.map((c) => c.id) ?? [];
  exercise.sortRefs?.statements.forEach((statement, s) => {
    if (categories.includes(statement.category)) return;
    const suggestion = closest(statement.category, categories);
    errors.push(
      contentError(
        'SortCategoryMissing',
        { exercise: exercise.id, statement: statement.id, category: statement.category, categories, ...(suggestion ? { suggestion } : {}) },
        file.locate([...at, 'sort', 'statements', s, 'category']),
      ),
    );
  });
  return errors;
}
