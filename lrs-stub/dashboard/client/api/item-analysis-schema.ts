/**
 * The answer of GET /dashboard/api/items as a zod schema. The contract (dashboard-api.ts)
 * says the answer is item-analysis.ts's ItemAnalysis, a TypeScript interface with no schema;
 * the dashboard parses every answer at the boundary, so it needs one. The type assertions at
 * the end make `npm run typecheck` fail the moment this schema and the interface disagree,
 * in either direction. (Better still: move this schema beside the interface in analytics/.)
 */
import { z } from 'zod';
import type { ItemAnalysis } from '../../../analytics/item-analysis.ts';

const UndefinedReasonSchema = z.enum([
  'no-responses',
  'fewer-than-two-attempts',
  'fewer-than-three-attempts',
  'fewer-than-four-attempts',
  'item-scores-identical',
  'rest-scores-identical',
  'totals-identical',
  'fewer-than-two-items',
  'incomplete-responses',
  'total-is-not-sum-of-items',
  'negative-covariance-with-total',
  'no-covariance-with-total',
]);

export const MeasureSchema = z.union([z.object({ value: z.number(), reason: z.undefined().optional() }), z.object({ value: z.null(), reason: UndefinedReasonSchema })]);

const FlagSchema = z.object({
  reason: z.enum([
    'low-discriminative-efficiency',
    'discrimination-very-likely-needs-checking',
    'discrimination-likely-needs-checking',
    'negative-covariance-with-total',
    'facility-extremely-low',
    'facility-extremely-high',
  ]),
  statistic: z.enum(['discriminativeEfficiency', 'discriminationIndex', 'covarianceWithTotal', 'facility']),
  value: z.number(),
  threshold: z.number(),
});

/** The course's texts as language maps; optional, as servers from before them send none. */
const NamesSchema = z.record(z.string(), z.string()).optional();

export const ItemAnalysisSchema = z.object({
  test: z.object({
    attempts: z.number().int(),
    maxTotal: z.number(),
    mean: MeasureSchema,
    median: MeasureSchema,
    standardDeviation: MeasureSchema,
    skewness: MeasureSchema,
    kurtosis: MeasureSchema,
    internalConsistency: MeasureSchema,
    errorRatio: MeasureSchema,
    standardError: MeasureSchema,
    percentOfMaxTotal: z.object({ mean: MeasureSchema, median: MeasureSchema, standardDeviation: MeasureSchema, standardError: MeasureSchema }),
  }),
  items: z.array(
    z.object({
      id: z.string(),
      names: NamesSchema,
      maxMark: z.number(),
      attempts: z.number().int(),
      facility: MeasureSchema,
      standardDeviation: MeasureSchema,
      discriminationIndex: MeasureSchema,
      discriminativeEfficiency: MeasureSchema,
      effectiveWeight: MeasureSchema,
      covarianceWithTotal: MeasureSchema,
      markVariance: MeasureSchema,
      options: z.array(z.object({ id: z.string(), names: NamesSchema, count: z.number().int(), percent: MeasureSchema })),
      noOptionChosen: z.number().int(),
      flags: z.array(FlagSchema),
    }),
  ),
});

type Parsed = z.infer<typeof ItemAnalysisSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the schema's type and the analysis's interface are the same. */
export const ITEM_ANALYSIS_SCHEMA_MATCHES: Same<Parsed, ItemAnalysis> = true;
