/** Quizzes for the element tests: one item of every kind, plus helpers to build progress in any state. */
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import type { QuizProgress, QuizResponse } from '../../runtime/progress.ts';

const feedback = (topic: string) => ({ correct: `Right: ${topic} explained.`, incorrect: `Not quite: ${topic} explained.` });

export const items: QuizItem[] = [
  {
    id: 'agreement', kind: 'single-choice', prompt: 'Who signs the learning agreement?', feedback: feedback('agreement'), correct: 'all-three',
    options: [
      { id: 'mentor', text: 'The mentor alone' },
      { id: 'all-three', text: 'The learner, the school and the company' },
      { id: 'school', text: 'The school alone' },
    ],
  },
  {
    id: 'useful-feedback', kind: 'multiple-response', prompt: 'What makes feedback useful?', feedback: feedback('feedback'), correct: ['specific', 'timely'],
    options: [
      { id: 'specific', text: 'It is specific' },
      { id: 'timely', text: 'It comes soon after the work' },
      { id: 'vague', text: 'It stays general' },
    ],
  },
  { id: 'first-day', kind: 'true-false', prompt: 'A new apprentice gets a tour on the first day.', feedback: feedback('first day'), correct: true },
  {
    id: 'roles', kind: 'matching', prompt: 'Match each person with their task.', feedback: feedback('roles'),
    pairs: [
      { id: 'mentor', prompt: 'Workplace mentor', match: 'Guides learning at work' },
      { id: 'supervisor', prompt: 'School supervisor', match: 'Follows up from school' },
      { id: 'apprentice', prompt: 'Apprentice', match: 'Learns on the job' },
    ],
  },
  {
    id: 'feedback-steps', kind: 'ordering', prompt: 'Put the feedback steps in order.', feedback: feedback('steps'),
    steps: [
      { id: 'observe', text: 'Observe' },
      { id: 'describe', text: 'Describe what you saw' },
      { id: 'effect', text: 'Name the effect' },
      { id: 'ask', text: 'Ask for their view' },
    ],
  },
  { id: 'portfolio', kind: 'fill-in', prompt: 'Where does the learner collect evidence of learning?', feedback: feedback('portfolio'), accept: ['portfolio'], caseSensitive: false, maxLength: 30 },
];

/** Six items in authored order, options unshuffled (matches and steps are always shuffled). */
export const allKinds: QuizData = {
  type: 'quiz', id: 'mentor-basics', title: 'Mentor basics', optional: false, weight: 1,
  intro: 'Check what you know about the basics of mentoring.',
  passMark: 60, attempts: 2, shuffle: false, feedback: 'item', items,
};

/** Three of six items per attempt, shuffled, unlimited attempts. */
export const drawnQuiz: QuizData = { ...allKinds, id: 'drawn', attempts: 0, draw: 3, shuffle: true };

export const itemOf = (id: string): QuizItem => items.find((i) => i.id === id)!;

/** A right answer for every item. */
export const rightAnswers: Record<string, QuizResponse> = {
  agreement: { kind: 'single-choice', option: 'all-three' },
  'useful-feedback': { kind: 'multiple-response', options: ['specific', 'timely'] },
  'first-day': { kind: 'true-false', value: true },
  roles: { kind: 'matching', matches: { mentor: 'mentor', supervisor: 'supervisor', apprentice: 'apprentice' } },
  'feedback-steps': { kind: 'ordering', order: ['observe', 'describe', 'effect', 'ask'] },
  portfolio: { kind: 'fill-in', text: 'Portfolio' },
};

/** A wrong answer for every item. */
export const wrongAnswers: Record<string, QuizResponse> = {
  agreement: { kind: 'single-choice', option: 'mentor' },
  'useful-feedback': { kind: 'multiple-response', options: ['specific', 'vague'] },
  'first-day': { kind: 'true-false', value: false },
  roles: { kind: 'matching', matches: { mentor: 'supervisor', supervisor: 'mentor', apprentice: 'apprentice' } },
  'feedback-steps': { kind: 'ordering', order: ['ask', 'observe', 'describe', 'effect'] },
  portfolio: { kind: 'fill-in', text: 'diary' },
};

/** Progress with an open (or submitted) first attempt over `itemIds`, some answered. */
export function attemptProgress(
  itemIds: string[],
  answers: Record<string, QuizResponse> = {},
  extra: Partial<QuizProgress> & { submitted?: boolean; score?: number } = {},
): QuizProgress {
  const { submitted = false, score, ...rest } = extra;
  return {
    type: 'quiz',
    attemptsUsed: submitted ? 1 : 0,
    passed: false,
    ...rest,
    current: { items: itemIds, answers, submitted, ...(score !== undefined ? { score } : {}) },
  };
}
