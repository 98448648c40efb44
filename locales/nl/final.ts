/** Interface text of the final assessment (Dutch, as used in Flanders); see locales/en/final.ts. */
import type { Messages } from '../messages.ts';
import type { final as source } from '../en/final.ts';

export const final: Messages<typeof source> = {
  locked: 'De eindtoets gaat open zodra je deze modules hebt afgewerkt:',
  noAnswersDuring: 'Je ziet je resultaat op het einde, niet na elke vraag.',
  hours_one: '{{count}} uur',
  hours_other: '{{count}} uur',
  roundWait: 'Heb je deze pogingen gebruikt, dan kun je {{wait}} na je laatste poging opnieuw proberen.',
  roundTrainer: 'Heb je deze pogingen gebruikt, dan kan je begeleider de toets opnieuw voor je openzetten.',
  save: 'Antwoord bewaren',
  saved: 'Je antwoord is bewaard. Je ziet je resultaat op het einde.',
  waiting: 'Je hebt alle pogingen van deze ronde gebruikt. Je kunt opnieuw proberen vanaf {{time}}.',
  closed: 'Je hebt al je pogingen gebruikt. Vraag je begeleider om de eindtoets opnieuw open te zetten, en geef deze aanvraagcode door:',
  requestCode: 'Aanvraagcode: {{code}}',
  reopenLabel: 'Code van je begeleider',
  reopen: 'Openen en starten',
  reopenTypo: 'Er zit een tikfout in deze code. Kijk elk teken na en probeer opnieuw.',
  reopenWrong: 'Dit is niet de code die bij je aanvraagcode hoort. Kijk het na met je begeleider.',
  perCompetence: 'Je resultaat per competentie',
  competence: 'Competentie',
  right: 'Juiste antwoorden',
  rightOf: '{{right}} van {{total}}',
  noAnswersShown: 'Om de toets eerlijk te houden, zie je niet welke antwoorden juist waren.',
};
