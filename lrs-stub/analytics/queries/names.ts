/**
 * Names for what the panels list, as language maps ({ "en": "…", "nl": "…" }) gathered from
 * the statements' definitions in every language the learners took the course in. A few
 * hundred rows, read once per answer. Names are the course's text as a statement carried it:
 * the dashboard shows them as text, never as markup.
 */
import type { AnalyticsDb } from '../projection/analytics-db.ts';

export type Names = Record<string, string>;

export interface NameBook {
  of(module: string, activity?: string, part?: string): Names;
  /** Texts of a part's choice components (dialogue choices, quiz options). */
  component(module: string, activity: string, part: string, component: string): Names;
  /** The component ids of a part's choices, in the order the definition lists them. */
  components(module: string, activity: string, part: string): string[];
  /** Sorts rows as the course orders modules and activities (as learners first met them). */
  inCourseOrder<T extends { moduleId: string; activityId?: string }>(rows: T[]): T[];
}

const key = (...parts: string[]) => parts.join('\u0000');

export function nameBook(db: AnalyticsDb, module?: string): NameBook {
  const names = new Map<string, Names>();
  const rows = (module === undefined
    ? db.prepare('SELECT module, activity, part, lang, name FROM names').all()
    : db.prepare('SELECT module, activity, part, lang, name FROM names WHERE module = ?').all(module)) as { module: string; activity: string; part: string; lang: string; name: string }[];
  for (const row of rows) {
    const k = key(row.module, row.activity, row.part);
    names.set(k, { ...names.get(k), [row.lang]: row.name });
  }
  const texts = new Map<string, Names>();
  const order = new Map<string, { component: string; position: number }[]>();
  const componentRows = (module === undefined
    ? db.prepare('SELECT module, activity, part, component, lang, text, position FROM components').all()
    : db.prepare('SELECT module, activity, part, component, lang, text, position FROM components WHERE module = ?').all(module)) as {
    module: string;
    activity: string;
    part: string;
    component: string;
    lang: string;
    text: string;
    position: number;
  }[];
  for (const row of componentRows) {
    const part = key(row.module, row.activity, row.part);
    const list = order.get(part) ?? [];
    if (!list.some((c) => c.component === row.component)) list.push({ component: row.component, position: row.position });
    order.set(part, list);
    if (row.lang === '') continue;
    const k = key(part, row.component);
    texts.set(k, { ...texts.get(k), [row.lang]: row.text });
  }
  const places = new Map<string, number>();
  for (const row of db.prepare('SELECT module, activity, first_seq FROM places').all() as { module: string; activity: string; first_seq: number }[]) {
    places.set(key(row.module, row.activity), row.first_seq);
  }
  const rank = (m: string, activity = '') => places.get(key(m, activity)) ?? Number.MAX_SAFE_INTEGER;
  return {
    inCourseOrder: (rows) =>
      rows.sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId) || rank(a.moduleId, a.activityId) - rank(b.moduleId, b.activityId) || (a.activityId ?? '').localeCompare(b.activityId ?? '')),
    of: (m, activity = '', part = '') => names.get(key(m, activity, part)) ?? {},
    component: (m, activity, part, component) => texts.get(key(key(m, activity, part), component)) ?? {},
    components: (m, activity, part) => [...(order.get(key(m, activity, part)) ?? [])].sort((a, b) => a.position - b.position).map((c) => c.component),
  };
}

/** One name for a CSV cell: English when there is one, else the first language's. */
export const nameText = (names: Names): string => names.en ?? Object.values(names)[0] ?? '';
