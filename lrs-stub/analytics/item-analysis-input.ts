/**
 * What the item analysis reads: the quiz's items and the attempts at it, as a zod schema
 * (the attempts come from learners' xAPI statements, so they are checked once here), and
 * their resolution into marks: every response becomes a raw mark out of its item's maximum,
 * whether it arrived as a fraction (cmi5 `result.score.scaled`) or as a raw mark with a max.
 *
 * A response missing from an attempt means the item was not in that attempt (a later quiz
 * version, a random pick): the attempt then does not count for that item. A response that
 * was shown but not answered should arrive as a fraction 0 with no option chosen.
 */
import { z } from 'zod';

const itemId = z.string().min(1);
const optionId = z.string().min(1);
/** Options chosen, for choice items; several for multiple response. */
const chosen = z.array(optionId).optional();

export const ItemDefinitionSchema = z.object({
  id: itemId,
  /** The item's maximum mark; else taken from its raw-mark responses; else 1. */
  maxMark: z.number().positive().finite().optional(),
  /** Every option of a choice item, so options nobody chose are counted as 0. */
  options: z.array(optionId).optional(),
});

export const ItemResponseSchema = z.union([
  z.strictObject({ itemId, fraction: z.number().min(0).max(1), chosen }),
  z.strictObject({ itemId, mark: z.number().min(0).finite(), maxMark: z.number().positive().finite(), chosen }),
]);

export const AttemptSchema = z.object({
  id: z.string().optional(),
  /** The attempt's total in marks; by default the sum of its item marks. */
  total: z.number().finite().optional(),
  responses: z.array(ItemResponseSchema),
});

export const ItemAnalysisInputSchema = z
  .object({
    items: z.array(ItemDefinitionSchema).default([]),
    attempts: z.array(AttemptSchema),
    /** The quiz's maximum total, for percentages; by default the sum of the items' max marks. */
    maxTotal: z.number().positive().finite().optional(),
  })
  .superRefine((input, ctx) => {
    const defined = new Map<string, number | undefined>();
    input.items.forEach((item, i) => {
      if (defined.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item "${item.id}" is defined twice` });
      defined.set(item.id, item.maxMark);
    });
    // One max mark per item, or the same mark would mean different fractions in different attempts.
    const maxMarks = new Map(defined);
    input.attempts.forEach((attempt, a) => {
      const seen = new Set<string>();
      attempt.responses.forEach((response, r) => {
        const path = ['attempts', a, 'responses', r];
        if (seen.has(response.itemId)) ctx.addIssue({ code: 'custom', path: [...path, 'itemId'], message: `item "${response.itemId}" answered twice in one attempt` });
        seen.add(response.itemId);
        if (!('mark' in response)) return;
        if (response.mark > response.maxMark) ctx.addIssue({ code: 'custom', path: [...path, 'mark'], message: `mark ${response.mark} is above the max mark ${response.maxMark}` });
        const known = maxMarks.get(response.itemId);
        if (known === undefined) maxMarks.set(response.itemId, response.maxMark);
        else if (known !== response.maxMark) {
          ctx.addIssue({ code: 'custom', path: [...path, 'maxMark'], message: `item "${response.itemId}" has max mark ${known} elsewhere, ${response.maxMark} here` });
        }
      });
    });
  });

export type ItemAnalysisInput = z.input<typeof ItemAnalysisInputSchema>;

export interface ResolvedItem {
  id: string;
  maxMark: number;
  /** Declared options first, then undeclared ones in the order they were first chosen. */
  options: string[];
}

export interface ResolvedAttempt {
  total: number;
  /** Raw marks by item id, only for the items this attempt had. */
  marks: Map<string, number>;
  chosen: Map<string, readonly string[]>;
  /** The total is the sum of the item marks (Moodle's case; Cronbach's alpha needs it). */
  totalIsSum: boolean;
}

export interface ResolvedScores {
  /** Declared items first, then items only seen in responses, in order of appearance. */
  items: ResolvedItem[];
  attempts: ResolvedAttempt[];
  maxTotal: number;
}

/** Validates the input (throws a ZodError listing every issue) and resolves it into marks. */
export function resolveScores(raw: ItemAnalysisInput): ResolvedScores {
  const input = ItemAnalysisInputSchema.parse(raw);
  const items = new Map<string, { maxMark: number | undefined; options: string[] }>();
  for (const item of input.items) items.set(item.id, { maxMark: item.maxMark, options: [...(item.options ?? [])] });
  for (const attempt of input.attempts) {
    for (const response of attempt.responses) {
      const item = items.get(response.itemId) ?? { maxMark: undefined, options: [] };
      if (item.maxMark === undefined && 'mark' in response) item.maxMark = response.maxMark;
      for (const option of response.chosen ?? []) if (!item.options.includes(option)) item.options.push(option);
      items.set(response.itemId, item);
    }
  }
  const resolvedItems = [...items].map(([id, item]) => ({ id, maxMark: item.maxMark ?? 1, options: item.options }));
  const maxMarkOf = new Map(resolvedItems.map((item) => [item.id, item.maxMark]));

  const attempts = input.attempts.map((attempt): ResolvedAttempt => {
    const marks = new Map<string, number>();
    const chosenBy = new Map<string, readonly string[]>();
    for (const response of attempt.responses) {
      marks.set(response.itemId, 'mark' in response ? response.mark : response.fraction * maxMarkOf.get(response.itemId)!);
      chosenBy.set(response.itemId, [...new Set(response.chosen ?? [])]);
    }
    let sum = 0;
    for (const mark of marks.values()) sum += mark;
    const total = attempt.total ?? sum;
    return { total, marks, chosen: chosenBy, totalIsSum: Math.abs(total - sum) <= 1e-9 * Math.max(1, Math.abs(sum)) };
  });
  const maxTotal = input.maxTotal ?? resolvedItems.reduce((sum, item) => sum + item.maxMark, 0);
  return { items: resolvedItems, attempts, maxTotal };
}
