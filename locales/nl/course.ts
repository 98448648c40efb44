/** Interface text of the course shell (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { course as source } from '../en/course.ts';

export const course: Messages<typeof source> = {
  skipToContent: 'Naar de inhoud',
  contents: 'Inhoud',
  showContents: 'Inhoud tonen',
  hideContents: 'Inhoud verbergen',
  language: 'Taal',
  progress: '{{percent}}% afgewerkt',
  activitiesDone: '{{done}} van {{total}} activiteiten afgewerkt',
  moduleLabel: 'Module {{number}}',
  previous: 'Vorige',
  next: 'Volgende',
  loading: 'De opleiding wordt geladen…',
  loadFailed: 'De opleiding kon niet geladen worden. Controleer je verbinding en laad de pagina opnieuw.',
  activityLoadFailed: 'Dit deel van de opleiding kon niet geladen worden. Controleer je verbinding en probeer opnieuw.',
  tryAgain: 'Opnieuw proberen',
  welcomeBack: 'Welkom terug. Je gaat verder waar je gebleven was.',
  saveFailed: 'Je voortgang kon nu niet bewaard worden. Laat deze pagina open; we proberen het opnieuw.',
  textLimited: 'Je leerplatform bewaart maar een beperkte hoeveelheid tekst voor deze opleiding, dus sommige antwoorden hier zijn korter dan gewoonlijk. Download je antwoorden om langere notities te bewaren.',
  status: {
    'not-started': 'Niet begonnen',
    'in-progress': 'Bezig',
    completed: 'Afgewerkt',
  },
  activityType: {
    page: 'Lezen',
    dialogue: 'Gesprek',
    'feedback-exercise': 'Feedbackoefening',
    quiz: 'Quiz',
    reflection: 'Reflectie',
    certificate: 'Certificaat',
  },
};
