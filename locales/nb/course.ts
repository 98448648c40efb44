/** Interface text of the course shell (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { course as source } from '../en/course.ts';

export const course: Messages<typeof source> = {
  skipToContent: 'Hopp til innholdet',
  contents: 'Innhold',
  showContents: 'Vis innhold',
  hideContents: 'Skjul innhold',
  language: 'Språk',
  progress: '{{percent}} % fullført',
  activitiesDone: '{{done}} av {{total}} aktiviteter fullført',
  moduleLabel: 'Modul {{number}}',
  previous: 'Forrige',
  next: 'Neste',
  loading: 'Kurset lastes inn …',
  loadFailed: 'Kurset kunne ikke lastes inn. Sjekk tilkoblingen og last inn siden på nytt.',
  activityLoadFailed: 'Denne delen av kurset kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.',
  tryAgain: 'Prøv igjen',
  welcomeBack: 'Velkommen tilbake. Du fortsetter der du slapp.',
  saveFailed: 'Framdriften din kunne ikke lagres akkurat nå. La siden være åpen; den prøver igjen.',
  textLimited: 'Læringsplattformen din lagrer bare en begrenset mengde tekst for dette kurset, så noen svar her er kortere enn vanlig. Last ned svarene dine for å ta vare på lengre notater.',
  status: {
    'not-started': 'Ikke startet',
    'in-progress': 'Påbegynt',
    completed: 'Fullført',
  },
  activityType: {
    page: 'Lesing',
    dialogue: 'Samtale',
    'feedback-exercise': 'Tilbakemeldingsøvelse',
    quiz: 'Quiz',
    reflection: 'Refleksjon',
    certificate: 'Kursbevis',
  },
};
