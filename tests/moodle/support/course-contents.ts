/**
 * What the course's contents list says about each activity of a module (completed, in progress,
 * not started): the learner-visible record of which activities count as done. The status sits in
 * each link's visually hidden text, so it reads the same whether the list is open or folded.
 */
import type { ModuleData } from '../../../course/schema/course-data.ts';
import { ui, type Player } from '../../e2e/support/play-fixture.ts';

export type ActivityStatus = 'completed' | 'in-progress' | 'not-started';
const STATUSES: ActivityStatus[] = ['completed', 'in-progress', 'not-started'];

/** Activity id → status shown in the contents list, for every activity of `module`. */
export async function activityStatuses(p: Player, module: ModuleData): Promise<Record<string, ActivityStatus | 'missing'>> {
  const statuses: Record<string, ActivityStatus | 'missing'> = {};
  for (const activity of module.activities) {
    const link = p.root.locator('wm-course nav a').filter({ hasText: activity.title }).first();
    const text = (await link.count()) ? ((await link.textContent()) ?? '') : '';
    statuses[activity.id] = STATUSES.find((s) => text.includes(`(${ui(p.locale, `course.status.${s}`)})`)) ?? 'missing';
  }
  return statuses;
}

/** The statuses expected when the activities before `current` are done and the rest are not: `current` itself is in progress or not started, never done. */
export function doneBefore(module: ModuleData, current: string): Record<string, ActivityStatus | 'not done'> {
  const at = module.activities.findIndex((a) => a.id === current);
  if (at < 0) throw new Error(`No activity ${current} in ${module.id}`);
  return Object.fromEntries(module.activities.map((a, i) => [a.id, i < at ? 'completed' : 'not done']));
}

/** `activityStatuses` with every status other than `completed` read as `not done`, to compare with `doneBefore`. */
export const doneOrNot = (statuses: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(statuses).map(([id, s]) => [id, s === 'completed' ? 'completed' : 'not done']));
