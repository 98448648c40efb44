/**
 * The facilitator guide's own words (headings, labels, counts) in every course locale. They live
 * here, not in `locales/`: those are the learner player's interface strings, bundled into every
 * package, and a learner never sees the guide. English is required; a course language without
 * its entry gets English headings and a build warning (locale-fallback.ts), so adding a course
 * language needs no edit here, and translating these words is one entry more.
 */
import type { CastRole } from '../../course/schema/activities/dialogue.ts';
import type { ActivityData } from '../../course/schema/course-data.ts';
import { entryFor, type LocaleTable } from '../locale-fallback.ts';

export interface GuideText {
  /** The document title and first heading, before the course title. */
  guideTitle: string;
  version: (version: string) => string;
  contents: string;
  overview: string;
  module: string;
  minutes: string;
  total: string;
  /** "Module 3" as a heading prefix. */
  moduleNumber: (n: number) => string;
  objectives: string;
  competences: string;
  facilitatorNotes: string;
  sessionLength: (minutes: number) => string;
  questions: string;
  watchFor: string;
  noNotes: string;
  /** The timed plan of a live session: heading and column labels. */
  sessionPlan: string;
  start: string;
  step: string;
  /** The last row of the plan: when the session ends. */
  end: string;
  sources: string;
  /** The course-wide list of sources at the end of the guide. */
  courseSources: string;
  courseSourcesIntro: string;
  templates: string;
  templatesIntro: string;
  /** "Used in: Module 2, Module 5" after a template or a source. */
  usedIn: (modules: string) => string;
  /** A template no module page links to. */
  notLinked: string;
  activities: string;
  activity: string;
  type: string;
  details: string;
  optional: string;
  activityTypes: Record<ActivityData['type'], string>;
  roles: Record<CastRole, string>;
  /** After the cast member the learner plays. */
  playedByLearner: string;
  cast: string;
  sector: string;
  decisionPoints: (n: number) => string;
  endings: (n: number) => string;
  items: (n: number) => string;
  drawn: (n: number) => string;
  passMark: (percent: number) => string;
  attempts: (n: number) => string;
  /** The final assessment: a new round of attempts after a wait. */
  retryAfter: (hours: number) => string;
  /** The final assessment: only a trainer's reopen code opens a new round. */
  reopenByTrainer: string;
  opensAfterModules: string;
  summaryFeedback: string;
  prompts: (n: number) => string;
  statements: (n: number) => string;
  rubricCriteria: (n: number) => string;
  writtenTask: string;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const GUIDE_TEXT: LocaleTable<GuideText> = {
  en: {
    guideTitle: 'Facilitator guide',
    version: (v) => `Version ${v}`,
    contents: 'Contents',
    overview: 'Session overview',
    module: 'Module',
    minutes: 'Minutes',
    total: 'Total',
    moduleNumber: (n) => `Module ${n}`,
    objectives: 'Objectives',
    competences: 'Competences',
    facilitatorNotes: 'Facilitator notes',
    sessionLength: (m) => `Session length: ${m} minutes`,
    questions: 'Discussion questions',
    watchFor: 'What to watch for',
    noNotes: 'This module has no facilitator notes.',
    sessionPlan: 'Session plan',
    start: 'Start',
    step: 'Step',
    end: 'End',
    sources: 'Sources',
    courseSources: 'Sources for the whole course',
    courseSourcesIntro: 'The public sources behind the facts in this course, with the modules that use them. Check them before a session: rules, names and addresses change.',
    templates: 'Printable templates',
    templatesIntro:
      'Forms that mentors fill in with their apprentice. Every course package carries them, and they are in the templates folder beside this guide. Print them or save them as PDF.',
    usedIn: (m) => `Used in: ${m}`,
    notLinked: 'Not linked from a module page yet.',
    activities: 'Activities',
    activity: 'Activity',
    type: 'Type',
    details: 'Details',
    optional: 'optional',
    activityTypes: {
      page: 'Page',
      dialogue: 'Dialogue',
      'feedback-exercise': 'Feedback exercise',
      quiz: 'Quiz',
      reflection: 'Reflection',
      certificate: 'Certificate',
    },
    roles: {
      apprentice: 'apprentice',
      intern: 'intern',
      mentor: 'mentor',
      'school-supervisor': 'school supervisor',
      'trajectory-coach': 'trajectory coach',
      employer: 'employer',
      teacher: 'teacher',
      'job-coach': 'job coach',
      colleague: 'colleague',
      customer: 'customer',
      parent: 'parent',
    },
    playedByLearner: 'played by the learner',
    cast: 'Cast',
    sector: 'Sector',
    decisionPoints: (n) => plural(n, 'decision point', 'decision points'),
    endings: (n) => plural(n, 'ending', 'endings'),
    items: (n) => plural(n, 'item', 'items'),
    drawn: (n) => `${n} drawn per attempt`,
    passMark: (p) => `pass mark ${p}%`,
    attempts: (n) => (n === 0 ? 'unlimited attempts' : plural(n, 'attempt', 'attempts')),
    retryAfter: (h) => `then a new round of attempts ${h} hours after the last one`,
    reopenByTrainer:
      'then only you reopen it: the learner reads you a request code, you run `npx workmentor reopen-code <request code>` and give them the code it prints (this deters, it does not secure: the check runs in the learner\'s browser)',
    opensAfterModules: 'opens once every other module is complete',
    summaryFeedback: 'no right answers during the attempt; a summary per competence after it',
    prompts: (n) => plural(n, 'prompt', 'prompts'),
    statements: (n) => plural(n, 'statement to sort', 'statements to sort'),
    rubricCriteria: (n) => plural(n, 'rubric criterion', 'rubric criteria'),
    writtenTask: 'written feedback',
  },
  nl: {
    guideTitle: 'Handleiding voor de begeleider',
    version: (v) => `Versie ${v}`,
    contents: 'Inhoud',
    overview: 'Overzicht van de sessies',
    module: 'Module',
    minutes: 'Minuten',
    total: 'Totaal',
    moduleNumber: (n) => `Module ${n}`,
    objectives: 'Doelen',
    competences: 'Competenties',
    facilitatorNotes: 'Notities voor de begeleider',
    sessionLength: (m) => `Duur van de sessie: ${m} minuten`,
    questions: 'Vragen voor het gesprek',
    watchFor: 'Waar je op let',
    noNotes: 'Deze module heeft geen notities voor de begeleider.',
    sessionPlan: 'Verloop van de sessie',
    start: 'Start',
    step: 'Onderdeel',
    end: 'Einde',
    sources: 'Bronnen',
    courseSources: 'Bronnen van de hele cursus',
    courseSourcesIntro: 'De openbare bronnen achter de feiten in deze cursus, met de modules die ze gebruiken. Kijk ze na voor een sessie: regels, namen en adressen veranderen.',
    templates: 'Sjablonen om af te drukken',
    templatesIntro:
      'Formulieren die mentoren samen met hun leerling invullen. Elk cursuspakket bevat ze, en ze staan in de map templates naast deze handleiding. Druk ze af of bewaar ze als pdf.',
    usedIn: (m) => `Gebruikt in: ${m}`,
    notLinked: 'Nog niet gelinkt vanuit een pagina van een module.',
    activities: 'Activiteiten',
    activity: 'Activiteit',
    type: 'Soort',
    details: 'Details',
    optional: 'facultatief',
    activityTypes: {
      page: 'Pagina',
      dialogue: 'Gesprek',
      'feedback-exercise': 'Feedbackoefening',
      quiz: 'Quiz',
      reflection: 'Reflectie',
      certificate: 'Certificaat',
    },
    roles: {
      apprentice: 'leerling',
      intern: 'stagiair',
      mentor: 'mentor',
      'school-supervisor': 'schoolbegeleider',
      'trajectory-coach': 'trajectbegeleider',
      employer: 'werkgever',
      teacher: 'leerkracht',
      'job-coach': 'jobcoach',
      colleague: 'collega',
      customer: 'klant',
      parent: 'ouder',
    },
    playedByLearner: 'gespeeld door de deelnemer',
    cast: 'Personages',
    sector: 'Sector',
    decisionPoints: (n) => plural(n, 'beslismoment', 'beslismomenten'),
    endings: (n) => plural(n, 'einde', 'eindes'),
    items: (n) => plural(n, 'vraag', 'vragen'),
    drawn: (n) => `${n} per poging getrokken`,
    passMark: (p) => `geslaagd vanaf ${p}%`,
    attempts: (n) => (n === 0 ? 'onbeperkt aantal pogingen' : plural(n, 'poging', 'pogingen')),
    retryAfter: (h) => `daarna een nieuwe reeks pogingen ${h} uur na de laatste`,
    reopenByTrainer:
      'daarna opent alleen jij ze opnieuw: de leerling geeft je een aanvraagcode, je voert `npx workmentor reopen-code <aanvraagcode>` uit en geeft de code die je krijgt (dat ontmoedigt, het beveiligt niet: de controle gebeurt in de browser van de leerling)',
    opensAfterModules: 'gaat open zodra alle andere modules af zijn',
    summaryFeedback: 'geen juiste antwoorden tijdens de poging; daarna een overzicht per competentie',
    prompts: (n) => plural(n, 'vraag', 'vragen'),
    statements: (n) => plural(n, 'uitspraak om te sorteren', 'uitspraken om te sorteren'),
    rubricCriteria: (n) => plural(n, 'criterium in de rubric', 'criteria in de rubric'),
    writtenTask: 'geschreven feedback',
  },
  nb: {
    guideTitle: 'Veiledning for kursholderen',
    version: (v) => `Versjon ${v}`,
    contents: 'Innhold',
    overview: 'Oversikt over øktene',
    module: 'Modul',
    minutes: 'Minutter',
    total: 'Totalt',
    moduleNumber: (n) => `Modul ${n}`,
    objectives: 'Mål',
    competences: 'Kompetanser',
    facilitatorNotes: 'Notater for kursholderen',
    sessionLength: (m) => `Varighet på økten: ${m} minutter`,
    questions: 'Spørsmål til samtale',
    watchFor: 'Hva du bør se etter',
    noNotes: 'Denne modulen har ingen notater for kursholderen.',
    sessionPlan: 'Plan for økten',
    start: 'Start',
    step: 'Innhold',
    end: 'Slutt',
    sources: 'Kilder',
    courseSources: 'Kilder for hele kurset',
    courseSourcesIntro: 'De offentlige kildene bak faktaene i kurset, med modulene som bruker dem. Sjekk dem før en økt: regler, navn og adresser endrer seg.',
    templates: 'Maler for utskrift',
    templatesIntro:
      'Skjemaer som instruktøren fyller ut sammen med lærlingen. Alle kurspakkene har dem, og de ligger i mappen templates ved siden av denne veiledningen. Skriv dem ut eller lagre dem som PDF.',
    usedIn: (m) => `Brukt i: ${m}`,
    notLinked: 'Ikke lenket fra noen side i en modul ennå.',
    activities: 'Aktiviteter',
    activity: 'Aktivitet',
    type: 'Type',
    details: 'Detaljer',
    optional: 'valgfri',
    activityTypes: {
      page: 'Side',
      dialogue: 'Samtale',
      'feedback-exercise': 'Tilbakemeldingsøvelse',
      quiz: 'Quiz',
      reflection: 'Refleksjon',
      certificate: 'Kursbevis',
    },
    roles: {
      apprentice: 'lærling',
      intern: 'praktikant',
      mentor: 'instruktør',
      'school-supervisor': 'kontaktlærer fra skolen',
      'trajectory-coach': 'oppfølgingsveileder',
      employer: 'arbeidsgiver',
      teacher: 'lærer',
      'job-coach': 'jobbcoach',
      colleague: 'kollega',
      customer: 'kunde',
      parent: 'forelder',
    },
    playedByLearner: 'spilles av deltakeren',
    cast: 'Personer',
    sector: 'Bransje',
    decisionPoints: (n) => plural(n, 'valgpunkt', 'valgpunkter'),
    endings: (n) => plural(n, 'slutt', 'slutter'),
    items: (n) => plural(n, 'spørsmål', 'spørsmål'),
    drawn: (n) => `${n} trekkes per forsøk`,
    passMark: (p) => `bestått fra ${p} %`,
    attempts: (n) => (n === 0 ? 'ubegrenset antall forsøk' : plural(n, 'forsøk', 'forsøk')),
    retryAfter: (h) => `deretter en ny runde med forsøk ${h} timer etter det siste`,
    reopenByTrainer:
      'deretter er det bare du som åpner den igjen: lærlingen leser opp en forespørselskode, du kjører `npx workmentor reopen-code <forespørselskode>` og gir koden du får (det avskrekker, det sikrer ikke: kontrollen skjer i lærlingens nettleser)',
    opensAfterModules: 'åpner når alle de andre modulene er fullført',
    summaryFeedback: 'ingen fasit underveis i forsøket; etterpå en oversikt per kompetanse',
    prompts: (n) => plural(n, 'spørsmål', 'spørsmål'),
    statements: (n) => plural(n, 'påstand å sortere', 'påstander å sortere'),
    rubricCriteria: (n) => plural(n, 'kriterium i vurderingsskjemaet', 'kriterier i vurderingsskjemaet'),
    writtenTask: 'skriftlig tilbakemelding',
  },
};

/** The guide's words for `locale` (English when it has none yet: see `english`). */
export const guideTextFor = (locale: string): { entry: GuideText; english: boolean } => entryFor(GUIDE_TEXT, locale);
