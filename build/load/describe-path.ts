/**
 * Turns a data path into words an author recognises: `['activities', 1, 'nodes', 2, 'choices', 0]`
 * becomes `choice "ask-why" in node "greet" in dialogue "first-talk"`. Entries are named by their
 * id when they have a usable one, by position (1-based) otherwise.
 */
import { ID_PATTERN } from '../../course/schema/ids.ts';
import type { DataPath } from './yaml-file.ts';

/** What one entry of each list is called. */
export const entryNames: Readonly<Record<string, string>> = {
  activities: 'activity',
  objectives: 'objective',
  competences: 'competence',
  modules: 'module',
  locales: 'locale',
  questions: 'question',
  watchFor: 'watch-for note',
  sessionPlan: 'session plan step',
  sources: 'source',
  cast: 'cast member',
  nodes: 'node',
  lines: 'line',
  choices: 'choice',
  items: 'item',
  options: 'option',
  pairs: 'pair',
  steps: 'step',
  accept: 'accepted answer',
  correct: 'correct answer',
  categories: 'category',
  statements: 'statement',
  levels: 'level',
  criteria: 'criterion',
  prompts: 'prompt',
};

/** Activities are named by their type, the way authors talk about them. */
const activityNames: Record<string, string> = {
  page: 'page',
  dialogue: 'dialogue',
  'feedback-exercise': 'feedback exercise',
  quiz: 'quiz',
  reflection: 'reflection',
  certificate: 'certificate',
};

export type Root = 'course' | 'module' | 'translation' | 'cast';

/**
 * The thing at `path`, innermost first. `root` names the file's top level, used only when the
 * path is inside no named entry.
 */
export function describePath(data: unknown, path: DataPath, root: Root): string {
  const parts: string[] = [];
  let value: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = index(value, segment);
    if (typeof segment === 'number') {
      const listKey = String(path[i - 1] ?? '');
      parts.push(entryName(listKey, segment, next));
    } else if (typeof path[i + 1] !== 'number') {
      // A nested object such as `ending`, `sample` or `rubric`: named by its key.
      parts.push(`\`${String(segment)}\``);
    }
    value = next;
  }
  const top = { course: 'the course', module: 'the module', translation: 'the translation', cast: 'the cast registry' }[root];
  if (parts.length === 0) return top;
  // `mastery` alone reads oddly; `mastery` in the course says where it is.
  if (parts[0]!.startsWith('`')) parts.unshift(top);
  return parts.reverse().join(' in ');
}

/** The field at the end of `path` and the description of what holds it. */
export function describeField(data: unknown, path: DataPath, root: Root): { field: string; owner: string } {
  const last = path.at(-1);
  if (typeof last === 'number') {
    // An entry of a list of plain values (an objective's competences, a choice's correct ids).
    return { field: String(path.at(-2) ?? ''), owner: describePath(data, path.slice(0, -2), root) };
  }
  return { field: String(last ?? ''), owner: describePath(data, path.slice(0, -1), root) };
}

function entryName(listKey: string, position: number, entry: unknown): string {
  const record = entry as Record<string, unknown> | undefined;
  const type = typeof record?.type === 'string' ? record.type : '';
  const name = listKey === 'activities' ? (activityNames[type] ?? 'activity') : (entryNames[listKey] ?? 'entry');
  const id = record && typeof record === 'object' ? record.id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? `${name} "${id}"` : `${name} ${position + 1}`;
}

function index(value: unknown, segment: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[segment];
}
