/** Interface text for reflections (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { reflection as source } from '../en/reflection.ts';

export const reflection: Messages<typeof source> = {
  save: 'Bewaar in mijn portfolio',
  saved: 'Bewaard in je portfolio. Je kunt je antwoorden nog aanpassen; wijzigingen worden bijgehouden terwijl je typt.',
  answerFirst: 'Schrijf een antwoord op deze vraag.',
  missing_one: 'Op {{count}} vraag heb je nog niet geantwoord.',
  missing_other: 'Op {{count}} vragen heb je nog niet geantwoord.',
  download: 'Download mijn antwoorden',
  noAnswer: '(geen antwoord)',
  fileQuestion: 'Vraag',
  fileAnswer: 'Antwoord',
  fileSavedOn: 'Gedownload op {{date}}',
};
