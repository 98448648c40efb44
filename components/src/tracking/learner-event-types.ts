/** Every learner event type as plain data, for code that must not pull zod into the player. */
export const LEARNER_EVENT_TYPES = [
  'launched',
  'activity-experienced',
  'choice-made',
  'dialogue-ended',
  'quiz-started',
  'quiz-item-answered',
  'quiz-submitted',
  'exercise-checked',
  'exercise-completed',
  'reflection-saved',
  'activity-completed',
  'module-completed',
  'course-status',
  'certificate-issued',
  'suspended',
  'terminated',
] as const;
