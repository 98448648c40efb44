/**
 * The dashboard's API, as zod schemas: the contract between the analytics service (which
 * answers under /dashboard/api/, computed in SQL over the analytics tables) and the Lit
 * dashboard (which only draws what it is sent). Both sides import these; the server parses
 * the query string with DashboardFilterSchema, the tests parse every answer with the panel's
 * schema, so neither side can drift.
 *
 * Every panel answers `GET /dashboard/api/<panel>?<filters>` with JSON, and the same rows as
 * CSV with `&format=csv` (lrs-stub/http/csv.ts: formula-safe). Panels need the viewer role;
 * learner drill-down and data export/erasure need the coordinator role.
 */
import { z } from 'zod';

export const DASHBOARD_API = '/dashboard/api';

/** ISO 8601 date (2026-03-01) or date-time; the query string's filter values. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, { error: 'a date is YYYY-MM-DD (or an ISO 8601 date-time)' });

/** What every panel can be narrowed to; all optional, all combined with AND. */
export const DashboardFilterSchema = z.strictObject({
  /** Statements timestamped on or after this day (inclusive). */
  from: isoDate.optional(),
  /** Statements timestamped on or before this day (inclusive: the whole day). */
  to: isoDate.optional(),
  /** A cohort: the statements' context.team name, else their registration. */
  cohort: z.string().min(1).max(200).optional(),
  /** The statements' context.language (the course language the learner took). */
  language: z.string().min(2).max(35).optional(),
  /** A module id (the path segment after the course's base IRI). */
  module: z.string().min(1).max(200).optional(),
  format: z.enum(['json', 'csv']).optional(),
});
export type DashboardFilter = z.infer<typeof DashboardFilterSchema>;

/** Names are language maps as the statements' definitions gave them: { "en": "…", "nl": "…" }. */
const Names = z.record(z.string(), z.string());

/** GET /filters: what the filter controls offer. */
export const FilterOptionsSchema = z.object({
  cohorts: z.array(z.string()),
  languages: z.array(z.string()),
  modules: z.array(z.object({ id: z.string(), names: Names })),
  /** The first and last statement timestamps (ISO), null when the store is empty. */
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  statements: z.number().int().nonnegative(),
  learners: z.number().int().nonnegative(),
});

/** GET /funnel: learners at each stage, per module and language. */
export const FunnelSchema = z.object({
  course: z.object({
    /** Learners with any statement. */
    started: z.number().int(),
    /** Learners with `completed` on the course. */
    completed: z.number().int(),
    /** Learners with `passed` on the course (the final assessment). */
    passed: z.number().int(),
    /** Learners with `earned` (certificate issued). */
    certified: z.number().int(),
  }),
  modules: z.array(
    z.object({
      moduleId: z.string(),
      names: Names,
      language: z.string(),
      /** Learners with any statement inside the module. */
      started: z.number().int(),
      /** Learners with `completed` on the module. */
      completed: z.number().int(),
    }),
  ),
});

const Bin = z.object({ from: z.number(), to: z.number(), count: z.number().int() });

/** GET /scores: pass rates and score distributions, per assessed activity (quiz) and the course. */
export const ScoresSchema = z.object({
  quizzes: z.array(
    z.object({
      moduleId: z.string(),
      activityId: z.string(),
      names: Names,
      learners: z.number().int(),
      attempts: z.number().int(),
      /** Learners whose best attempt passed, and their share (0-100, null without learners). */
      passedLearners: z.number().int(),
      passRate: z.number().nullable(),
      /** Mean and median of each learner's best scaled score, 0-100. */
      meanScore: z.number().nullable(),
      medianScore: z.number().nullable(),
      /** Best scores in ten bins 0-10, 10-20, … 90-100 (100 counts in the last). */
      distribution: z.array(Bin),
    }),
  ),
});

/** GET /time: time on task from `result.duration`, per module and per activity. */
export const TimeSchema = z.object({
  modules: z.array(
    z.object({
      moduleId: z.string(),
      names: Names,
      /** Learners with at least one duration in the module. */
      learners: z.number().int(),
      /** Per learner, the sum of their activity durations in the module, in seconds. */
      medianSeconds: z.number().nullable(),
      meanSeconds: z.number().nullable(),
      p90Seconds: z.number().nullable(),
    }),
  ),
  activities: z.array(
    z.object({ moduleId: z.string(), activityId: z.string(), names: Names, learners: z.number().int(), medianSeconds: z.number().nullable() }),
  ),
});

/**
 * GET /items?quiz=<moduleId>/<activityId>: Moodle's quiz statistics (item-analysis.ts's
 * ItemAnalysis, parsed by the client's ItemAnalysisSchema), each question and option with its
 * id and, optional for servers from before them, its text as `names` ({} when unknown).
 */
export const ItemsQuerySchema = z.object({ quiz: z.string().regex(/^[^/]+\/[^/]+$/, { error: 'quiz is <module-id>/<activity-id>' }) });

/** GET /dialogues: what was chosen at every decision point, paths as flows, endings reached. */
export const DialoguesSchema = z.object({
  dialogues: z.array(
    z.object({
      moduleId: z.string(),
      activityId: z.string(),
      names: Names,
      /** Learners who made at least one choice. */
      learners: z.number().int(),
      decisions: z.array(
        z.object({
          nodeId: z.string(),
          total: z.number().int(),
          choices: z.array(z.object({ choiceId: z.string(), names: Names, quality: z.string().nullable(), count: z.number().int() })),
        }),
      ),
      /** Each distinct path (choice ids in order, one run of the dialogue) and how many runs took it, most taken first. */
      paths: z.array(z.object({ steps: z.array(z.string()), endingId: z.string().nullable(), count: z.number().int() })),
      /** Transitions for a flow diagram: from a node's choice to the next node (or ending). */
      flows: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int() })),
      endings: z.array(z.object({ endingId: z.string(), outcome: z.string().nullable(), count: z.number().int() })),
    }),
  ),
});

/** GET /rubrics: feedback-exercise results: the sorting task and the rubric self-ratings. */
export const RubricsSchema = z.object({
  exercises: z.array(
    z.object({
      moduleId: z.string(),
      activityId: z.string(),
      names: Names,
      sorting: z.object({ learners: z.number().int(), meanScore: z.number().nullable(), allCorrect: z.number().int() }),
      criteria: z.array(
        z.object({
          criterionId: z.string(),
          /** The criterion's text, {} when no statement described the rubric. Optional: servers from before rubric names send none. */
          names: Names.optional(),
          total: z.number().int(),
          /** The levels given for this criterion, in the order of `levels` below. */
          levels: z.array(z.object({ levelId: z.string(), count: z.number().int() })),
        }),
      ),
      /**
       * Every level given in the exercise, in the order to draw them: the rubric's, weakest
       * first, where the statements described it, then the others most given first; with their
       * names ({} when unknown). Optional: servers from before it sent only the criteria, whose
       * levels came most given first.
       */
      levels: z.array(z.object({ levelId: z.string(), names: Names })).optional(),
    }),
  ),
});

/** GET /learners?q=…: the learners in view (coordinator only), for the drill-down. */
export const LearnersSchema = z.object({
  learners: z.array(
    z.object({
      /** Opaque and stable: the path segment of /learners/<id>. */
      id: z.string(),
      /** As the statements name the actor (name, else mbox/account): learner-written text, shown as text. */
      name: z.string(),
      identifier: z.string(),
      cohorts: z.array(z.string()),
      languages: z.array(z.string()),
      modulesCompleted: z.number().int(),
      passed: z.boolean(),
      lastActive: z.string(),
    }),
  ),
  /** More learners matched than were sent. */
  truncated: z.boolean(),
});

/** GET /learners/<id>: one learner's progress (coordinator only). */
export const LearnerDetailSchema = z.object({
  learner: LearnersSchema.shape.learners.element,
  modules: z.array(z.object({ moduleId: z.string(), names: Names, started: z.string().nullable(), completed: z.string().nullable(), seconds: z.number().nullable() })),
  quizzes: z.array(z.object({ moduleId: z.string(), activityId: z.string(), names: Names, attempts: z.number().int(), bestScore: z.number().nullable(), passed: z.boolean() })),
  /** The learner's latest statements, newest first: verb, object, when. */
  recent: z.array(z.object({ at: z.string(), verb: z.string(), object: z.string() })),
});

export type FilterOptions = z.infer<typeof FilterOptionsSchema>;
export type Funnel = z.infer<typeof FunnelSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type TimeOnTask = z.infer<typeof TimeSchema>;
export type Dialogues = z.infer<typeof DialoguesSchema>;
export type Rubrics = z.infer<typeof RubricsSchema>;
export type Learners = z.infer<typeof LearnersSchema>;
export type LearnerDetail = z.infer<typeof LearnerDetailSchema>;
