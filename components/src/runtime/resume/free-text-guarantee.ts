/**
 * What a package can promise its free-text fields, computed from the course's worst-case state
 * (resume-budget.ts): for the build's check (check-resume-budget.ts), tests and tools. The
 * player does not carry it: it gets the structure size from its launch configuration and uses
 * `poolLeft` and `effectiveLimits` (free-text-budget.ts).
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { FREE_TEXT_FLOOR, FREE_TEXT_RESERVE, fairReserve, freeTextFields, poolLeft, reserveOf, totalReserve } from './free-text-budget.ts';
import { resumeBudget } from './resume-budget.ts';

export interface FreeTextGuarantee {
  limit: number;
  /** Characters set aside for the worst-case structure (resume-budget.ts). */
  structural: number;
  /** What the structure leaves for the shared fields. */
  pool: number;
  fields: number;
  /** The equal reserve every field is promised (or its `maxLength`, if smaller). */
  reserve: number;
  /** The sum of every field's guarantee; never more than `pool` unless `enough` is false. */
  reserved: number;
  /** Every field gets `FREE_TEXT_RESERVE` (or its `maxLength`). */
  wished: boolean;
  /** Every field gets at least `FREE_TEXT_FLOOR` (or its `maxLength`); below that the build fails. */
  enough: boolean;
}

/** What a store of `limit` characters can promise each free-text field of `course`. */
export function freeTextGuarantee(course: CourseData, limit: number): FreeTextGuarantee {
  const { structural } = resumeBudget(course, limit);
  const fields = freeTextFields(course, { activities: {} });
  const pool = limit - structural;
  const reserve = fairReserve(fields, pool);
  const short = (wanted: number) => fields.some((f) => reserveOf(f, reserve) < Math.min(f.maxLength, wanted));
  const fits = totalReserve(fields, reserve) <= pool;
  return {
    limit,
    structural,
    pool,
    fields: fields.length,
    reserve,
    reserved: totalReserve(fields, reserve),
    wished: fits && !short(FREE_TEXT_RESERVE),
    enough: fits && !short(FREE_TEXT_FLOOR),
  };
}

/**
 * Characters left for learner text in a store of `storageLimit` characters once the worst-case
 * structure is set aside; `undefined` when the store has no fixed limit. Compute once per course.
 */
export function freeTextPool(course: CourseData, storageLimit: number | undefined): number | undefined {
  return storageLimit === undefined ? undefined : poolLeft(storageLimit, resumeBudget(course, storageLimit).structural);
}

