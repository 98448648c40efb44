/** A reflection with a hinted long prompt and a short one whose limit tests can reach quickly. */
import type { ReflectionData } from '../../../../course/schema/course-data.ts';

export const reflection: ReflectionData = {
  id: 'first-week-reflection',
  type: 'reflection',
  title: 'Looking back on the first week',
  optional: false,
  weight: 0,
  intro: 'Take five minutes. Your answers go to your portfolio; only you and your coach see them.',
  prompts: [
    {
      id: 'surprise',
      text: 'What surprised you in your apprentice’s first week?',
      hint: 'Think of a moment, not a general impression.',
      maxLength: 500,
    },
    { id: 'next-step', text: 'One thing you will do differently next week?', maxLength: 40 },
  ],
};
