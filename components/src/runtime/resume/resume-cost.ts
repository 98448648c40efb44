/**
 * What each part of a course's worst-case resume state costs, in characters of the state: the
 * measurement the format-2 widths were chosen by, printed by the budget test and described in
 * docs/resume-state.md. Structural parts are bits / 14 (fractional); learner text is counted
 * in UTF-16 code units. The rows add up to the state's length.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { writeState } from './resume-codec.ts';
import { worstCaseProgress } from './worst-case.ts';

export interface CostRow {
  part: string;
  characters: number;
}

export interface CostTable {
  rows: CostRow[];
  /** The worst-case state's length. */
  total: number;
}

export function resumeCostTable(course: CourseData): CostTable {
  const costs = new Map<string, number>();
  const total = writeState(course, worstCaseProgress(course), (part, characters) => costs.set(part, (costs.get(part) ?? 0) + characters)).length;
  const rows = [...costs].map(([part, characters]) => ({ part, characters })).filter((r) => r.characters > 0);
  return { rows: rows.sort((a, b) => b.characters - a.characters), total };
}

/** The table as aligned text, largest part first. */
export function formatCostTable(table: CostTable): string {
  const lines = table.rows.map((r) => `${r.characters.toFixed(1).padStart(9)}  ${r.part}`);
  const sum = table.rows.reduce((s, r) => s + r.characters, 0);
  return [...lines, `${sum.toFixed(1).padStart(9)}  total (the state is ${table.total} characters)`].join('\n');
}
