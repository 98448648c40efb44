/**
 * The SCORM interaction type of each quiz item kind. SCORM 1.2 and 2004 name them the same way;
 * only the response formats differ (see each version's mapping).
 */
import type { QuizItemKind } from '../../../../course/schema/activities/quiz.ts';

export const INTERACTION_TYPE: Record<QuizItemKind, string> = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  matching: 'matching',
  ordering: 'sequencing',
  'fill-in': 'fill-in',
};
