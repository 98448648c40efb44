/**
 * A small dialogue for the element tests: two decisions deep, three endings, 5 points on the
 * best path. Sam has a look from the cast registry; `withoutLooks` is the same dialogue in a
 * course without a registry.
 */
import type { CastLook } from '../../../../course/schema/cast-registry.ts';
import type { DialogueData } from '../../../../course/schema/course-data.ts';

const samLook: Omit<CastLook, 'alt'> = {
  skin: 'medium',
  face: 'round',
  hair: 'curly',
  hairColour: 'brown',
  facialHair: 'none',
  glasses: 'none',
  headwear: 'none',
  earrings: false,
  age: 'young',
  outfit: 'overalls',
  colour: 'teal',
};

export const lateAgain: DialogueData = {
  type: 'dialogue',
  id: 'late-again',
  title: 'Late again',
  optional: false,
  weight: 0,
  scene: 'Monday, 9:20. Sam, your apprentice, walks into the workshop twenty minutes late, for the third time this month.',
  sector: 'Construction',
  cast: [
    { id: 'anna', name: 'Anna', role: 'mentor', description: 'Site mentor for eight years.' },
    {
      id: 'sam',
      name: 'Sam',
      role: 'apprentice',
      description: '17, second year of carpentry.',
      look: { ...samLook, alt: 'A teenage boy with brown curly hair, in blue work overalls.' },
    },
  ],
  player: 'anna',
  start: 'open',
  nodes: [
    {
      id: 'open',
      lines: [{ speaker: 'sam', text: 'Sorry, the bus was late again.' }],
      choices: [
        { id: 'listen', text: 'That is the third time. What is going on?', quality: 'good', score: 3, feedback: 'You name the facts and invite Sam to explain.', next: 'talk' },
        { id: 'blame', text: 'Every week the same excuse.', quality: 'poor', score: 0, feedback: 'Sam hears blame and closes up.', next: 'bad-end' },
        { id: 'skip', text: 'Fine, just start working.', quality: 'acceptable', score: 1, feedback: 'Quick, but the pattern stays untouched.', next: 'talk' },
      ],
    },
    {
      id: 'talk',
      lines: [
        { speaker: 'sam', text: 'My mother works nights now, so I take my little brother to school.' },
        { speaker: 'sam', text: 'The next bus only leaves at eight.' },
      ],
      choices: [
        { id: 'plan', text: 'Let us look at your hours together and call your school supervisor.', quality: 'good', score: 2, feedback: 'You solve it with Sam and involve the school.', next: 'good-end' },
        { id: 'rule', text: 'Rules are rules.', quality: 'poor', score: 0, feedback: 'The rule is clear, but the problem remains.', next: 'mixed-end' },
      ],
    },
    {
      id: 'good-end',
      lines: [{ speaker: 'sam', text: 'Thanks. I did not dare to ask.' }],
      ending: { outcome: 'positive', title: 'A plan together', debrief: 'Naming the pattern and asking why opened the real problem.' },
    },
    {
      id: 'mixed-end',
      lines: [{ speaker: 'sam', text: 'OK.' }],
      ending: { outcome: 'mixed', title: 'On time, for now', debrief: 'Sam will try, but nothing changed at home.' },
    },
    {
      id: 'bad-end',
      lines: [],
      ending: { outcome: 'negative', title: 'Closed door', debrief: 'Blame made Sam defensive; you never heard the reason.' },
    },
  ],
};

export const withoutLooks: DialogueData = { ...lateAgain, cast: lateAgain.cast.map(({ look: _look, ...member }) => member) };
