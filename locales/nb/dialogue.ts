/** Interface text for the dialogue namespace (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { dialogue as source } from '../en/dialogue.ts';

export const dialogue: Messages<typeof source> = {
  scene: 'Situasjonen',
  sector: 'Bransje: {{sector}}',
  cast: 'Hvem er hvem',
  roles: {
    apprentice: 'Lærling',
    intern: 'Praktikant',
    mentor: 'Instruktør',
    'school-supervisor': 'Kontaktperson (skole eller opplæringskontor)',
    'trajectory-coach': 'Oppfølgingsansvarlig',
    employer: 'Arbeidsgiver',
    teacher: 'Lærer',
    'job-coach': 'Jobbcoach',
    colleague: 'Kollega',
    customer: 'Kunde',
    parent: 'Forelder',
  },
  youPlay: 'Denne rollen spiller du',
  conversation: 'Samtalen',
  you: '{{name}} (deg)',
  yourReply: 'Hva sier du?',
  confirm: 'Si dette',
  chooseFirst: 'Velg først hva du vil si.',
  quality: {
    good: 'Godt valg',
    acceptable: 'Kunne vært bedre',
    poor: 'Ikke til hjelp',
  },
  said: '{{name}}: {{text}}',
  noteSaid: '{{quality}}: {{text}}',
  showAll: 'Vis alt nå',
  ended: 'Samtalen er slutt: {{title}}',
  outcome: {
    positive: 'Utfall: det gikk bra',
    mixed: 'Utfall: det gikk delvis bra',
    negative: 'Utfall: det gikk dårlig',
  },
  score_one: 'Du fikk {{score}} av {{count}} poeng.',
  score_other: 'Du fikk {{score}} av {{count}} poeng.',
  best: 'Ditt beste forsøk så langt: {{percent}} % av poengene.',
  yourChoices: 'Valgene dine',
  tryAgain: 'Prøv igjen',
  restarted: 'Samtalen begynner på nytt.',
};
