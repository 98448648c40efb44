/**
 * Words of the portfolio of evidence (English, the source locale). Loaded with the portfolio
 * (components/src/portfolio), not at launch. `{{name}}` marks are filled in by the portfolio.
 */
export const portfolio = {
  title: 'Portfolio of evidence',
  intro: 'What {{name}} did in the WORKMENTOR course, ordered by the seven mentor skills: reflections, feedback exercises with self-ratings, conversations practised and quiz results.',
  introNoName: 'What the mentor did in the WORKMENTOR course, ordered by the seven mentor skills: reflections, feedback exercises with self-ratings, conversations practised and quiz results.',
  mentor: 'Mentor: {{name}}',
  madeOn: 'Made on {{date}}',
  fromModule: 'Module: {{module}}',
  nothingYet: 'Nothing recorded for this skill yet.',
  noAnswer: '(no answer)',
  reflection: 'Reflection',
  feedbackExercise: 'Feedback exercise',
  writtenFeedback: 'Feedback written',
  rubric: 'Self-rating against the rubric',
  notRated: '(not rated)',
  sortScore: 'Sorting feedback statements: {{score}}%',
  dialogue: 'Conversation practised',
  ending: 'Ending reached: {{ending}}',
  debrief: 'Debrief',
  conversationScore: 'Best conversation score: {{score}}%',
  quiz: 'Quiz',
  quizScore: 'Best score: {{score}}% (pass mark {{passMark}}%)',
  passed: 'Passed',
  notPassed: 'Not passed yet',
  bySkill: 'Final assessment, this skill: {{right}} of {{total}} questions right',
  certificate: 'Certificate',
  certificateIssued: 'Issued on {{date}}. Verification code: {{code}}',
  certificateNotYet: 'The certificate is issued when the course is complete.',
  fileName: 'portfolio',
} as const;
export type PortfolioStrings = { readonly [K in keyof typeof portfolio]: string };
