/**
 * The canonical Activity definitions the Activities resource returns: each statement that
 * carries a definition updates the stored one (language maps merged, other properties taken
 * from the newest statement), so GET /activities reflects what the content has declared.
 */
import type { ActivityStore } from '../store/store.ts';
import type { Activity, Statement } from './statement-schema.ts';

const LANGUAGE_MAPS = ['name', 'description'] as const;

function mergeDefinition(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...previous, ...next };
  for (const key of LANGUAGE_MAPS) {
    if (previous?.[key] && next[key]) merged[key] = { ...(previous[key] as object), ...(next[key] as object) };
  }
  return merged;
}

function activitiesOf(statement: Statement): Activity[] {
  const found: Activity[] = [];
  const visit = (part: Record<string, unknown>) => {
    const object = part.object as Record<string, unknown>;
    if ((object.objectType ?? 'Activity') === 'Activity') found.push(object as Activity);
    if (object.objectType === 'SubStatement') visit(object);
    const lists = (part.context as Statement['context'])?.contextActivities ?? {};
    for (const list of Object.values(lists)) found.push(...(Array.isArray(list) ? list : [list]));
  };
  visit(statement as unknown as Record<string, unknown>);
  return found.filter((a) => a.definition !== undefined);
}

export function recordActivityDefinitions(store: ActivityStore, statements: readonly Statement[]): void {
  for (const statement of statements) {
    for (const activity of activitiesOf(statement)) {
      const previous = store.get(activity.id);
      const previousDefinition = previous === undefined ? undefined : (JSON.parse(previous) as { definition?: Record<string, unknown> }).definition;
      const definition = mergeDefinition(previousDefinition, activity.definition as Record<string, unknown>);
      store.put(activity.id, JSON.stringify({ objectType: 'Activity', id: activity.id, definition }));
    }
  }
}

export function getActivity(store: ActivityStore, activityId: string): Activity {
  const json = store.get(activityId);
  return json === undefined ? { objectType: 'Activity', id: activityId } : (JSON.parse(json) as Activity);
}
