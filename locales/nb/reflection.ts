/** Interface text for reflections (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { reflection as source } from '../en/reflection.ts';

export const reflection: Messages<typeof source> = {
  save: 'Lagre i mappen min',
  saved: 'Lagret i mappen din. Du kan fortsatt endre svarene; endringer tas vare på mens du skriver.',
  answerFirst: 'Skriv et svar på dette spørsmålet.',
  missing_one: '{{count}} spørsmål mangler svar.',
  missing_other: '{{count}} spørsmål mangler svar.',
  download: 'Last ned svarene mine',
  noAnswer: '(ikke besvart)',
  fileQuestion: 'Spørsmål',
  fileAnswer: 'Svar',
  fileSavedOn: 'Lastet ned {{date}}',
};
