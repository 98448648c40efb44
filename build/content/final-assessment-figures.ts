/**
 * Figures about the final assessment in one language: its pool per course module, and how the
 * test-wise guesser fares: its expected score on the pool, its exact chance to pass one attempt
 * with the quiz's draw (draw-pass-probability.ts), and its chance to pass within the attempts a
 * learner gets before a wait (`finalAssessment.attempts` in course.yaml).
 *
 * The final assessment is the quiz `finalAssessment.activity` names. A course that does not name
 * one (written before that field existed) is judged by its only quiz that counts (`weight` above
 * 0) when it has exactly one, with that quiz's own `attempts`: in effect it is the final.
 */
import type { CourseData, QuizData } from '../../course/schema/course-data.ts';
import type { Place } from './content-place.ts';
import { passProbability, passWithin } from './draw-pass-probability.ts';
import { quizCues } from './quiz-cues.ts';

export interface FinalFigures {
  /** The module that holds the final assessment, and the quiz. */
  module: string;
  quiz: string;
  at: Place;
  /** Where the draw is set (or the quiz, when it draws the whole pool). */
  drawAt: Place;
  pool: number;
  draw: number;
  passMark: number;
  stratified: boolean;
  /** Attempts before a wait; 0 = unlimited. */
  attempts: number;
  /** Items per course module other than the final's own, in course order. */
  perModule: { module: string; items: number }[];
  /** Items that name no module. */
  withoutModule: number;
  /** The guesser's expected number of right answers over the pool. */
  guesserScore: number;
  passPerAttempt: number;
  passWithinAttempts: number;
}

interface FoundFinal {
  module: CourseData['modules'][number];
  quiz: QuizData;
  index: number;
  attempts: number;
}

export function findFinalAssessment(course: CourseData): FoundFinal | undefined {
  const declared = course.finalAssessment;
  if (declared) {
    const [moduleId, activityId] = declared.activity.split('/');
    const module = course.modules.find((m) => m.id === moduleId);
    const index = module?.activities.findIndex((a) => a.id === activityId) ?? -1;
    const quiz = module?.activities[index];
    return module && quiz?.type === 'quiz' ? { module, quiz, index, attempts: declared.attempts } : undefined;
  }
  const counted = course.modules.flatMap((module) =>
    module.activities.flatMap((a, index) => (a.type === 'quiz' && a.weight > 0 ? [{ module, quiz: a, index, attempts: a.attempts }] : [])),
  );
  return counted.length === 1 ? counted[0] : undefined;
}

export function finalAssessmentFigures(course: CourseData): FinalFigures | undefined {
  const found = findFinalAssessment(course);
  if (!found) return undefined;
  const { module, quiz, index, attempts } = found;
  const cues = quizCues({ ...module, activities: [quiz] }, course.locale)[0]!;
  const stratified = quiz.stratify === 'module';
  const draw = Math.min(quiz.draw ?? quiz.items.length, quiz.items.length);
  const passPerAttempt = passProbability({
    draw,
    passMark: quiz.passMark,
    stratified,
    items: cues.guesser.map((g) => ({ chance: g.chance, group: g.module })),
  });
  return {
    module: module.id,
    quiz: quiz.id,
    at: { path: ['activities', index, 'id'] },
    drawAt: { path: ['activities', index, quiz.draw === undefined ? 'id' : 'draw'] },
    pool: quiz.items.length,
    draw,
    passMark: quiz.passMark,
    stratified,
    attempts,
    perModule: course.modules.filter((m) => m.id !== module.id).map((m) => ({ module: m.id, items: quiz.items.filter((i) => i.module === m.id).length })),
    withoutModule: quiz.items.filter((i) => i.module === undefined).length,
    guesserScore: cues.guesserScore,
    passPerAttempt,
    passWithinAttempts: passWithin(passPerAttempt, attempts),
  };
}
