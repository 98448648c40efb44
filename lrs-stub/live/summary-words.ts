/**
 * The words of a live session's printable summary (summary-page.ts): headings and labels, in the
 * language the server picks for the facilitator, passed in whole so the page itself holds no
 * text of its own. The word sets are in locales/<lng>/live-export.ts; this schema is their
 * shape, for a server that takes words from elsewhere (a file, a request) and must check them.
 */
import { z } from 'zod';
import { LocaleSchema, type Locale } from '../../course/schema/ids.ts';
import { primaryLanguage } from '../../course/schema/locale-tag.ts';
import { liveExport as en } from '../../locales/en/live-export.ts';
import { liveExport as nb } from '../../locales/nb/live-export.ts';
import { liveExport as nl } from '../../locales/nl/live-export.ts';

const text = z.string().min(1);

export const SummaryWordsSchema = z.strictObject({
  /** The language of these words: the page's `lang`, and how dates and percentages are written. */
  locale: LocaleSchema,
  /** `{{module}}`. */
  title: text,
  date: text,
  joinCode: text,
  participants: text,
  /** `{{number}}` (from 1) and `{{title}}` (the activity's). */
  step: text,
  kinds: z.strictObject({ dialogue: text, 'quiz-item': text }),
  votes: text,
  answer: text,
  /** `{{round}}`. */
  round: text,
  voters: text,
  true: text,
  false: text,
  marks: z.strictObject({ followed: text, right: text }),
  mostVotes: text,
  /** `{{choices}}`: the answers that share the most votes. */
  tie: text,
  noVotes: text,
  left: text,
  /** `majority` and `facilitator` take `{{choice}}`. */
  leftBy: z.strictObject({ majority: text, facilitator: text, next: text, back: text, end: text, open: text }),
  rightAnswer: text,
  answerNotShown: text,
  votedRight: text,
  /** `{{count}}` and `{{total}}`. */
  ofVoters: text,
  moves: text,
  noVote: text,
  noDecisions: text,
  wall: text,
  wallIntro: text,
  noEntries: text,
});
export type SummaryWords = z.infer<typeof SummaryWordsSchema>;

// Parsed once when the server loads this module: a word set that drifts from the schema (the
// translations are typed from English only as strings) fails at start-up, not in a print.
// Course languages are data (course.yaml); one without summary words here prints in English.
const WORDS: { en: SummaryWords } & Partial<Record<Locale, SummaryWords>> = { en: SummaryWordsSchema.parse(en), nl: SummaryWordsSchema.parse(nl), nb: SummaryWordsSchema.parse(nb) };

/** The summary's words in one of the course's languages. */
export function summaryWords(locale: Locale): SummaryWords {
  return WORDS[locale] ?? WORDS[primaryLanguage(locale)] ?? WORDS.en;
}
