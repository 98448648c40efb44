/**
 * Fixture answers of the dashboard API for element tests and screenshots, each parsed with
 * the contract's schema (lrs-stub/analytics/dashboard-api.ts), so a change of the contract
 * breaks the fixtures, and with them the tests, instead of letting the dashboard drift. The
 * item analysis has no zod schema in the contract; its fixture is typed by the analysis's
 * own ItemAnalysis interface and parsed by the client's schema that mirrors it.
 */
import { DialoguesSchema, FilterOptionsSchema, FunnelSchema, RubricsSchema, ScoresSchema, TimeSchema } from '../../../analytics/dashboard-api.ts';
import type { ItemAnalysis } from '../../../analytics/item-analysis.ts';
import { ItemAnalysisSchema } from '../api/item-analysis-schema.ts';

type Names = Record<string, string>;
const MODULES: [string, Names][] = [
  ['being-a-mentor', { en: 'Being a mentor: why it matters and what it takes', nl: 'Mentor zijn: waarom het ertoe doet', nb: 'Å være veileder: hvorfor det betyr noe' }],
  ['preparing-the-placement', { en: 'Preparing the placement', nl: 'De stage voorbereiden', nb: 'Forberede praksisplassen' }],
  ['instructing-at-work', { en: 'Instructing at work', nl: 'Instructie geven op de werkvloer', nb: 'Instruksjon på arbeidsplassen' }],
  ['feedback', { en: 'Giving and asking for feedback', nl: 'Feedback geven en vragen', nb: 'Gi og be om tilbakemelding' }],
  ['final-assessment', { en: 'Final assessment', nl: 'Eindtoets', nb: 'Avsluttende prøve' }],
];

export const filterOptions = FilterOptionsSchema.parse({
  cohorts: ['2026-spring', '2026-autumn', 'bouw-gent'],
  languages: ['en', 'nl', 'nb'],
  modules: MODULES.map(([id, names]) => ({ id, names })),
  firstDay: '2026-02-02T08:14:00Z',
  lastDay: '2026-05-29T16:40:00Z',
  statements: 18432,
  learners: 124,
});

export const emptyFilterOptions = FilterOptionsSchema.parse({ cohorts: [], languages: [], modules: [], firstDay: null, lastDay: null, statements: 0, learners: 0 });

export const funnel = FunnelSchema.parse({
  course: { started: 124, completed: 71, passed: 64, certified: 58 },
  modules: MODULES.flatMap(([moduleId, names], index) => [
    { moduleId, names, language: 'en', started: 80 - index * 9, completed: 66 - index * 10 },
    { moduleId, names, language: 'nl', started: 44 - index * 5, completed: 35 - index * 6 },
  ]),
});

export const emptyFunnel = FunnelSchema.parse({ course: { started: 0, completed: 0, passed: 0, certified: 0 }, modules: [] });

const bins = (counts: number[]) => counts.map((count, i) => ({ from: i * 10, to: i * 10 + 10, count }));

export const scores = ScoresSchema.parse({
  quizzes: [
    { moduleId: 'feedback', activityId: 'feedback-check', names: { en: 'Feedback check', nl: 'Feedbackcheck', nb: 'Tilbakemeldingssjekk' }, learners: 92, attempts: 131, passedLearners: 78, passRate: 84.8, meanScore: 79.5, medianScore: 82, distribution: bins([0, 1, 1, 2, 3, 7, 12, 19, 25, 22]) },
    { moduleId: 'instructing-at-work', activityId: 'instruction-quiz', names: { en: 'Instructing at work: check your understanding' }, learners: 101, attempts: 117, passedLearners: 95, passRate: 94.1, meanScore: 88.2, medianScore: 90, distribution: bins([0, 0, 0, 1, 1, 4, 9, 20, 33, 33]) },
    { moduleId: 'final-assessment', activityId: 'final', names: { en: 'Final assessment', nl: 'Eindtoets', nb: 'Avsluttende prøve' }, learners: 73, attempts: 96, passedLearners: 64, passRate: 87.7, meanScore: 74.1, medianScore: 76, distribution: bins([0, 0, 2, 1, 3, 3, 14, 22, 18, 10]) },
  ],
});

export const emptyScores = ScoresSchema.parse({ quizzes: [] });

export const time = TimeSchema.parse({
  modules: MODULES.map(([moduleId, names], i) => ({ moduleId, names, learners: 110 - i * 12, medianSeconds: 1500 + i * 420, meanSeconds: 1720 + i * 400, p90Seconds: 3100 + i * 600 })),
  activities: [
    { moduleId: 'feedback', activityId: 'end-of-day-on-site', names: { en: 'End of the day on site' }, learners: 88, medianSeconds: 540 },
    { moduleId: 'feedback', activityId: 'feedback-check', names: { en: 'Feedback check' }, learners: 92, medianSeconds: 420 },
    { moduleId: 'final-assessment', activityId: 'final', names: { en: 'Final assessment' }, learners: 73, medianSeconds: 1980 },
  ],
});

export const emptyTime = TimeSchema.parse({ modules: [], activities: [] });

const measure = (value: number) => ({ value });
const none = <R extends string>(reason: R) => ({ value: null, reason });

const item = (id: string, facility: number, di: number | null, de: number | null, flags: ItemAnalysis['items'][number]['flags'], options: [string, number][] = []): ItemAnalysis['items'][number] => ({
  id,
  maxMark: 1,
  attempts: 96,
  facility: measure(facility),
  standardDeviation: measure(Math.round(Math.sqrt((facility / 100) * (1 - facility / 100)) * 1000) / 10),
  discriminationIndex: di === null ? none('item-scores-identical') : measure(di),
  discriminativeEfficiency: de === null ? none('item-scores-identical') : measure(de),
  effectiveWeight: measure(9.4),
  covarianceWithTotal: measure(di !== null && di < 0 ? -0.02 : 0.08),
  markVariance: measure(0.2),
  options: options.map(([optionId, count]) => ({ id: optionId, count, percent: measure(Math.round((count / 96) * 1000) / 10) })),
  noOptionChosen: options.length > 0 ? 96 - options.reduce((sum, [, count]) => sum + count, 0) : 0,
  flags,
});

export const itemAnalysis: ItemAnalysis = ItemAnalysisSchema.parse({
  test: {
    attempts: 96,
    maxTotal: 10,
    mean: measure(7.41),
    median: measure(7.6),
    standardDeviation: measure(1.62),
    skewness: measure(-0.71),
    kurtosis: measure(0.35),
    internalConsistency: measure(71.3),
    errorRatio: measure(53.6),
    standardError: measure(0.87),
    percentOfMaxTotal: { mean: measure(74.1), median: measure(76), standardDeviation: measure(16.2), standardError: measure(8.7) },
  },
  items: [
    item('q-specific-behaviour', 78.1, 52.3, 61.4, [], [['a', 75], ['b', 12], ['c', 9]]),
    item('q-timely-feedback', 97.9, null, null, [{ reason: 'facility-extremely-high', statistic: 'facility', value: 97.9, threshold: 95 }], [['a', 94], ['b', 2]]),
    item('q-next-step', 61.5, 44.8, 50.2, [{ reason: 'discrimination-likely-needs-checking', statistic: 'discriminationIndex', value: 44.8, threshold: 50 }]),
    item('q-sandwich', 40.6, -8.2, -11.5, [
      { reason: 'low-discriminative-efficiency', statistic: 'discriminativeEfficiency', value: -11.5, threshold: 15 },
      { reason: 'discrimination-very-likely-needs-checking', statistic: 'discriminationIndex', value: -8.2, threshold: 30 },
      { reason: 'negative-covariance-with-total', statistic: 'covarianceWithTotal', value: -0.02, threshold: 0 },
    ], [['a', 39], ['b', 41], ['c', 16]]),
    item('q-ask-the-learner', 70.8, 58.9, 66.0, []),
  ],
} satisfies ItemAnalysis);

/** Question texts by item id, as the quiz items' definitions name them (xapi-mapping.ts's itemDefinition). */
const QUESTIONS: Record<string, Names> = {
  'q-specific-behaviour': { en: 'Which feedback names what the learner did, not what they are like?', nl: 'Welke feedback noemt wat de leerling deed, niet hoe die is?' },
  'q-timely-feedback': { en: 'When does feedback help most?', nl: 'Wanneer helpt feedback het meest?' },
  'q-next-step': { en: 'What should a feedback conversation end with?', nl: 'Waarmee eindigt een feedbackgesprek?' },
  'q-sandwich': { en: 'Is the feedback sandwich (praise, criticism, praise) the best way to give feedback?', nl: 'Is de feedbacksandwich (lof, kritiek, lof) de beste manier om feedback te geven?' },
};

/** Option texts by item and option id, as the choices' descriptions give them. */
const OPTIONS: Record<string, Record<string, Names>> = {
  'q-specific-behaviour': {
    a: { en: 'You left the cables unlabelled', nl: 'Je hebt de kabels niet gelabeld' },
    b: { en: 'You are careless', nl: 'Je bent slordig' },
    c: { en: 'Good job today', nl: 'Goed gedaan vandaag' },
  },
  'q-timely-feedback': { a: { en: 'Right after the task', nl: 'Direct na de taak' }, b: { en: 'At the end-of-year review', nl: 'Bij het jaargesprek' } },
  'q-sandwich': { a: { en: 'Yes', nl: 'Ja' }, b: { en: 'No', nl: 'Nee' } },
};

/**
 * The item analysis as a server that reads the course's texts answers it: questions and
 * options with their names. `q-ask-the-learner` and the sandwich's option `c` were named by no
 * statement ({}), so they keep their ids.
 */
export const namedItemAnalysis: ItemAnalysis = ItemAnalysisSchema.parse({
  ...itemAnalysis,
  items: itemAnalysis.items.map((question) => ({
    ...question,
    names: QUESTIONS[question.id] ?? {},
    options: question.options.map((option) => ({ ...option, names: OPTIONS[question.id]?.[option.id] ?? {} })),
  })),
} satisfies ItemAnalysis);

export const emptyItemAnalysis: ItemAnalysis = ItemAnalysisSchema.parse({
  test: {
    attempts: 0,
    maxTotal: 10,
    mean: none('no-responses'),
    median: none('no-responses'),
    standardDeviation: none('no-responses'),
    skewness: none('no-responses'),
    kurtosis: none('no-responses'),
    internalConsistency: none('no-responses'),
    errorRatio: none('no-responses'),
    standardError: none('no-responses'),
    percentOfMaxTotal: { mean: none('no-responses'), median: none('no-responses'), standardDeviation: none('no-responses'), standardError: none('no-responses') },
  },
  items: [],
});

export const dialogues = DialoguesSchema.parse({
  dialogues: [
    {
      moduleId: 'feedback',
      activityId: 'end-of-day-on-site',
      names: { en: 'End of the day on site', nl: 'Einde van de dag op de werf', nb: 'Slutten av dagen på byggeplassen' },
      learners: 88,
      decisions: [
        { nodeId: 'start', total: 88, choices: [
          { choiceId: 'look-together', names: { en: 'Great, let’s walk through it together.' }, quality: 'good', count: 51 },
          { choiceId: 'praise-generic', names: { en: 'Nice one, well done!' }, quality: 'acceptable', count: 24 },
          { choiceId: 'start-with-offcuts', names: { en: 'Before anything else, clear up the offcuts.' }, quality: 'poor', count: 13 },
        ] },
        { nodeId: 'walkthrough', total: 51, choices: [
          { choiceId: 'name-the-labels', names: { en: 'Point at the missing labels and ask why.' }, quality: 'good', count: 38 },
          { choiceId: 'fix-it-yourself', names: { en: 'Label the circuits yourself.' }, quality: 'poor', count: 13 },
        ] },
        { nodeId: 'generic-praise', total: 24, choices: [
          { choiceId: 'add-specifics', names: { en: 'Add what exactly was good.' }, quality: 'good', count: 19 },
          { choiceId: 'leave-it', names: { en: 'Leave it there.' }, quality: null, count: 5 },
        ] },
      ],
      paths: [
        { steps: ['look-together', 'name-the-labels'], endingId: 'learner-owns-it', count: 38 },
        { steps: ['praise-generic', 'add-specifics'], endingId: 'learner-owns-it', count: 19 },
        { steps: ['look-together', 'fix-it-yourself'], endingId: 'mentor-does-it', count: 13 },
        { steps: ['start-with-offcuts'], endingId: 'defensive', count: 13 },
        { steps: ['praise-generic', 'leave-it'], endingId: null, count: 5 },
      ],
      flows: [
        { from: 'start', to: 'look-together', count: 51 },
        { from: 'start', to: 'praise-generic', count: 24 },
        { from: 'start', to: 'start-with-offcuts', count: 13 },
        { from: 'look-together', to: 'walkthrough', count: 51 },
        { from: 'praise-generic', to: 'generic-praise', count: 24 },
        { from: 'start-with-offcuts', to: 'defensive', count: 13 },
        { from: 'walkthrough', to: 'name-the-labels', count: 38 },
        { from: 'walkthrough', to: 'fix-it-yourself', count: 13 },
        { from: 'generic-praise', to: 'add-specifics', count: 19 },
        { from: 'generic-praise', to: 'leave-it', count: 5 },
        { from: 'name-the-labels', to: 'learner-owns-it', count: 38 },
        { from: 'add-specifics', to: 'learner-owns-it', count: 19 },
        { from: 'fix-it-yourself', to: 'mentor-does-it', count: 13 },
      ],
      endings: [
        { endingId: 'learner-owns-it', outcome: 'good', count: 57 },
        { endingId: 'mentor-does-it', outcome: 'mixed', count: 13 },
        { endingId: 'defensive', outcome: 'poor', count: 13 },
      ],
    },
    {
      moduleId: 'being-a-mentor',
      activityId: 'the-bakery',
      names: { en: 'The bakery: say yes to mentoring, and ask for what it takes' },
      learners: 12,
      decisions: [{ nodeId: 'start', total: 12, choices: [{ choiceId: 'ask-for-time', names: { en: 'Ask for time' }, quality: 'good', count: 12 }] }],
      paths: [{ steps: ['ask-for-time'], endingId: 'time-agreed', count: 12 }],
      flows: [{ from: 'start', to: 'ask-for-time', count: 12 }, { from: 'ask-for-time', to: 'time-agreed', count: 12 }],
      endings: [{ endingId: 'time-agreed', outcome: 'good', count: 12 }],
    },
  ],
});

export const emptyDialogues = DialoguesSchema.parse({ dialogues: [] });

export const rubrics = RubricsSchema.parse({
  exercises: [
    {
      moduleId: 'feedback',
      activityId: 'reply-to-a-learner',
      names: { en: 'Reply to a learner who wants to give up', nl: 'Antwoord aan een leerling die wil stoppen' },
      sorting: { learners: 84, meanScore: 81.3, allCorrect: 41 },
      criteria: [
        {
          criterionId: 'specific',
          names: { en: 'It names what the learner did, not what they are like.', nl: 'Het noemt wat de leerling deed, niet hoe die is.' },
          total: 80,
          levels: [{ levelId: 'not-yet', count: 9 }, { levelId: 'partly', count: 30 }, { levelId: 'yes', count: 41 }],
        },
        {
          criterionId: 'about-behaviour',
          names: { en: 'It is about behaviour the learner can change.', nl: 'Het gaat over gedrag dat de leerling kan veranderen.' },
          total: 80,
          levels: [{ levelId: 'not-yet', count: 4 }, { levelId: 'partly', count: 22 }, { levelId: 'yes', count: 54 }],
        },
        {
          criterionId: 'next-step',
          names: { en: 'It ends with a next step.', nl: 'Het eindigt met een volgende stap.' },
          total: 79,
          levels: [{ levelId: 'not-yet', count: 17 }, { levelId: 'partly', count: 35 }, { levelId: 'yes', count: 27 }],
        },
      ],
      levels: [
        { levelId: 'not-yet', names: { en: 'Not yet', nl: 'Nog niet' } },
        { levelId: 'partly', names: { en: 'Partly', nl: 'Gedeeltelijk' } },
        { levelId: 'yes', names: { en: 'Yes', nl: 'Ja' } },
      ],
    },
  ],
});

export const emptyRubrics = RubricsSchema.parse({ exercises: [] });
