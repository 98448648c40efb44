/** Interface text of the final assessment (Norwegian bokmål); see locales/en/final.ts. */
import type { Messages } from '../messages.ts';
import type { final as source } from '../en/final.ts';

export const final: Messages<typeof source> = {
  locked: 'Den avsluttende testen åpner når du har fullført disse modulene:',
  noAnswersDuring: 'Du ser resultatet ditt til slutt, ikke etter hvert spørsmål.',
  hours_one: '{{count}} time',
  hours_other: '{{count}} timer',
  roundWait: 'Når du har brukt disse forsøkene, kan du prøve igjen {{wait}} etter det siste forsøket ditt.',
  roundTrainer: 'Når du har brukt disse forsøkene, kan kursholderen åpne testen igjen for deg.',
  save: 'Lagre svaret',
  saved: 'Svaret ditt er lagret. Du ser resultatet ditt til slutt.',
  waiting: 'Du har brukt alle forsøkene i denne runden. Du kan prøve igjen fra {{time}}.',
  closed: 'Du har brukt alle forsøkene dine. Be kursholderen om å åpne den avsluttende testen igjen, og gi hen denne forespørselskoden:',
  requestCode: 'Forespørselskode: {{code}}',
  reopenLabel: 'Kode fra kursholderen',
  reopen: 'Åpne og start',
  reopenTypo: 'Koden har en skrivefeil. Sjekk hvert tegn og prøv igjen.',
  reopenWrong: 'Dette er ikke koden som hører til forespørselskoden din. Sjekk den med kursholderen.',
  perCompetence: 'Resultatet ditt per kompetanse',
  competence: 'Kompetanse',
  right: 'Riktige svar',
  rightOf: '{{right}} av {{total}}',
  noAnswersShown: 'For at testen skal være rettferdig, viser den ikke hvilke svar som var riktige.',
};
