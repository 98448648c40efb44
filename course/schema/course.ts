/**
 * `course.yaml`: the course as a whole. Completion, mastery and how results are reported to the
 * LMS are decided here once, so every package target reports the same thing.
 */
import { z } from 'zod';
import { CompetenceSchema } from './competence.ts';
import { FinalAssessmentSchema } from './final-assessment.ts';
import { IdSchema, LocaleSchema, TextSchema } from './ids.ts';
import { StandardSchema } from './standard.ts';
import { ThemeSchema } from './theme.ts';

/**
 * How the course reports its status to an LMS, as `<when done>-<otherwise>`:
 * - `passed-incomplete`: passed once mastered, incomplete until then (never failed);
 * - `passed-failed`: passed once mastered, failed once complete but not mastered;
 * - `completed-incomplete`: completed once every required activity is done, no pass/fail;
 * - `completed-failed`: completed once complete and mastered, failed once complete but not mastered.
 */
export const ReportingModeSchema = z.enum([
  'passed-incomplete',
  'passed-failed',
  'completed-incomplete',
  'completed-failed',
]);
export type ReportingMode = z.infer<typeof ReportingModeSchema>;

export const MasterySchema = z.strictObject({
  /** Percentage (0-100) of the weighted course score needed to pass. */
  passMark: z.number().int().min(0).max(100),
});
export type Mastery = z.infer<typeof MasterySchema>;

export const CompletionSchema = z.strictObject({
  /**
   * `all-required`: the course is complete when every activity not marked `optional` is
   * complete in every module.
   */
  rule: z.literal('all-required').default('all-required'),
});
export type Completion = z.infer<typeof CompletionSchema>;

export const CourseSchema = z.strictObject({
  id: IdSchema,
  /** Semantic version; part of every package file name. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'is not a version like 1.0.0' }),
  title: TextSchema,
  /** One-sentence description shown on the start screen and in LMS manifests. */
  description: TextSchema,
  /**
   * The cover picture on the welcome screen, a file in the course's `media/` folder
   * (`media/cover.svg`), shipped as the same path in every package. Decorative: the course
   * title and description beside it say what the course is, so it needs no alt text.
   */
  cover: z.string().trim().min(1).optional(),
  /** The locale the YAML and Markdown are written in. Always `en` in this project. */
  sourceLocale: LocaleSchema.default('en'),
  /** Every locale the course ships in, the source locale included. */
  locales: z.array(LocaleSchema).min(1),
  /** Base IRI for xAPI activity ids; module and activity ids are appended to it. */
  baseIri: z.url({ message: 'is not an absolute IRI like https://example.org/courses/x' }),
  competences: z.array(CompetenceSchema).min(1),
  /** Module ids in the order the learner meets them; each is a folder under `modules/`. */
  modules: z.array(IdSchema).min(1),
  completion: CompletionSchema.default({ rule: 'all-required' }),
  mastery: MasterySchema,
  reporting: ReportingModeSchema,
  /** The final assessment and its attempts policy (final-assessment.ts); without it every quiz is a module quiz. */
  finalAssessment: FinalAssessmentSchema.optional(),
  /** A school's brand: colours, logo, font and corners (theme.ts, docs/theming.md); the WORKMENTOR look without it. */
  theme: ThemeSchema.optional(),
  /** The course's own bar for its modules, dialogues, quizzes, prose and cast (standard.ts); checked by the build, never shipped. */
  standard: StandardSchema.optional(),
});
export type Course = z.infer<typeof CourseSchema>;
