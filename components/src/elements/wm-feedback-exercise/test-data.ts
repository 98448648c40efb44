/** A feedback exercise with both tasks (write and sort), and variants with one task each. */
import type { FeedbackExerciseData } from '../../../../course/schema/course-data.ts';
import type { FeedbackExerciseProgress } from '../../runtime/progress.ts';

export const exercise: FeedbackExerciseData = {
  id: 'daily-report-feedback',
  type: 'feedback-exercise',
  title: 'Feedback on a daily report',
  optional: false,
  weight: 0,
  situation: 'Emma is in her second week as an apprentice in a care home. Every day she writes a short report about the residents she helped.',
  sample: {
    title: 'Daily report by Emma, second week',
    text: 'Mr Peeters: washed, breakfast ok.\nMrs Janssens: did not want to eat, I left the tray.\nMr Dubois: fell? Was on the floor when I came in, put him back in bed.',
  },
  write: { prompt: 'Write the feedback you would give Emma about this report.', maxLength: 120 },
  sort: {
    prompt: 'Another mentor wrote these remarks. Sort each one.',
    categories: [
      { id: 'specific', label: 'Specific and usable' },
      { id: 'vague', label: 'Too vague to act on' },
    ],
    statements: [
      { id: 'dubois', text: 'A fall must be reported to the nurse at once, even when the resident seems fine.', category: 'specific', explanation: 'It names the situation and what to do next time.' },
      { id: 'better', text: 'Your reports could be better.', category: 'vague', explanation: 'Emma cannot tell what to change.' },
      { id: 'janssens', text: 'Write down how much Mrs Janssens ate, and tell the nurse when she skips a meal.', category: 'specific', explanation: 'A concrete action for a concrete risk.' },
    ],
  },
  rubric: {
    prompt: 'How well does your feedback do these things?',
    levels: [
      { id: 'not-yet', label: 'Not yet' },
      { id: 'partly', label: 'Partly' },
      { id: 'fully', label: 'Fully' },
    ],
    criteria: [
      { id: 'concrete', text: 'It names concrete behaviour in the report.' },
      { id: 'next-step', text: 'It gives Emma a clear next step.' },
    ],
  },
  model: 'Emma, thank you for writing every day.\nThe line about Mr Dubois worries me: a fall must go to the nurse straight away.\nFor Mrs Janssens, note how much she ate and tell the nurse.',
};

export const sortOnly: FeedbackExerciseData = { ...exercise, id: 'sort-only', write: undefined };
export const writeOnly: FeedbackExerciseData = { ...exercise, id: 'write-only', sort: undefined };

/** Written, sorted (two of three right) and checked, now rating. */
export const atRate: FeedbackExerciseProgress = {
  type: 'feedback-exercise',
  stage: 'rate',
  written: 'Emma, report the fall of Mr Dubois to the nurse.\nWell done for writing daily.',
  sorted: { dubois: 'specific', better: 'vague', janssens: 'vague' },
  checked: true,
  ratings: { concrete: 'partly' },
  score: 67,
};

export const atCompare: FeedbackExerciseProgress = { ...atRate, stage: 'compare', ratings: { concrete: 'partly', 'next-step': 'fully' } };
