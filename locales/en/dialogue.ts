/** Interface text for the dialogue namespace (English, the source locale). */
export const dialogue = {
  scene: 'The situation',
  sector: 'Sector: {{sector}}',
  cast: 'Who is who',
  roles: {
    apprentice: 'Apprentice',
    intern: 'Intern',
    mentor: 'Workplace mentor',
    'school-supervisor': 'School supervisor',
    // The Flemish trajectbegeleider; English readers know the role as the school's coach.
    'trajectory-coach': 'School coach',
    employer: 'Employer',
    teacher: 'Teacher',
    'job-coach': 'Job coach',
    colleague: 'Colleague',
    customer: 'Customer',
    parent: 'Parent',
  },
  youPlay: 'You play this part',
  conversation: 'The conversation',
  you: '{{name}} (you)',
  yourReply: 'What do you say?',
  confirm: 'Say this',
  chooseFirst: 'Choose what you want to say first.',
  quality: {
    good: 'Good choice',
    acceptable: 'Could be better',
    poor: 'Not helpful',
  },
  said: '{{name}}: {{text}}',
  // The coach's note on a reply, for the live region: "Good choice: You name the facts ...".
  noteSaid: '{{quality}}: {{text}}',
  // While the other character's lines appear one by one: shows them all at once.
  showAll: 'Show all now',
  ended: 'The conversation has ended: {{title}}',
  outcome: {
    positive: 'Outcome: it went well',
    mixed: 'Outcome: it went partly well',
    negative: 'Outcome: it went badly',
  },
  score_one: 'You scored {{score}} of {{count}} point.',
  score_other: 'You scored {{score}} of {{count}} points.',
  best: 'Your best run so far: {{percent}}% of the points.',
  yourChoices: 'Your choices',
  tryAgain: 'Try again',
  restarted: 'The conversation starts again from the beginning.',
} as const;
