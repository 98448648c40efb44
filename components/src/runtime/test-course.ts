/**
 * Small, valid course data for runtime and tracking tests, built through `CourseDataSchema` so
 * a fixture can never drift from the content model. Every builder takes overrides, so a test
 * states only what it is about (a weight, a maxLength, a reporting mode).
 */
import { CourseDataSchema, type CourseData } from '../../../course/schema/course-data.ts';

type Overrides = Record<string, unknown>;

export const page = (id: string, o: Overrides = {}) => ({ id, type: 'page', title: `Page ${id}`, html: '<p>Text</p>', weight: 0, ...o });

export const certificate = (id = 'certificate', o: Overrides = {}) => ({
  id,
  type: 'certificate',
  title: 'Certificate',
  heading: 'Work Mentor Certificate',
  statement: 'has completed the training',
  issuer: 'Test Org',
  weight: 0,
  ...o,
});

const choice = (id: string, next: string, score: number, quality = 'good') => ({ id, text: id, quality, score, feedback: 'Why.', next });

/** start -> (listen | lecture) -> ... two endings; the longest path has three choices. */
export const dialogue = (id: string, o: Overrides = {}) => ({
  id,
  type: 'dialogue',
  title: `Dialogue ${id}`,
  scene: 'Monday morning at the shop.',
  cast: [
    { id: 'mentor', name: 'Mia', role: 'mentor' },
    { id: 'emma', name: 'Emma', role: 'apprentice' },
  ],
  player: 'mentor',
  start: 'start',
  weight: 1,
  nodes: [
    { id: 'start', lines: [{ speaker: 'emma', text: 'Hi.' }], choices: [choice('listen', 'asked', 2), choice('lecture', 'defensive', 0, 'poor')] },
    { id: 'defensive', lines: [{ speaker: 'emma', text: 'Hm.' }], choices: [choice('apologise', 'asked', 1, 'acceptable'), choice('insist', 'bad-end', 0, 'poor')] },
    { id: 'asked', lines: [{ speaker: 'emma', text: 'OK.' }], choices: [choice('plan', 'good-end', 2), choice('shrug', 'bad-end', 0, 'poor')] },
    { id: 'good-end', lines: [], ending: { outcome: 'positive', title: 'Good', debrief: 'Well done.' } },
    { id: 'bad-end', lines: [], ending: { outcome: 'negative', title: 'Bad', debrief: 'Try again.' } },
  ],
  ...o,
});

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, text: `Option ${i + 1}` }));
const feedback = { correct: 'Right.', incorrect: 'Not quite.' };

/** One item of each kind. */
export const quizItems = () => [
  { id: 'single', kind: 'single-choice', prompt: 'Pick one', feedback, options: options(4), correct: 'o2' },
  { id: 'multi', kind: 'multiple-response', prompt: 'Pick some', feedback, options: options(5), correct: ['o1', 'o3'] },
  { id: 'tf', kind: 'true-false', prompt: 'True?', feedback, correct: true },
  {
    id: 'match',
    kind: 'matching',
    prompt: 'Match',
    feedback,
    pairs: [1, 2, 3].map((i) => ({ id: `p${i}`, prompt: `Left ${i}`, match: `Right ${i}` })),
  },
  { id: 'order', kind: 'ordering', prompt: 'Order', feedback, steps: options(4) },
  { id: 'fill', kind: 'fill-in', prompt: 'Fill in', feedback, accept: ['listen'], maxLength: 40 },
];

export const quiz = (id: string, o: Overrides = {}) => ({ id, type: 'quiz', title: `Quiz ${id}`, passMark: 60, attempts: 3, items: quizItems(), weight: 1, ...o });

export const feedbackExercise = (id: string, o: Overrides = {}) => ({
  id,
  type: 'feedback-exercise',
  title: `Exercise ${id}`,
  situation: 'Emma wrote a report.',
  sample: { title: 'Report', text: 'It went fine.' },
  write: { prompt: 'Write feedback.', maxLength: 300 },
  sort: {
    prompt: 'Sort these.',
    categories: [
      { id: 'specific', label: 'Specific' },
      { id: 'vague', label: 'Vague' },
    ],
    statements: ['s1', 's2', 's3'].map((s, i) => ({ id: s, text: s, category: i % 2 ? 'vague' : 'specific', explanation: 'Because.' })),
  },
  rubric: {
    prompt: 'Rate your feedback.',
    levels: [
      { id: 'weak', label: 'Weak' },
      { id: 'ok', label: 'OK' },
      { id: 'strong', label: 'Strong' },
    ],
    criteria: [
      { id: 'concrete', text: 'Concrete' },
      { id: 'kind', text: 'Kind' },
    ],
  },
  model: 'A model answer.',
  weight: 1,
  ...o,
});

export const reflection = (id: string, o: Overrides = {}) => ({
  id,
  type: 'reflection',
  title: `Reflection ${id}`,
  weight: 0,
  prompts: [
    { id: 'what', text: 'What happened?', maxLength: 200 },
    { id: 'next', text: 'What next?', maxLength: 100 },
  ],
  ...o,
});

export const module = (id: string, activities: Overrides[], o: Overrides = {}) => ({
  id,
  title: `Module ${id}`,
  summary: 'A module.',
  objectives: [{ id: 'obj', text: 'Learn.', competences: ['coach'] }],
  activities,
  ...o,
});

/** A valid course from modules (defaults: passMark 70, reporting passed-incomplete). */
export function makeCourse(modules: Overrides[], o: Overrides = {}): CourseData {
  return CourseDataSchema.parse({
    id: 'test-course',
    version: '1.0.0',
    title: 'Test course',
    description: 'For tests.',
    locales: ['en'],
    locale: 'en',
    baseIri: 'https://example.org/courses/test',
    competences: [{ id: 'coach', title: 'Coaching' }],
    mastery: { passMark: 70 },
    reporting: 'passed-incomplete',
    modules,
    ...o,
  });
}

/** A course with every activity type: what most runtime tests need. */
export const sampleCourse = (o: Overrides = {}): CourseData =>
  makeCourse(
    [
      module('welcome', [page('intro'), dialogue('first-day'), quiz('check')]),
      module('feedback', [feedbackExercise('sort-it'), reflection('looking-back'), page('extra', { optional: true })]),
      module('finish', [certificate()]),
    ],
    o,
  );

