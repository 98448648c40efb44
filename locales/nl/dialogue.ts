/** Interface text for the dialogue namespace (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { dialogue as source } from '../en/dialogue.ts';

export const dialogue: Messages<typeof source> = {
  scene: 'De situatie',
  sector: 'Sector: {{sector}}',
  cast: 'Wie is wie',
  roles: {
    apprentice: 'Leerling',
    intern: 'Stagiair',
    mentor: 'Mentor op de werkplek',
    'school-supervisor': 'Trajectbegeleider',
    'trajectory-coach': 'Trajectbegeleider',
    employer: 'Werkgever',
    teacher: 'Leerkracht',
    'job-coach': 'Jobcoach',
    colleague: 'Collega',
    customer: 'Klant',
    parent: 'Ouder',
  },
  youPlay: 'Deze rol speel jij',
  conversation: 'Het gesprek',
  you: '{{name}} (jij)',
  yourReply: 'Wat zeg je?',
  confirm: 'Dit zeg ik',
  chooseFirst: 'Kies eerst wat je wilt zeggen.',
  quality: {
    good: 'Goede keuze',
    acceptable: 'Kan beter',
    poor: 'Niet behulpzaam',
  },
  said: '{{name}}: {{text}}',
  noteSaid: '{{quality}}: {{text}}',
  showAll: 'Nu alles tonen',
  ended: 'Het gesprek is afgelopen: {{title}}',
  outcome: {
    positive: 'Afloop: het liep goed',
    mixed: 'Afloop: het liep half goed',
    negative: 'Afloop: het liep slecht',
  },
  score_one: 'Je behaalde {{score}} van {{count}} punt.',
  score_other: 'Je behaalde {{score}} van {{count}} punten.',
  best: 'Je beste poging tot nu toe: {{percent}}% van de punten.',
  yourChoices: 'Jouw keuzes',
  tryAgain: 'Opnieuw proberen',
  restarted: 'Het gesprek begint opnieuw.',
};
