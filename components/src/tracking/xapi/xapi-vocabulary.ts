/**
 * The IRIs our statements use, in one place so the xAPI and cmi5 adapters (and whoever reads
 * the LRS) agree. ADL verbs and activity types where the ADL vocabulary has one; our own
 * extensions under `https://workmentor.example.org/xapi/` (the namespace of the course's
 * `baseIri`), which must never change once statements carry them.
 */
const ADL = 'http://adlnet.gov/expapi/';
const WM = 'https://workmentor.example.org/xapi/';

export type VerbName =
  | 'initialized'
  | 'resumed'
  | 'experienced'
  | 'answered'
  | 'attempted'
  | 'scored'
  | 'responded'
  | 'completed'
  | 'progressed'
  | 'passed'
  | 'failed'
  | 'suspended'
  | 'terminated'
  | 'earned';

/** Verb ids; `earned` is the Tin Can registry's (ADL has none for a certificate). */
export const verbId = (name: VerbName): string => (name === 'earned' ? 'http://id.tincanapi.com/verb/earned' : `${ADL}verbs/${name}`);

/** Activity type ids by what the activity is. */
export const ACTIVITY_TYPES = {
  course: `${ADL}activities/course`,
  module: `${ADL}activities/module`,
  interaction: `${ADL}activities/cmi.interaction`,
  page: `${ADL}activities/lesson`,
  dialogue: `${ADL}activities/simulation`,
  'feedback-exercise': `${ADL}activities/performance`,
  quiz: `${ADL}activities/assessment`,
  reflection: `${WM}activity-types/reflection`,
  certificate: `${WM}activity-types/certificate`,
} as const;

/** Extension ids: result and context values no core xAPI property holds. */
export const EXTENSIONS = {
  /** Dialogue choice quality: `good`, `acceptable` or `poor`. */
  choiceQuality: `${WM}extensions/choice-quality`,
  /** Dialogue choice points as authored (0-10). */
  choiceScore: `${WM}extensions/choice-score`,
  /** Dialogue ending node id and its outcome. */
  ending: `${WM}extensions/ending`,
  outcome: `${WM}extensions/outcome`,
  /** Quiz attempt number, 1 for the first (context extension). */
  attempt: `${WM}extensions/attempt`,
  /** Rubric self-ratings, criterion id -> level id. */
  ratings: `${WM}extensions/ratings`,
  /**
   * The rubric the ratings were given on (context extension, beside `ratings`):
   * `{ "levels": [...], "criteria": [...] }`, each an xAPI interaction component
   * (`{ "id", "description": { <language>: text } }`, the description in the statement's
   * language). Levels run from weakest to strongest, criteria as the rubric lists them. Level
   * ids alone say nothing of their order, and the exercise's own definition must not carry it:
   * the exercise is the object of other statements too, and an LRS may keep one definition as
   * canonical.
   */
  ratingScale: `${WM}extensions/rating-scale`,
  /** Reflection answers, prompt id -> text. */
  answers: `${WM}extensions/answers`,
  /** Certificate verification code and date of issue. */
  certificateCode: `${WM}extensions/certificate-code`,
  issuedOn: `${WM}extensions/issued-on`,
  /** Share of the course done, 0-100: the cmi5 extension, which LMSs already read. */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

/** The Agent Profile document the register writes for a certified learner (registered-certificate.ts). */
export const REGISTERED_CERTIFICATE_PROFILE_ID = `${WM}profile/registered-certificate`;

/** Where the resume state document lives (State API `stateId`). */
export const RESUME_STATE_ID = `${WM}state/resume`;
